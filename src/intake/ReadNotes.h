#pragma once

#include <QSet>
#include <QStringList>

// What a reader inferred instead of reading it as written (lines made from titles, a date layout,
// a status synonym, a postcode at the end of an address), each said once in the order first met:
// the import summary names every one, so nothing is guessed silently.
// Filled on the reader's thread; read once the reader is done (after ImportPipe::run returns).
class ReadNotes {
public:
    // key: what the inference is about; text() is only called (and translated) the first time.
    template <class Text> void add(const QString &key, Text &&text)
    {
        if (m_keys.contains(key))
            return;
        m_keys.insert(key);
        m_list << text();
    }
    QStringList list() const { return m_list; }

private:
    QSet<QString> m_keys;
    QStringList m_list;
};
