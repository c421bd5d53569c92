#pragma once

#include "printing/TemplateLibrary.h"

#include <QDialog>
#include <QImage>
#include <memory>

class QTimer;
struct AppContext;
namespace Ui {
class TemplateEditorDialog;
}

// 模板: the print templates, each previewed live while its JSON is edited. A shipped template is
// read only; "Edit a copy" puts the user's copy in AppData/templates, which wins from then on and
// is saved only when it parses. "Back to the shipped one" deletes the copy.
class TemplateEditorDialog : public QDialog {
    Q_OBJECT
public:
    TemplateEditorDialog(AppContext &context, const QString &templateId, QWidget *parent = nullptr);
    ~TemplateEditorDialog() override;

    QString templateId() const;
    QImage previewImage() const { return m_previewImage; }
    QString problemText() const;
    void refreshPreview(); // tests: at once, instead of after the typing pause

signals:
    void templatesChanged(); // a copy was made, saved or removed

public slots:
    void reject() override; // asks before unsaved edits are lost

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillList(const QString &select);
    void showTemplate();
    void editCopy();
    void revert();
    bool save();
    bool discardEdits();
    void setProblem(const QString &message);

    AppContext &m_context;
    std::unique_ptr<Ui::TemplateEditorDialog> m_ui;
    QTimer *m_typingPause;
    QList<TemplateLibrary::Entry> m_entries; // what the template list shows, in its order
    QImage m_previewImage;
    QString m_shownId;
    QString m_shownFolder; // the shown template's folder (its images)
    bool m_edited = false;
};
