// SPDX-License-Identifier: MIT
#include "segmenteditorpanel.h"

#include "editing/namerules.h"
#include "icons.h"
#include "messageline.h"
#include "query/formatter.h"
#include "query/linter.h"
#include "query/querylimits.h"
#include "queryviews.h"
#include "sqleditor.h"
#include "themecolours.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedLayout>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

SegmentEditorPanel::SegmentEditorPanel(const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit)
    , m_nameError(new MessageLine)
    , m_sql(new SqlEditor)
    , m_views(new QueryViews(m_sql, clock))
    , m_queryStatus(new MessageLine)
    , m_moreDiagnostics(new QToolButton)
    , m_fixIt(new QToolButton)
    , m_pages(new QStackedLayout)
    , m_editorPage(new QWidget)
    , m_emptyState(new QLabel(tr("Choose a segment on the left, or create one with New segment "
                                 "(Ctrl+N).")))
    , m_format(new QPushButton(Icons::action("format"), tr("&Format")))
    , m_revert(new QPushButton(Icons::action("revert"), tr("&Revert")))
    , m_save(new QPushButton(Icons::action("save"), tr("&Save")))
{
    nameControls();
    buildLayout();
    connectEdits();
    clear();
}

// Object names (tests and the accessibility tree find the controls by them), names read out,
// and tooltips.
void SegmentEditorPanel::nameControls()
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Segment name"));
    m_name->setMaxLength(1000); // longer than allowed, so the message can say why
    m_nameError->setObjectName(QStringLiteral("nameError"));
    m_nameError->setStyleSheet(ThemeColours::errorStyleSheet(palette()));
    m_sql->setObjectName(QStringLiteral("sql"));
    m_queryStatus->setObjectName(QStringLiteral("queryStatus"));
    m_moreDiagnostics->setObjectName(QStringLiteral("moreDiagnostics"));
    m_moreDiagnostics->setCheckable(true);
    m_moreDiagnostics->setAutoRaise(true);
    m_fixIt->setObjectName(QStringLiteral("fixIt"));
    m_fixIt->setText(tr("Fix"));
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->setAccessibleName(tr("Format query"));
    m_format->setToolTip(tr("Lay the query out canonically (Ctrl+Shift+F)"));
    m_revert->setAccessibleName(tr("Revert"));
    m_save->setAccessibleName(tr("Save"));
    m_moreDiagnostics->setAccessibleName(tr("More problems"));
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setToolTip(tr("Send the changed name and query to SendGrid (Ctrl+S)"));
    m_save->setDefault(true);
    m_revert->setObjectName(QStringLiteral("revert"));
}

void SegmentEditorPanel::connectEdits()
{
    connect(m_moreDiagnostics, &QToolButton::toggled, this, &SegmentEditorPanel::showDiagnostics);
    connect(m_fixIt, &QToolButton::clicked, this, [this] {
        if (const auto fixable = m_sql->firstFixable(); fixable && m_sql->applyFixIt(*fixable))
            lint(); // at once: the button must not offer the fix it just applied
    });
    m_lintTimer.setSingleShot(true);
    m_lintTimer.setInterval(150);
    connect(&m_lintTimer, &QTimer::timeout, this, &SegmentEditorPanel::lint);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        validate();
        if (!m_loading)
            Q_EMIT edited();
    });
    connect(m_sql, &QPlainTextEdit::textChanged, this, [this] {
        // Re-highlighting (after every lint) signals textChanged too: only a change of the text
        // is an edit. Taken for one, it started the next lint, whose re-highlighting did the
        // same, every 150 ms for as long as the window was open, and it dropped SendGrid's error
        // from the diagnostics 150 ms after showing it.
        if (const QString text = query(); text != m_seenQuery)
            m_seenQuery = text;
        else
            return;
        m_serverQueryError.clear();
        m_lintTimer.start();
        updateSaveButton();
        if (!m_loading)
            Q_EMIT edited();
    });
    connect(m_sql, &SqlEditor::refused, this, &SegmentEditorPanel::refused);
    connect(m_format, &QPushButton::clicked, this, &SegmentEditorPanel::format);
    connect(m_revert, &QPushButton::clicked, this, &SegmentEditorPanel::revertRequested);
    connect(m_save, &QPushButton::clicked, this, &SegmentEditorPanel::saveRequested);
}

