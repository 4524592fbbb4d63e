// SPDX-License-Identifier: MIT
#include "historypanel.h"

#include "common/clock.h"
#include "diffview.h"
#include "icons.h"
#include "models/historymodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

HistoryPanel::HistoryPanel(Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_model(new HistoryModel(this))
    , m_table(new QTableView)
    , m_message(new QLabel)
    , m_restore(new QPushButton(Icons::action("revert"), tr("&Restore this version")))
    , m_diff(new DiffView)
{
    setUpTable();
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    m_restore->setObjectName(QStringLiteral("restoreVersion"));
    m_restore->setAccessibleName(tr("Restore this version"));
    m_restore->setToolTip(tr("Put this version's name and query into the editor, to review "
                             "and save"));
    m_restore->setEnabled(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPanel::onSelectionChanged);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QList<int> rows = selectedRows();
        if (rows.size() == 1)
            Q_EMIT restoreRequested(m_model->versionAt(rows.first()));
    });
    auto *splitter = new QSplitter;
    splitter->addWidget(versionsPane());
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({500, 780}); // every column of the list readable at 1280 wide
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    showMessage(tr("Open a segment to see its history."));
}

void HistoryPanel::setUpTable()
{
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Rows are chosen with the arrow keys; Tab leaves the table, as keyboard users expect.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::Name, QHeaderView::Stretch);
    m_table->setToolTip(tr("Select a version to see what it changed; Ctrl+click a second one "
                           "to compare the two."));
}

// The versions with Restore under them, left of the comparison.
QWidget *HistoryPanel::versionsPane()
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_restore, 0, Qt::AlignRight);
    return pane;
}

void HistoryPanel::showVersions(const QList<HistoryVersion> &versions)
{
    m_model->setNow(m_clock->now());
    m_model->setVersions(versions);
    m_message->setText(tr("%n version(s), newest first.", nullptr, int(versions.size())));
    m_table->setEnabled(true);
    m_restore->setEnabled(false);
    m_diff->clear();
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setNow(m_clock->now());
}

void HistoryPanel::showMessage(const QString &message)
{
    m_model->setVersions({});
    m_message->setText(message);
    m_table->setEnabled(false);
    m_restore->setEnabled(false);
    m_diff->clear();
}

void HistoryPanel::setRestoreAction(const QString &text, const QString &toolTip)
{
    m_restore->setText(text);
    m_restore->setToolTip(toolTip);
}

bool HistoryPanel::compare(int older, int newer)
{
    const int olderRow = m_model->rowOfNumber(older);
    const int newerRow = m_model->rowOfNumber(newer);
    if (olderRow < 0 || newerRow < 0)
        return false;
    QItemSelection selection;
    for (int row : {olderRow, newerRow})
        selection.select(m_model->index(row, 0),
                         m_model->index(row, HistoryModel::ColumnCount - 1));
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    return true;
}

bool HistoryPanel::selectVersion(int number)
{
    const int row = m_model->rowOfNumber(number);
    if (row < 0)
        return false;
    // Not selectRow(): in extended selection it follows the keyboard modifiers held right now.
    m_table->selectionModel()->select(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QList<int> HistoryPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

// Rows are newest first: the larger row is the older version.
void HistoryPanel::onSelectionChanged()
{
    const QList<int> rows = selectedRows();
    m_restore->setEnabled(rows.size() == 1);
    if (rows.isEmpty())
        return m_diff->clear();
    const HistoryVersion &newer = m_model->versionAt(rows.first());
    const int olderRow = rows.size() == 2 ? rows.at(1) : rows.first() + 1;
    if (olderRow < m_model->rowCount())
        return m_diff->compare(side(m_model->versionAt(olderRow)), side(newer));
    // The first version seen: all of it is new.
    m_diff->compare({tr("Before version %1").arg(newer.number), {}, {}}, side(newer));
}

DiffView::Side HistoryPanel::side(const HistoryVersion &version) const
{
    const QString when = QLocale().toString(version.recordedAt.toLocalTime(), QLocale::ShortFormat);
    return {tr("Version %1, %2 (%3)")
                .arg(version.number)
                .arg(when, HistoryVersion::sourceName(version.source)),
            version.name, version.queryDsl};
}
