// SPDX-License-Identifier: MIT
#include "responsepanel.h"

#include "common/clock.h"
#include "editing/refreshquota.h"
#include "icons.h"
#include "models/samplemodel.h"
#include "themecolours.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString local(const Timestamp &t)
{
    if (t.isNull())
        return ResponsePanel::tr("—");
    return t.utc.isValid() ? QLocale().toString(t.utc.toLocalTime(), QLocale::LongFormat)
                           : ResponsePanel::tr("unknown");
}

QString relative(const QDateTime &when, const QDateTime &now)
{
    const qint64 minutes = now.secsTo(when) / 60;
    if (minutes >= 0 && minutes < 1)
        return ResponsePanel::tr("due now");
    if (minutes < 0)
        return ResponsePanel::tr("%1 min overdue").arg(-minutes);
    return minutes < 120 ? ResponsePanel::tr("in %1 min").arg(minutes)
                         : ResponsePanel::tr("in %1 h").arg(minutes / 60);
}

// A new segment's 0 is no count: until SendGrid's first count it says so, never "0 as of".
QString countText(const Segment &s, bool previous)
{
    const auto validation = s.status.validation();
    if (!s.isCounted())
        return validation == SegmentStatus::Validation::Invalid
            ? ResponsePanel::tr("not counted: SendGrid does not count a rejected query")
            : validation == SegmentStatus::Validation::Pending
            ? ResponsePanel::tr("not counted yet: SendGrid counts a new segment once it has "
                                "checked the query")
            : ResponsePanel::tr("not counted yet: SendGrid counts a new segment within minutes; "
                                "the count shows here when it does");
    QString caveat;
    if (previous)
        caveat = ResponsePanel::tr(" — stale: from the previous query");
    else if (validation == SegmentStatus::Validation::Pending)
        caveat = ResponsePanel::tr(" — stale: counted before the last edit");
    return ResponsePanel::tr("%1 as of %2%3")
        .arg(QLocale().toString(s.contactsCount), local(s.sampleUpdatedAt), caveat);
}

QLabel *valueLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // server text is never interpreted as rich text
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

ResponsePanel::ResponsePanel(Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_sample(new SampleModel(this))
    , m_count(valueLabel(QStringLiteral("count")))
    , m_status(valueLabel(QStringLiteral("validation")))
    , m_times(valueLabel(QStringLiteral("times")))
    , m_next(valueLabel(QStringLiteral("nextUpdate")))
    , m_refreshes(valueLabel(QStringLiteral("refreshes")))
    , m_refresh(new QPushButton(Icons::action("refresh"), tr("Re&fresh count")))
    , m_previousQuery(new QFrame)
    , m_previousQueryText(valueLabel(QStringLiteral("previousQuery")))
    , m_refreshNow(new QPushButton(Icons::action("refresh"), tr("Refresh count &now")))
    , m_sampleCaption(valueLabel(QStringLiteral("sampleCaption")))
    , m_table(new QTableView)
{
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setAccessibleName(tr("Refresh count"));
    buildPreviousQueryBanner();
    setUpSampleTable();
    auto *form = new QFormLayout;
    form->addRow(tr("Contacts:"), m_count);
    form->addRow(tr("Validation:"), m_status);
    form->addRow(tr("Next update:"), m_next);
    form->addRow(tr("Manual refreshes:"), m_refreshes);
    form->addRow(tr("Times:"), m_times);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previousQuery);
    layout->addLayout(form);
    layout->addLayout(sampleButtons());
    layout->addWidget(m_sampleCaption);
    layout->addWidget(m_table, 1);
    m_countdown.setInterval(30 * 1000);
    connect(&m_countdown, &QTimer::timeout, this, &ResponsePanel::updateCountdown);
    connect(m_refresh, &QPushButton::clicked, this, &ResponsePanel::refreshRequested);
    clear();
}

