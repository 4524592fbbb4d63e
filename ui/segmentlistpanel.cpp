// SPDX-License-Identifier: MIT
#include "segmentlistpanel.h"

#include "models/segmenttablemodel.h"
#include "statusiconproxy.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

SegmentListPanel::SegmentListPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new SegmentTableModel(this))
    , m_icons(new StatusIconProxy(SegmentTableModel::Status, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_table(new QTableView)
    , m_pages(new QStackedWidget)
    , m_message(new QLabel)
    , m_retry(new QPushButton(tr("Retry")))
{
    m_icons->setSourceModel(m_model);
    m_proxy->setSourceModel(m_icons);
    m_proxy->setSortRole(SegmentTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(SegmentTableModel::Name);
    m_search->setPlaceholderText(tr("Filter segments (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter segments"));
    m_search->setObjectName(QStringLiteral("segmentFilter"));
    m_table->setObjectName(QStringLiteral("segmentTable"));
    m_table->setAccessibleName(tr("Segments"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SegmentTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(SegmentTableModel::Name,
                                                      QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("listMessage"));
    m_retry->setObjectName(QStringLiteral("retry"));
    auto *statePage = new QWidget;
    auto *stateLayout = new QVBoxLayout(statePage);
    stateLayout->addStretch();
    stateLayout->addWidget(m_message);
    stateLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    stateLayout->addStretch();
    m_pages->addWidget(m_table);
    m_pages->addWidget(statePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_pages, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        showTableOrEmpty();
    });
    connect(m_retry, &QPushButton::clicked, this, &SegmentListPanel::retryRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString id = currentSegmentId();
        if (id != m_announcedId) {
            m_announcedId = id;
            Q_EMIT currentChanged(id);
        }
    });
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
    const QString selected = currentSegmentId();
    m_model->setSegments(std::move(segments), std::move(listNames));
    showTableOrEmpty();
    selectSegment(selected);
}

void SegmentListPanel::clear()
{
    m_model->setSegments({}, {});
    m_announcedId.clear();
}

void SegmentListPanel::setListNames(QHash<QString, QString> listNames)
{
    m_model->setListNames(std::move(listNames));
}

void SegmentListPanel::updateSegment(const SegmentSummary &segment)
{
    m_model->updateSegment(segment);
}

QString SegmentListPanel::currentSegmentId() const
{
    return m_table->currentIndex().data(SegmentTableModel::SegmentIdRole).toString();
}

void SegmentListPanel::selectSegment(const QString &id)
{
    // An empty id selects the first row as shown (sorted and filtered).
    const QModelIndex index = id.isEmpty()
        ? m_proxy->index(0, 0)
        : m_proxy->mapFromSource(m_icons->mapFromSource(m_model->index(m_model->rowOf(id), 0)));
    if (index.isValid())
        m_table->setCurrentIndex(index);
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
