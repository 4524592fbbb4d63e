// SPDX-License-Identifier: MIT
#include "responsepanel.h"

#include "models/samplemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
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

ResponsePanel::ResponsePanel(QWidget *parent)
    : QWidget(parent)
    , m_sample(new SampleModel(this))
    , m_count(valueLabel(QStringLiteral("count")))
    , m_status(valueLabel(QStringLiteral("validation")))
    , m_times(valueLabel(QStringLiteral("times")))
    , m_next(valueLabel(QStringLiteral("nextUpdate")))
    , m_refreshes(valueLabel(QStringLiteral("refreshes")))
    , m_refresh(new QPushButton(tr("Re&fresh count")))
    , m_table(new QTableView)
{
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_table->setModel(m_sample);
    m_table->setAccessibleName(tr("Contact sample"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    auto *copy = new QPushButton(tr("&Copy"));
    auto *exportButton = new QPushButton(tr("&Export CSV…"));
    auto *form = new QFormLayout;
    form->addRow(tr("Contacts:"), m_count);
    form->addRow(tr("Validation:"), m_status);
    form->addRow(tr("Next update:"), m_next);
    form->addRow(tr("Manual refreshes:"), m_refreshes);
    form->addRow(tr("Times:"), m_times);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    buttons->addWidget(copy);
    buttons->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    m_countdown.setInterval(30 * 1000);
    connect(&m_countdown, &QTimer::timeout, this, &ResponsePanel::updateCountdown);
    connect(m_refresh, &QPushButton::clicked, this, &ResponsePanel::refreshRequested);
    connect(copy, &QPushButton::clicked, this, &ResponsePanel::copySample);
    connect(exportButton, &QPushButton::clicked, this, &ResponsePanel::chooseExportFile);
    clear();
}

void ResponsePanel::showSegment(const Segment &s, const QHash<QString, QString> &listNames,
                                const QDateTime &queryEditedAt)
{
    m_segment = s;
    // Counts come from the last sample: while the query is being checked, or when the sample
    // predates the last query change, they describe the old query.
    const bool stale = s.status.validation() == SegmentStatus::Validation::Pending
        || (queryEditedAt.isValid() && s.sampleUpdatedAt.utc <= queryEditedAt);
    m_count->setText(tr("%1 as of %2%3")
                         .arg(QLocale().toString(s.contactsCount), local(s.sampleUpdatedAt),
                              stale ? tr(" — stale: counted before the last edit") : QString()));
    m_status->setText(s.status.errorMessage.isEmpty()
                          ? s.status.queryValidation
                          : s.status.queryValidation + u' ' + u'—' + u' ' + s.status.errorMessage);
    m_times->setText(tr("created %1\nupdated %2\nlast manual refresh %3")
                         .arg(local(s.createdAt), local(s.updatedAt), local(s.lastRefreshedAt)));
    m_refreshes->setText(
        tr("%1 of %2 used today").arg(s.refreshesUsed.value_or(0)).arg(s.maxRefreshes.value_or(2)));
    m_sample->setContacts(s.contactsSample, listNames);
    m_table->resizeColumnsToContents();
    setEnabled(true);
    updateCountdown();
    updateRefreshButton();
    m_countdown.start();
}

void ResponsePanel::clear()
{
    m_segment = {};
    for (QLabel *label : {m_count, m_status, m_times, m_next, m_refreshes})
        label->clear();
    m_sample->setContacts({});
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
    // An unreadable time shows as unknown, never as a countdown from nothing ("due now").
    m_next->setText(
        !next.utc.isValid()
            ? local(next)
            : tr("%1 (%2)").arg(local(next), relative(next.utc, QDateTime::currentDateTimeUtc())));
}

void ResponsePanel::setReadOnlyReason(const QString &reason)
{
    m_readOnlyReason = reason;
    updateRefreshButton();
}

void ResponsePanel::updateRefreshButton()
{
    const bool used = m_segment.refreshesUsed.value_or(0) >= m_segment.maxRefreshes.value_or(2);
    const bool recent = !m_segment.lastRefreshedAt.isNull()
        && m_segment.lastRefreshedAt.utc.secsTo(QDateTime::currentDateTimeUtc()) < 3600;
    m_refresh->setEnabled(!used && !recent && m_readOnlyReason.isEmpty());
    m_refresh->setToolTip(!m_readOnlyReason.isEmpty() ? m_readOnlyReason
                              : used
                              ? tr("Both manual refreshes of today are used; SendGrid allows 2 "
                                   "per segment per day.")
                              : recent ? tr("SendGrid allows one manual refresh per hour; the "
                                            "last was at %1.")
                                             .arg(local(m_segment.lastRefreshedAt))
                                       : tr("Count the segment's contacts now (2 per day)."));
}

void ResponsePanel::copySample() const
{
    QApplication::clipboard()->setText(m_sample->toCsv());
}

QString ResponsePanel::exportCsv(const QString &filePath) const
{
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(m_sample->toCsv().toUtf8()) < 0)
        return tr("Cannot write %1: %2").arg(filePath, file.errorString());
    return {};
}

void ResponsePanel::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export contact sample"),
                                                      m_segment.name + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString problem = exportCsv(path); !problem.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), problem);
}
