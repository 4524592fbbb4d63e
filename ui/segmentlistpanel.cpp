// SPDX-License-Identifier: MIT
#include "segmentlistpanel.h"

#include "clearonescape.h"
#include "columnmenu.h"
#include "common/clock.h"
#include "icons.h"
#include "models/segmentfiltermodel.h"
#include "models/segmenttablemodel.h"
#include "statusiconproxy.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaMethod>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

SegmentListPanel::SegmentListPanel(Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new SegmentTableModel(this))
    , m_icons(new StatusIconProxy(SegmentTableModel::Status, this))
    , m_proxy(new SegmentFilterModel(m_model, this))
    , m_search(new QLineEdit)
    , m_hiddenNote(new QLabel)
    , m_table(new QTableView)
    , m_pages(new QStackedWidget)
    , m_message(new QLabel)
    , m_retry(new QPushButton(Icons::action("refresh"), tr("Retry")))
    , m_clock(clock)
    , m_ageTicker(new QTimer(this))
{
    m_icons->setSourceModel(m_model);
    m_proxy->setSourceModel(m_icons);
    m_proxy->setSortRole(SegmentTableModel::SortRole);
    setUpSearch();
    setUpTable();
    m_pages->addWidget(m_table);
    m_pages->addWidget(statePage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_hiddenNote);
    layout->addWidget(m_pages, 1);
    connect(m_search, &QLineEdit::textChanged, this, &SegmentListPanel::applyFilter);
    connect(m_retry, &QPushButton::clicked, this, &SegmentListPanel::retryRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SegmentListPanel::onCurrentRowChanged);
    // The ages ("12 min ago") move on while the list is shown.
    m_ageTicker->setInterval(std::chrono::minutes(1));
    connect(m_ageTicker, &QTimer::timeout, this, [this] {
        const QScopedValueRollback quiet(m_quiet, true);
        m_model->setReferenceTime(m_clock->now());
    });
    m_ageTicker->start();
}

void SegmentListPanel::setUpSearch()
{
    m_search->setPlaceholderText(tr("Filter by name or query, list:NAME, field:NAME (Ctrl+F)"));
    m_search->setToolTip(tr("Shows the segments whose name or query holds the text; list:VIP "
                            "those that use a list named VIP, field:country those that use "
                            "the field country. Esc clears."));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter segments"));
    m_search->setObjectName(QStringLiteral("segmentFilter"));
    new ClearOnEscape(m_search);
    m_hiddenNote->setObjectName(QStringLiteral("hiddenOpenSegment"));
    m_hiddenNote->setTextFormat(Qt::PlainText);
    m_hiddenNote->setWordWrap(true);
    m_hiddenNote->hide();
}