// The editor page, and the empty state in its place while no segment is open. Its messages keep
// their room whether they say something or not, and Save is as wide as "Save anyway": nothing
// moves under the cursor when the name or the query turns out wrong (#19 §4).
void SegmentEditorPanel::buildLayout()
{
    auto *nameLabel = new QLabel(tr("&Name"));
    nameLabel->setBuddy(m_name);
    m_save->setText(tr("&Save anyway"));
    m_save->setMinimumWidth(m_save->sizeHint().width());
    auto *head = new QGridLayout;
    head->addWidget(nameLabel, 0, 0);
    head->addWidget(m_name, 0, 1);
    head->addWidget(m_revert, 0, 2);
    head->addWidget(m_save, 0, 3);
    head->addWidget(m_nameError, 1, 1, 1, 3);
    head->setVerticalSpacing(0);
    m_views->setCornerWidget(m_format, Qt::TopRightCorner);
    auto *diagnostics = new QWidget;
    diagnostics->setMinimumHeight(m_fixIt->sizeHint().height());
    auto *diagnosticsLayout = new QHBoxLayout(diagnostics);
    diagnosticsLayout->setContentsMargins(0, 0, 0, 0);
    diagnosticsLayout->addWidget(m_queryStatus, 1, Qt::AlignVCenter);
    diagnosticsLayout->addWidget(m_fixIt, 0, Qt::AlignTop);
    diagnosticsLayout->addWidget(m_moreDiagnostics, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(m_editorPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(head);
    layout->addWidget(m_views, 1);
    layout->addWidget(diagnostics);
    m_pages->addWidget(m_editorPage);
    m_pages->addWidget(m_emptyState);
    setLayout(m_pages);
}

void SegmentEditorPanel::load(const QString &baseName, const QString &baseQuery,
                              const QString &name, const QString &query,
                              const QStringList &otherNames)
{
    m_loading = true;
    m_baseName = baseName;
    m_baseQuery = baseQuery;
    m_otherNames = otherNames;
    m_serverQueryError.clear();
    m_name->setText(name);
    m_sql->setText(query);
    m_views->reload();
    m_loading = false;
    m_pages->setCurrentWidget(m_editorPage);
    setEnabled(true);
    validate();
    lint();
}

void SegmentEditorPanel::clear()
{
    load({}, {}, {}, {}, {});
    setEnabled(false);
    m_nameError->clear();
    m_pages->setCurrentWidget(m_emptyState);
}

void SegmentEditorPanel::setCatalogue(const FieldCatalogue &catalogue)
{
    m_catalogue = catalogue;
    m_sql->setCatalogue(catalogue);
    m_views->setCatalogue(catalogue);
    lint();
}

void SegmentEditorPanel::setListNames(const QHash<QString, QString> &names)
{
    m_sql->setListNames(names);
    m_views->setListNames(names);
}

void SegmentEditorPanel::setOtherNames(const QStringList &names)
{
    m_otherNames = names;
    validate();
}

QString SegmentEditorPanel::name() const
{
    return m_name->text();
}

bool SegmentEditorPanel::hasQuery() const
{
    return m_sql->hasText();
}

QString SegmentEditorPanel::query() const
{
    return m_sql->text();
}

bool SegmentEditorPanel::isDirty() const
{
    return isEnabled() && (name() != m_baseName || query() != m_baseQuery);
}

void SegmentEditorPanel::validate()
{
    const VoidResult nameCheck = NameRules::check(name(), m_otherNames);
    m_nameError->setText(!isEnabled()           ? QString()
                             : nameCheck.isOk() ? NameRules::lookalikeWarning(name(), m_otherNames)
                                                : nameCheck.error());
    updateSaveButton();
}

void SegmentEditorPanel::lint()
{
    m_lintTimer.stop();
    const QString text = query();
    if (text.size() <= QueryLimits::InlineAnalysisChars) {
        m_lintWork.cancel();
        return showLint(text.trimmed().isEmpty() ? QList<Diagnostic>()
                                                 : QueryLinter::lint(text, m_catalogue));
    }
    m_lintWork.run([text, catalogue = m_catalogue] { return QueryLinter::lint(text, catalogue); },
                   [this, text](QList<Diagnostic> diagnostics) {
                       if (text == m_seenQuery) // still the text in the editor
                           showLint(std::move(diagnostics));
                   });
}

// SendGrid's message names a position as "line:column:" when it has one, often with a severity;
// the diagnostic says where and how bad itself ("1:55: error: SendGrid: 1:55: error:" said it
// twice).
Diagnostic SegmentEditorPanel::serverQueryDiagnostic() const
{
    static const QRegularExpression position(
        QStringLiteral("^(\\d+):(\\d+):\\s*(?:(?:error|warning):\\s*)?"));
    const auto match = position.match(m_serverQueryError);
    const int line = match.hasMatch() ? match.captured(1).toInt() : 1;
    const int column = match.hasMatch() ? match.captured(2).toInt() : 1;
    const QTextBlock block = m_sql->document()->findBlockByNumber(line - 1);
    const int start = block.isValid() ? block.position() + column - 1 : 0;
    const QString message = m_serverQueryError.mid(match.hasMatch() ? match.capturedLength() : 0);
    return {Diagnostic::Severity::Error,     {start, 1}, line, column,
            tr("SendGrid: %1").arg(message), {},         {},   {}};
}

void SegmentEditorPanel::showLint(QList<Diagnostic> diagnostics)
{
    m_diagnostics = std::move(diagnostics);
    if (!m_serverQueryError.isEmpty())
        m_diagnostics.prepend(serverQueryDiagnostic());
    m_sql->setDiagnostics(m_diagnostics);
    const bool errors = hasErrors(m_diagnostics);
    m_queryStatus->setStyleSheet(errors ? ThemeColours::errorStyleSheet(palette()) : QString());
    showDiagnostics();
    updateSaveButton();
}

// The first diagnostic, and "+N more" to list them all (one per line).
void SegmentEditorPanel::showDiagnostics()
{
    const qsizetype more = m_diagnostics.size() - 1;
    if (more < 1) {
        const QSignalBlocker quiet(m_moreDiagnostics); // called from its toggled signal too
        m_moreDiagnostics->setChecked(false);
    }
    const bool all = m_moreDiagnostics->isChecked();
    QStringList lines;
    for (const Diagnostic &d : std::as_const(m_diagnostics)) {
        if (lines.size() == (all ? MaxListedDiagnostics : 1))
            break;
        lines.append(d.toDisplayString());
    }
    if (all && m_diagnostics.size() > lines.size())
        lines.append(
            tr("… and %L1 more (fix these first)").arg(m_diagnostics.size() - lines.size()));
    m_queryStatus->setText(lines.join(u'\n'));
    m_queryStatus->setLines(std::min<int>(int(lines.size()), MaxShownDiagnostics));
    m_moreDiagnostics->setVisible(more > 0);
    m_moreDiagnostics->setText(all ? tr("Show fewer") : tr("+%1 more").arg(more));
    m_moreDiagnostics->setToolTip(all ? tr("Show only the first problem")
                                      : tr("List every problem in the query"));
    const auto fixable = m_sql->firstFixable();
    m_fixIt->setVisible(fixable.has_value());
    if (fixable)
        m_fixIt->setToolTip(tr("Line %1: replace with \u201c%2\u201d (Ctrl+Z undoes it)")
                                .arg(fixable->line)
                                .arg(fixable->fixIt));
}

QString SegmentEditorPanel::firstQueryError() const
{
    for (const Diagnostic &d : m_diagnostics) {
        if (d.isError())
            return d.toDisplayString();
    }
    return {};
}

bool SegmentEditorPanel::canSave() const
{
    return isDirty() && m_readOnlyReason.isEmpty() && !m_saving && hasQuery()
        && NameRules::check(name(), m_otherNames).isOk();
}

void SegmentEditorPanel::setReadOnlyReason(const QString &reason)
{
    m_readOnlyReason = reason;
    updateSaveButton();
}

void SegmentEditorPanel::updateSaveButton()
{
    m_save->setEnabled(canSave());
    m_save->setToolTip(m_readOnlyReason.isEmpty()
                           ? tr("Send the changed name and query to SendGrid (Ctrl+S)")
                           : m_readOnlyReason);
    m_save->setText(hasErrors(m_diagnostics) ? tr("&Save anyway") : tr("&Save"));
    m_revert->setEnabled(isDirty() && !m_saving);
}

void SegmentEditorPanel::showServerNameError(const QString &message)
{
    m_nameError->setText(tr("SendGrid: %1").arg(message));
}

void SegmentEditorPanel::showServerQueryError(const QString &message)
{
    m_serverQueryError = message;
    lint();
}

void SegmentEditorPanel::revert()
{
    load(m_baseName, m_baseQuery, m_baseName, m_baseQuery, m_otherNames);
    Q_EMIT edited();
}

void SegmentEditorPanel::format()
{
    const QString formatted = QueryFormatter::format(query());
    if (formatted.isEmpty() || formatted == query())
        return;
    QTextCursor cursor(m_sql->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(formatted); // one undo step
}

void SegmentEditorPanel::setSaving(bool saving)
{
    m_saving = saving;
    m_name->setReadOnly(saving);
    m_sql->setReadOnly(saving);
    m_views->setSaving(saving);
    updateSaveButton();
}
