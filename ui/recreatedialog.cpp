// SPDX-License-Identifier: MIT
#include "recreatedialog.h"

#include "historypanel.h"
#include "local/historystore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

RecreateDialog::RecreateDialog(HistoryStore *history, const QString &profileId,
                               const QSet<QString> &listedIds, Clock *clock, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_profileId(profileId)
    , m_segments(new QListWidget)
    , m_versions(new HistoryPanel(clock))
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("recreateDialog"));
    setWindowTitle(tr("Recreate a deleted segment"));
    m_segments->setObjectName(QStringLiteral("deletedSegments"));
    m_segments->setAccessibleName(tr("Deleted segments"));
    m_versions->setRestoreAction(tr("&Recreate from this version"),
                                 tr("Create a new segment in SendGrid with this version's name "
                                    "and query"));
    m_message->setWordWrap(true);
    auto *split = new QSplitter;
    split->addWidget(m_segments);
    split->addWidget(m_versions);
    split->setStretchFactor(1, 3);
    split->setSizes({200, 800});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1000, 560);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_segments, &QListWidget::currentRowChanged, this, &RecreateDialog::showVersions);
    connect(m_versions, &HistoryPanel::restoreRequested, this, [this](const HistoryVersion &v) {
        Q_EMIT recreateRequested(v);
        accept();
    });
    listDeleted(listedIds);
}

int RecreateDialog::deletedCount() const
{
    return m_segments->count();
}

void RecreateDialog::listDeleted(const QSet<QString> &listedIds)
{
    const Result<QList<SegmentHistorySummary>> all = m_history->segmentsWithHistory(m_profileId);
    if (!all.isOk())
        return m_message->setText(tr("The local history cannot be read: %1").arg(all.error()));
    for (const SegmentHistorySummary &s : all.value()) {
        if (listedIds.contains(s.segmentId))
            continue;
        auto *item = new QListWidgetItem(s.latestName, m_segments);
        item->setData(Qt::UserRole, s.segmentId);
        item->setToolTip(
            tr("%1 — last seen %2")
                .arg(s.segmentId,
                     QLocale().toString(s.lastRecordedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_message->setText(m_segments->count() == 0
                           ? tr("No deleted segment of this profile has local history.")
                           : tr("Pick a deleted segment and the version to create again. The new "
                                "segment gets a new id; its history starts anew. Parent lists "
                                "are not kept in the history: it matches the whole account."));
    m_segments->setCurrentRow(0);
}

void RecreateDialog::showVersions()
{
    QListWidgetItem *item = m_segments->currentItem();
    if (!item)
        return m_versions->showMessage(tr("No deleted segment is selected."));
    const Result<QList<HistoryVersion>> versions
        = m_history->versions(m_profileId, item->data(Qt::UserRole).toString());
    if (!versions.isOk())
        return m_versions->showMessage(tr("Local history: %1").arg(versions.error()));
    m_versions->showVersions(versions.value());
    if (!versions.value().isEmpty()) // the latest, ready to recreate; any other is a click away
        m_versions->selectVersion(versions.value().constLast().number);
}