// In the table's place while there is nothing to list: loading, or why it failed with Retry.
QWidget *SegmentListPanel::statePage()
{
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("listMessage"));
    m_retry->setObjectName(QStringLiteral("retry"));
    m_retry->setAccessibleName(tr("Retry loading the segments"));
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_message);
    layout->addWidget(m_retry, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

// Readable in the 440 px the window gives the list at 1280×800: Name takes what the short
// columns leave; "As of" and "Parent list" start hidden (the header's menu shows them).
void SegmentListPanel::setUpTable()
{
    m_table->setObjectName(QStringLiteral("segmentTable"));
    m_table->setAccessibleName(tr("Segments"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SegmentTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Rows are chosen with the arrow keys; Tab leaves the table, as keyboard users expect.
    m_table->setTabKeyNavigation(false);
    // Shift, Ctrl and Ctrl+A select many for the batch actions (#21 §1); the current row is
    // still the one open.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(SegmentTableModel::Name, QHeaderView::Stretch);
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
    fitColumns();
    m_table->setColumnHidden(SegmentTableModel::AsOf, true);
    m_table->setColumnHidden(SegmentTableModel::ParentList, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        (new ColumnMenu(m_table, SegmentTableModel::Name + 1, this))
            ->popup(header->mapToGlobal(pos));
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this,
            &SegmentListPanel::showContextMenu);
}

// The short columns as wide as their longest content (a million contacts, PENDING, a date)
// in this font and language.
void SegmentListPanel::fitColumns()
{
    const auto fit = [this](const QStringList &texts) {
        int widest = 0;
        for (const QString &text : texts)
            widest = std::max(widest, fontMetrics().horizontalAdvance(text));
        return widest + fontMetrics().height(); // the cell margins, the sort arrow in the header
    };
    const QString longDate = QLocale().toString(QDate(2026, 12, 30), QLocale::ShortFormat);
    const QString longAge = SegmentTableModel::tr("23 min ago");
    m_table->setColumnWidth(SegmentTableModel::Contacts,
                            fit({QLocale().toString(qint64(1000000)), tr("Contacts")}));
    // The status icon (16 px and a gap) comes before the text.
    m_table->setColumnWidth(SegmentTableModel::Status,
                            fit({QStringLiteral("PENDING"), tr("Status")}) + 20);
    m_table->setColumnWidth(SegmentTableModel::Updated, fit({longAge, longDate, tr("Updated")}));
    m_table->setColumnWidth(SegmentTableModel::AsOf, fit({longAge, longDate, tr("As of")}));
}

void SegmentListPanel::showLoading()
{
    if (m_model->rowCount() > 0)
        return; // a reload keeps the rows visible; the status bar shows the progress
    m_message->setText(tr("Loading segments…"));
    m_retry->hide();
    m_pages->setCurrentIndex(1);
}

void SegmentListPanel::showError(const QString &message)
{
    m_message->setText(tr("The segments could not be loaded.\n%1").arg(message));
    m_retry->show();
    m_pages->setCurrentIndex(1);
}

void SegmentListPanel::showTableOrEmpty()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (empty)
        m_message->setText(m_model->rowCount() == 0
                               ? tr("This account has no segments yet.")
                               : tr("No segment matches \"%1\".").arg(m_search->text()));
    m_retry->setVisible(false);
    m_pages->setCurrentIndex(empty ? 1 : 0);
}

void SegmentListPanel::setSegments(QList<SegmentSummary> segments,
                                   QHash<QString, QString> listNames)
{
    {
        const QScopedValueRollback quiet(m_quiet, true);
        m_model->setReferenceTime(m_clock->now());
        m_proxy->setListNames(listNames);
        m_model->setSegments(std::move(segments), std::move(listNames));
    }
    showTableOrEmpty();
    showOpenSegment();
}

void SegmentListPanel::clear()
{
    const QScopedValueRollback quiet(m_quiet, true);
    m_model->setSegments({}, {});
    m_openId.clear();
    m_hiddenNote->hide();
}

void SegmentListPanel::setListNames(QHash<QString, QString> listNames)
{
    m_proxy->setListNames(listNames);
    m_model->setListNames(std::move(listNames));
}

bool SegmentListPanel::knowsQuery(const QString &id) const
{
    return m_proxy->knowsQuery(id);
}

QString SegmentListPanel::filterText() const
{
    return m_search->text();
}

void SegmentListPanel::setQuery(const QString &id, const QString &query)
{
    {
        const QScopedValueRollback quiet(m_quiet, true);
        m_proxy->setQuery(id, query);
    }
    showTableOrEmpty();
    showOpenSegment();
}

void SegmentListPanel::updateSegment(const SegmentSummary &segment)
{
    {
        // A rename can take the row out of the filter: the open segment stays open all the same.
        const QScopedValueRollback quiet(m_quiet, true);
        m_model->updateSegment(segment);
    }
    showTableOrEmpty();
    showOpenSegment();
}

void SegmentListPanel::noteQueryEdited(const QString &id, const QDateTime &at)
{
    m_model->noteQueryEdited(id, at);
}

void SegmentListPanel::onCurrentRowChanged()
{
    if (m_quiet)
        return;
    const QString id = m_table->currentIndex().data(SegmentTableModel::SegmentIdRole).toString();
    if (id.isEmpty() || id == m_openId)
        return;
    m_openId = id;
    m_hiddenNote->hide();
    Q_EMIT currentChanged(id);
}

void SegmentListPanel::applyFilter(const QString &text)
{
    {
        const QScopedValueRollback quiet(m_quiet, true);
        m_proxy->setFilterText(text);
    }
    showTableOrEmpty();
    showOpenSegment();
    if (m_table->currentIndex().isValid())
        m_table->scrollTo(m_table->currentIndex());
    Q_EMIT filterChanged(text);
}

QModelIndex SegmentListPanel::rowOf(const QString &id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? QModelIndex()
                   : m_proxy->mapFromSource(m_icons->mapFromSource(m_model->index(row, 0)));
}

void SegmentListPanel::showOpenSegment()
{
    const QScopedValueRollback quiet(m_quiet, true);
    const QModelIndex index = rowOf(m_openId);
    if (index.isValid()) {
        // Explicitly alone: setCurrentIndex() would read the keyboard's modifiers, and a Ctrl
        // still down from the shortcut that made the segment would add it to the selection.
        if (m_table->currentIndex().row() != index.row()
            || !m_table->selectionModel()->isRowSelected(index.row(), {}))
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_table->selectionModel()->clearSelection();
        m_table->selectionModel()->clearCurrentIndex();
    }
    const int modelRow = m_model->rowOf(m_openId);
    const bool hidden = !index.isValid() && modelRow >= 0;
    if (hidden)
        m_hiddenNote->setText(tr("The open segment, \"%1\", is hidden by the filter.")
                                  .arg(m_model->segments().at(modelRow).name));
    m_hiddenNote->setVisible(hidden);
}

void SegmentListPanel::selectSegment(const QString &id)
{
    const QString target = id.isEmpty()
        ? m_proxy->index(0, 0).data(SegmentTableModel::SegmentIdRole).toString()
        : id;
    if (m_model->rowOf(target) < 0)
        return; // not (or no longer) in this account
    const bool changed = target != m_openId;
    m_openId = target;
    showOpenSegment();
    if (m_table->currentIndex().isValid())
        m_table->scrollTo(m_table->currentIndex());
    if (changed)
        Q_EMIT currentChanged(target);
}

QList<SegmentSummary> SegmentListPanel::selectedSegments() const
{
    QList<QModelIndex> rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<SegmentSummary> selected;
    for (const QModelIndex &index : std::as_const(rows))
        selected << m_model->segments().at(m_icons->mapToSource(m_proxy->mapToSource(index)).row());
    return selected;
}

QStringList SegmentListPanel::namesExcept(const QString &id) const
{
    QStringList names;
    for (const SegmentSummary &s : m_model->segments()) {
        if (s.id != id)
            names.append(s.name);
    }
    return names;
}

void SegmentListPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void SegmentListPanel::showContextMenu(const QPoint &pos)
{
    QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        index = m_table->currentIndex(); // the menu key, or a click below the rows
    const QString id = index.data(SegmentTableModel::SegmentIdRole).toString();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("segmentContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    if (selected > 1 && m_table->selectionModel()->isRowSelected(index.row(), {})) {
        menu->addAction(Icons::action("duplicate"),
                        tr("D&uplicate %n segment(s)…", nullptr, selected), this,
                        &SegmentListPanel::duplicateSelectedRequested)
            ->setEnabled(isListenedTo(&SegmentListPanel::duplicateSelectedRequested));
        menu->addAction(Icons::action("delete"), tr("&Delete %n segment(s)…", nullptr, selected),
                        this, &SegmentListPanel::deleteSelectedRequested)
            ->setEnabled(isListenedTo(&SegmentListPanel::deleteSelectedRequested));
        menu->addSeparator();
    } else if (!id.isEmpty()) {
        menu->addAction(tr("&Open"), this, [this, id] { selectSegment(id); });
        menu->addAction(Icons::action("duplicate"), tr("D&uplicate…"), this,
                        [this, id] { Q_EMIT duplicateRequested(id); })
            ->setEnabled(isListenedTo(&SegmentListPanel::duplicateRequested));
        menu->addAction(Icons::action("delete"), tr("&Delete…"), this,
                        [this, id] { Q_EMIT deleteRequested(id); })
            ->setEnabled(isListenedTo(&SegmentListPanel::deleteRequested));
        menu->addAction(Icons::action("copy"), tr("&Copy segment id"), this, [this, id] {
            QGuiApplication::clipboard()->setText(id);
            Q_EMIT idCopied(id);
        });
        menu->addSeparator();
    }
    menu->addAction(Icons::action("refresh"), tr("&Refresh list"), this,
                    &SegmentListPanel::refreshRequested);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}
