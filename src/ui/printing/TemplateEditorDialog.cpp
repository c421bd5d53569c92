#include "TemplateEditorDialog.h"

#include "ui_TemplateEditorDialog.h"

#include "base/Error.h"
#include "db/Database.h"
#include "printing/LabelRenderer.h"
#include "printing/TemplateLibrary.h"
#include "printing/TemplateSample.h"
#include "ui/AppContext.h"
#include "ui/MessageBox.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <algorithm>

TemplateEditorDialog::TemplateEditorDialog(AppContext &context, const QString &templateId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::TemplateEditorDialog>())
    , m_typingPause(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->problem->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_ui->sample->addItem(tr("Field names"), QStringLiteral("fields"));
    m_ui->sample->addItem(tr("The newest order"), QStringLiteral("order"));
    m_ui->splitter->setSizes({560, 560}); // the JSON is narrow; the preview wants the room
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(250); // redraw once typing pauses, not on every key

    connect(m_ui->templates, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::showTemplate);
    connect(m_ui->sample, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::refreshPreview);
    connect(m_ui->json, &QPlainTextEdit::textChanged, this, [this] {
        m_edited = !m_ui->json->isReadOnly();
        m_typingPause->start();
    });
    connect(m_typingPause, &QTimer::timeout, this, &TemplateEditorDialog::refreshPreview);
    connect(m_ui->editCopy, &QPushButton::clicked, this, &TemplateEditorDialog::editCopy);
    connect(m_ui->revert, &QPushButton::clicked, this, &TemplateEditorDialog::revert);
    connect(m_ui->buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &TemplateEditorDialog::save);
    fillList(templateId);
}

TemplateEditorDialog::~TemplateEditorDialog() = default;

QString TemplateEditorDialog::templateId() const
{
    return m_ui->templates->currentData().toString();
}

QString TemplateEditorDialog::problemText() const
{
    return m_ui->problem->text();
}

void TemplateEditorDialog::fillList(const QString &select)
{
    {
        const QSignalBlocker blocker(m_ui->templates);
        m_ui->templates->clear();
        m_entries = TemplateLibrary::list(); // one scan of the template folders per refill
        for (const TemplateLibrary::Entry &e : std::as_const(m_entries))
            m_ui->templates->addItem(e.name + (e.userCopy ? tr(" (edited copy)") : QString()), e.id);
        const int index = m_ui->templates->findData(select);
        m_ui->templates->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_shownId.clear();
    showTemplate();
}

void TemplateEditorDialog::showTemplate()
{
    const QString id = templateId();
    if (id == m_shownId)
        return;
    if (!discardEdits()) { // stay on the template being edited
        const QSignalBlocker blocker(m_ui->templates);
        m_ui->templates->setCurrentIndex(m_ui->templates->findData(m_shownId));
        return;
    }
    m_shownId = id;
    const TemplateLibrary::Entry entry = m_entries.value(m_ui->templates->currentIndex());
    m_shownFolder = QFileInfo(entry.path).absolutePath(); // where its relative images are
    QFile file(entry.path);
    const QString text = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    m_ui->json->setReadOnly(!entry.userCopy);
    {
        const QSignalBlocker blocker(m_ui->json);
        m_ui->json->setPlainText(text);
    }
    m_edited = false;
    const bool shipped = QFile::exists(TemplateLibrary::shippedPath(id));
    m_ui->editCopy->setEnabled(!entry.userCopy && shipped);
    m_ui->revert->setEnabled(entry.userCopy && shipped);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(entry.userCopy);
    m_ui->where->setText(entry.userCopy
                             ? tr("Your copy, used for printing: %1").arg(entry.path)
                             : tr("Shipped with Packline, read only. Edit a copy to change it: the "
                                  "copy is used for printing from then on."));
    refreshPreview();
}

void TemplateEditorDialog::refreshPreview()
{
    m_typingPause->stop();
    try {
        LabelTemplate t =
            LabelTemplate::fromJson(m_ui->json->toPlainText().toUtf8(), m_shownId, tr("This template"),
                                    m_shownFolder); // the checks printing makes, line and column
        std::optional<PrintData> data;
        if (m_ui->sample->currentData().toString() == u"order")
            data = TemplateSample::fromDatabase(m_context.database.connection(), t.kind);
        if (!data) {
            data = TemplateSample::placeholders(t);
            t.masked.clear(); // a masked field name reads as noise; the order shows the masking
        }
        const LabelRenderer renderer(t); // throws when the template's font is missing
        // The whole page in the pane, between 50 dpi and the 203 dpi of a label printer.
        const QSize pane = m_ui->previewScroll->viewport()->size() - QSize(8, 8);
        const double fit =
            std::min(pane.width() / t.pageMm.width(), pane.height() / t.pageMm.height()) * 25.4;
        m_previewImage = renderer.toImage(*data, int(std::clamp(fit, 50.0, 203.0)));
        m_ui->preview->setPixmap(QPixmap::fromImage(m_previewImage));
        setProblem(QString());
    } catch (const Error &e) {
        setProblem(e.message()); // the last good preview stays beside it
    }
}

void TemplateEditorDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    m_typingPause->start(); // redraw to fit once the resizing pauses
}

void TemplateEditorDialog::setProblem(const QString &message)
{
    m_ui->problem->setText(message);
    m_ui->problem->setVisible(!message.isEmpty());
}

void TemplateEditorDialog::editCopy()
{
    try {
        TemplateLibrary::makeUserCopy(templateId());
        emit templatesChanged();
        fillList(templateId());
        m_ui->json->setFocus();
    } catch (const Error &e) {
        MessageBox::critical(this, windowTitle(), e.message());
    }
}

void TemplateEditorDialog::revert()
{
    if (MessageBox::question(this, windowTitle(),
                             tr("Delete your copy of this template and print with the shipped one again?")) !=
        QMessageBox::Yes)
        return;
    m_edited = false;
    TemplateLibrary::removeUserCopy(templateId());
    emit templatesChanged();
    fillList(templateId());
}

bool TemplateEditorDialog::save()
{
    try {
        TemplateLibrary::saveUserCopy(m_shownId, m_ui->json->toPlainText().toUtf8());
    } catch (const Error &e) {
        setProblem(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    m_edited = false;
    m_ui->where->setText(
        tr("Saved. Your copy, used for printing: %1").arg(TemplateLibrary::userCopyPath(m_shownId)));
    emit templatesChanged();
    refreshPreview();
    return true;
}

bool TemplateEditorDialog::discardEdits()
{
    if (!m_edited)
        return true;
    const auto answer = MessageBox::question(this, windowTitle(), tr("Save your changes to this template?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard)
        m_edited = false;
    return answer == QMessageBox::Discard;
}

void TemplateEditorDialog::reject()
{
    if (discardEdits())
        QDialog::reject();
}
