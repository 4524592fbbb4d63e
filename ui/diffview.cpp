// SPDX-License-Identifier: MIT
#include "diffview.h"

#include "diffpane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_olderTitle(new QLabel)
    , m_newerTitle(new QLabel)
    , m_olderName(new QLabel)
    , m_newerName(new QLabel)
    , m_olderQuery(new DiffPane)
    , m_newerQuery(new DiffPane)
{
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_olderName->setObjectName(QStringLiteral("olderName"));
    m_newerName->setObjectName(QStringLiteral("newerName"));
    m_olderQuery->setObjectName(QStringLiteral("olderQuery"));
    m_newerQuery->setObjectName(QStringLiteral("newerQuery"));
    m_olderQuery->setAccessibleName(tr("Older query"));
    m_newerQuery->setAccessibleName(tr("Newer query"));
    auto *columns = new QHBoxLayout;
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(column(m_olderTitle, m_olderName, m_olderQuery));
    columns->addWidget(column(m_newerTitle, m_newerName, m_newerQuery));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(columns, 1);
    clear();
}

QWidget *DiffView::column(QLabel *title, QLabel *name, DiffPane *query)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    name->setTextFormat(Qt::RichText);
    name->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(name);
    layout->addWidget(query, 1);
    return box;
}

// A removal followed by the addition that replaces it is one change.
int DiffView::changeCount(const QueryDiff &diff)
{
    using Kind = QueryDiff::Run::Kind;
    int count = 0;
    Kind previous = Kind::Same;
    for (const QueryDiff::Run &run : diff.runs()) {
        if (run.kind != Kind::Same && !(run.kind == Kind::Added && previous == Kind::Removed))
            ++count;
        previous = run.kind;
    }
    return count;
}

void DiffView::compare(const Side &older, const Side &newer)
{
    const QueryDiff diff = QueryDiff::compare(older.queryDsl, newer.queryDsl);
    m_olderTitle->setText(older.title);
    m_newerTitle->setText(newer.title);
    // The old name is struck through on the left, the new one marked on the right.
    const bool renamed = older.name != newer.name;
    using Kind = QueryDiff::Run::Kind;
    m_olderName->setText(markedHtml(older.name, renamed ? Kind::Removed : Kind::Same));
    m_newerName->setText(markedHtml(newer.name, renamed ? Kind::Added : Kind::Same));
    m_olderQuery->showOld(diff, older.queryDsl);
    m_newerQuery->showNew(diff, newer.queryDsl);
    const int changes = changeCount(diff);
    QStringList what;
    if (renamed)
        what << tr("renamed");
    if (changes > 0)
        what << tr("%n change(s) in the query", nullptr, changes);
    m_summary->setText(what.isEmpty() ? tr("No differences.") : what.join(QStringLiteral(", ")));
    setEnabled(true);
}

void DiffView::clear()
{
    m_summary->setText(tr("Select a version to see what it changed, or two to compare them."));
    for (QLabel *label : {m_olderTitle, m_newerTitle, m_olderName, m_newerName})
        label->clear();
    m_olderQuery->clear();
    m_newerQuery->clear();
}

QString DiffView::summary() const
{
    return m_summary->text();
}