void ResponsePanel::setUpSampleTable()
{
    m_table->setModel(m_sample);
    m_table->setAccessibleName(tr("Contact sample"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Rows are chosen with the arrow keys; Tab leaves the table, as keyboard users expect.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

// Refresh on the left; what can be done with the sample on the right.
QHBoxLayout *ResponsePanel::sampleButtons()
{
    auto *copy = new QPushButton(Icons::action("copy"), tr("&Copy"));
    copy->setObjectName(QStringLiteral("copy"));
    copy->setAccessibleName(tr("Copy sample"));
    auto *exportButton = new QPushButton(Icons::action("export"), tr("&Export CSV…"));
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    exportButton->setAccessibleName(tr("Export sample as CSV"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    buttons->addWidget(copy);
    buttons->addWidget(exportButton);
    connect(copy, &QPushButton::clicked, this, &ResponsePanel::copySample);
    connect(exportButton, &QPushButton::clicked, this, &ResponsePanel::chooseExportFile);
    return buttons;
}

// The banner over count and sample after a saved query change, with the refresh at hand.
void ResponsePanel::buildPreviousQueryBanner()
{
    m_refreshNow->setObjectName(QStringLiteral("refreshNow"));
    m_refreshNow->setAccessibleName(tr("Refresh count now"));
    m_previousQuery->setObjectName(QStringLiteral("previousQueryBanner"));
    m_previousQuery->setFrameShape(QFrame::StyledPanel);
    m_previousQuery->setStyleSheet(
        QStringLiteral("#previousQueryBanner { background: %1; border: 1px solid %2; }")
            .arg(ThemeColours::bannerBackground(palette()).name(),
                 ThemeColours::bannerBorder(palette()).name()));
    auto *banner = new QHBoxLayout(m_previousQuery);
    banner->addWidget(m_previousQueryText, 1);
    banner->addWidget(m_refreshNow, 0, Qt::AlignVCenter);
    connect(m_refreshNow, &QPushButton::clicked, this, &ResponsePanel::refreshRequested);
}

void ResponsePanel::showSegment(const Segment &s, const QHash<QString, QString> &listNames,
                                const QDateTime &queryEditedAt)
{
    m_segment = s;
    // Counts come from the last sample: while the query is being checked, or when the sample
    // predates the last query change, they describe the old query.
    const bool previous = s.countsPreviousQuery(queryEditedAt);
    m_count->setText(countText(s, previous));
    m_status->setText(s.status.errorMessage.isEmpty()
                          ? s.status.queryValidation
                          : s.status.queryValidation + u' ' + u'—' + u' ' + s.status.errorMessage);
    m_times->setText(tr("created %1\nupdated %2\nlast manual refresh %3")
                         .arg(local(s.createdAt), local(s.updatedAt), local(s.lastRefreshedAt)));
    m_refreshes->setText(tr("%1 of %2 used today")
                             .arg(s.refreshesUsed.value_or(0))
                             .arg(s.maxRefreshes.value_or(RefreshQuota::PerSegmentPerDay)));
    m_sample->setContacts(s.contactsSample, listNames);
    m_table->resizeColumnsToContents();
    setEnabled(true);
    updateCountdown();
    updateRefreshButton();
    showPreviousQueryMark(previous);
    m_countdown.start();
}

// SendGrid recounts a changed query on its own schedule; until then count and sample describe
// the query before the change, which the whole response says, with the refresh at hand.
void ResponsePanel::showPreviousQueryMark(bool previous)
{
    m_previousQuery->setVisible(previous);
    m_previousQueryText->setText(
        previous ? tr("Count and sample are from the previous query, as of %1; SendGrid recounts "
                      "on its schedule (next: %2).")
                       .arg(local(m_segment.sampleUpdatedAt), m_next->text())
                 : QString());
    m_sampleCaption->setText(previous ? tr("Sample (from the previous query):") : tr("Sample:"));
    // Greyed italics: the rows are not what the saved query selects.
    m_table->setStyleSheet(previous ? QStringLiteral("QTableView { color: palette(mid); "
                                                     "font-style: italic; }")
                                    : QString());
}

void ResponsePanel::clear()
{
    m_segment = {};
    for (QLabel *label : {m_count, m_status, m_times, m_next, m_refreshes})
        label->clear();
    m_sample->setContacts({});
    showPreviousQueryMark(false);
    m_countdown.stop();
    setEnabled(false);
}

QString ResponsePanel::statusText() const
{
    return m_status->text();
}

void ResponsePanel::updateCountdown()
{
    const Timestamp &next = m_segment.nextSampleUpdate;
    const QDateTime now = m_clock->now();
    // A first count is awaited, not late: SendGrid's time for it is an estimate.
    const QString when = !m_segment.isCounted() && next.utc < now ? tr("first count awaited")
                                                                  : relative(next.utc, now);
    // An unreadable time shows as unknown, never as a countdown from nothing ("due now").
    m_next->setText(!next.utc.isValid() ? local(next) : tr("%1 (%2)").arg(local(next), when));
    if (m_previousQuery->isVisibleTo(this))
        showPreviousQueryMark(true); // the banner names the next recount too
}

void ResponsePanel::setReadOnlyReason(const QString &reason)
{
    m_readOnlyReason = reason;
    updateRefreshButton();
}

void ResponsePanel::updateRefreshButton()
{
    const bool used = m_segment.refreshesUsed.value_or(0)
        >= m_segment.maxRefreshes.value_or(RefreshQuota::PerSegmentPerDay);
    const bool recent = !m_segment.lastRefreshedAt.isNull()
        && m_segment.lastRefreshedAt.utc.secsTo(m_clock->now())
            < 3600 / RefreshQuota::PerSegmentPerHour;
    m_refresh->setEnabled(!used && !recent && m_readOnlyReason.isEmpty());
    m_refreshNow->setEnabled(m_refresh->isEnabled());
    m_refresh->setToolTip(!m_readOnlyReason.isEmpty() ? m_readOnlyReason
                              : used
                              ? tr("Both manual refreshes of today are used; SendGrid allows 2 "
                                   "per segment per day.")
                              : recent ? tr("SendGrid allows one manual refresh per hour; the "
                                            "last was at %1.")
                                             .arg(local(m_segment.lastRefreshedAt))
                                       : tr("Count the segment's contacts now (2 per day)."));
    m_refreshNow->setToolTip(m_refresh->toolTip());
}

void ResponsePanel::copySample()
{
    QApplication::clipboard()->setText(m_sample->toCsv());
    const int n = m_sample->rowCount();
    Q_EMIT feedback(tr("Copied %n contact(s) (CSV) to the clipboard.", nullptr, n));
}

QString ResponsePanel::exportCsv(const QString &filePath) const
{
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(m_sample->toCsv().toUtf8()) < 0)
        return tr("Cannot write %1: %2").arg(filePath, file.errorString());
    return {};
}

QString ResponsePanel::defaultExportPath() const
{
    // A segment name may hold characters no file name can.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString name = m_segment.name.trimmed();
    name.replace(unsafe, QStringLiteral("-"));
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath(); // never the working folder, which is the app's, not theirs
    return QDir(folder).filePath((name.isEmpty() ? tr("segment") : name) + QStringLiteral(".csv"));
}

void ResponsePanel::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export contact sample"), defaultExportPath(),
                                   tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(defaultExportPath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (const QString problem = exportCsv(path); !problem.isEmpty())
            return Q_EMIT feedback(tr("Export failed: %1").arg(problem), true);
        const int n = m_sample->rowCount();
        Q_EMIT feedback(
            tr("Exported %n contact(s) to %1.", nullptr, n).arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}
