#pragma once

#include "intake/ColumnMapping.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QTableWidget;

// Edits the generic importer's column mapping of a platform (or a shop's own sheet) against a
// sample file: each field picks one of the file's header names, each status text seen in the
// file picks what it means, and a preview shows the first rows as Packline would read them.
// Saved mappings live in the database and override the shipped 拼多多/京东 defaults.
class ColumnMappingDialog : public QDialog {
    Q_OBJECT
public:
    explicit ColumnMappingDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    void setSampleFile(const QString &path);
    void setPlatform(const QString &platform);
    // The header name chosen for a field ("" when none).
    QString columnFor(OrderField field) const;
    void setColumnFor(OrderField field, const QString &header);
    ColumnMapping mapping() const;
    QTableWidget *preview() const { return m_preview; }

public slots:
    bool save();

private:
    void load();
    void fillStatuses();
    void updatePreview();
    void pickSample();

    QSqlDatabase m_db;
    QComboBox *m_platform;
    QLabel *m_sampleLabel;
    QTableWidget *m_fields;
    QTableWidget *m_statuses;
    QTableWidget *m_preview;
    QLabel *m_problem;
    QStringList m_header;
    QList<QStringList> m_rows; // the sample's first rows
};
