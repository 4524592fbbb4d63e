// SPDX-License-Identifier: MIT
#include "builderview.h"

#include "builderdefaults.h"
#include "builderdrawslice.h"
#include "buildergroupwidget.h"
#include "builderkeyfilter.h"
#include "builderlabels.h"
#include "query/buildermodel.h"
#include "themecolours.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

BuilderView::BuilderView(BuilderModel *model, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_banner(new QLabel)
    , m_scroll(new QScrollArea)
    , m_root(new BuilderGroupWidget(true))
    , m_statement(new QLabel)
    , m_keys(new BuilderKeyFilter(this))
    , m_context {{}, {}, clock}
{
    setObjectName(QStringLiteral("builder"));
    setAccessibleName(tr("Visual builder"));
    setUpBanner();
    setUpConditions();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Under the rows, not over them: a problem that appears while a row is typed in takes its
    // room from the bottom of the pane, and the row stays where it is (#19 §4).
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_banner);
    connect(m_root, &BuilderItem::requested, this, &BuilderView::apply);
    connect(m_keys, &BuilderKeyFilter::requested, this, &BuilderView::apply);
    connect(m_keys, &BuilderKeyFilter::undoRequested, this, &BuilderView::undoRequested);
    connect(m_keys, &BuilderKeyFilter::redoRequested, this, &BuilderView::redoRequested);
    connect(m_model, &BuilderModel::nodeChanged, this,
            [this](const BuilderPath &path) { m_changed = path; });
    connect(m_model, &BuilderModel::changed, this, &BuilderView::refresh);
    m_nextSlice.setSingleShot(true);
    m_nextSlice.setInterval(0);
    connect(&m_nextSlice, &QTimer::timeout, this, [this] { drawSlice(SliceNs); });
    refresh();
}

// A problem with the query as the builder reads it, shown under the rows.
void BuilderView::setUpBanner()
{
    m_banner->setObjectName(QStringLiteral("builderProblem"));
    m_banner->setAccessibleName(tr("Builder problem"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(
        QStringLiteral("#builderProblem { background: %1; border: 1px solid %2; padding: 4px; }")
            .arg(ThemeColours::bannerBackground(palette()).name(),
                 ThemeColours::bannerBorder(palette()).name()));
    m_banner->hide();
}

// The statement's parts kept as written, the conditions' rows under them, all scrolling.
void BuilderView::setUpConditions()
{
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    // The statement's own parts the builder cannot draw (a JOIN, GROUP BY): shown, never
    // hidden, as the conditions below may depend on them.
    m_statement->setObjectName(QStringLiteral("builderStatement"));
    m_statement->setAccessibleName(tr("Statement kept as written"));
    m_statement->setTextFormat(Qt::PlainText);
    m_statement->setWordWrap(true);
    m_statement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statement->setFrameShape(QFrame::StyledPanel);
    m_statement->hide();
    pageLayout->addWidget(m_statement);
    pageLayout->addWidget(m_root);
    pageLayout->addStretch();
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Conditions"));
}

void BuilderView::setFields(const QList<BuilderFields::Field> &fields)
{
    m_context.fields = fields;
    refresh();
}

void BuilderView::setListNames(const QHash<QString, QString> &names)
{
    m_context.listNames = names;
    refresh();
}

void BuilderView::setProblem(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

QString BuilderView::problem() const
{
    return m_banner->text();
}

void BuilderView::setEditable(bool editable)
{
    m_root->setEnabled(editable);
}

BuilderItem *BuilderView::itemAt(const BuilderPath &path)
{
    if (m_nextSlice.isActive())
        drawSlice(); // who asks for an item gets the whole tree
    return m_stale ? nullptr : m_root->itemAt(path);
}

void BuilderView::refresh()
{
    const bool hidden = !isVisible();
    if (!hidden && !m_stale && drawChangedItem())
        return;
    m_changed.reset();
    m_stale = hidden;
    if (!m_stale)
        draw();
}

bool BuilderView::drawChangedItem()
{
    const std::optional<BuilderPath> path = std::exchange(m_changed, std::nullopt);
    const BuilderNode *node = path ? m_model->node(*path) : nullptr;
    BuilderItem *item = path ? itemAt(*path) : nullptr;
    if (!node || node->isGroup() || !item || item->kind() != node->kind)
        return false;
    item->display(*path, *node, m_context);
    m_root->chainTabs(nullptr); // the row may have new value editors
    giveKeys(item);
    return true;
}

void BuilderView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        draw();
    m_stale = false;
}

// Shows the model in the items already drawn: the first slice at once, the rest between turns
// of the event loop; then gives every new editor the builder's keys.
void BuilderView::draw()
{
    QStringList kept;
    for (const auto &piece : {m_model->query().head, m_model->query().tail})
        if (piece)
            kept << tr("Kept as written (%1):\n%2")
                        .arg(BuilderLabels::lockReason(piece->reason), piece->sql);
    m_statement->setText(kept.join(u'\n'));
    m_statement->setVisible(!kept.isEmpty());
    m_generation = BuilderDrawSlice::newGeneration();
    drawSlice(FirstSliceNs);
}

void BuilderView::drawSlice(qint64 budgetNs)
{
    m_nextSlice.stop();
    const BuilderDrawSlice slice(m_generation, budgetNs);
    if (!m_root->display({}, m_model->root(), m_context, slice))
        return m_nextSlice.start();
    m_root->chainTabs(nullptr);
    giveKeys(m_root);
}

void BuilderView::giveKeys(QWidget *widget)
{
    const QList<QWidget *> widgets = widget->findChildren<QWidget *>();
    for (QWidget *w : widgets)
        if (w->window() == window()) // not the lists that combos pop up
            w->installEventFilter(m_keys);
}

void BuilderView::apply(const BuilderEdit &edit)
{
    const Result<BuilderPath> done = applyToModel(edit);
    if (!done.isOk()) {
        setProblem(done.error());
        return;
    }
    switch (edit.kind) {
    case BuilderEdit::Kind::Remove:
        return focusAfterRemoving(edit.path);
    case BuilderEdit::Kind::SetCondition:
    case BuilderEdit::Kind::SetGroup:
    case BuilderEdit::Kind::SetLocked:
        return; // the focus stays where the person is
    default:
        return focusItem(done.value());
    }
}

// The model edit for `edit`, and where the node it is about is afterwards.
Result<BuilderPath> BuilderView::applyToModel(const BuilderEdit &edit)
{
    using K = BuilderEdit::Kind;
    const auto at = [&edit](const auto &result) {
        return result.isOk() ? Result<BuilderPath>::success(edit.path)
                             : Result<BuilderPath>::failure(result.error());
    };
    const BuilderNode *group = m_model->node(edit.path);
    const int end = group ? int(group->children.size()) : 0;
    switch (edit.kind) {
    case K::Remove:
        return at(m_model->remove(edit.path));
    case K::Duplicate:
        return m_model->duplicate(edit.path);
    case K::MoveUp:
        return move(edit.path, -1);
    case K::MoveDown:
        return move(edit.path, +1);
    case K::MoveTo:
        return moveTo(edit.path, edit.parent, edit.index);
    case K::SetCondition:
        return at(m_model->setCondition(edit.path, edit.condition));
    case K::SetGroup:
        return at(m_model->setGroup(edit.path, edit.junction, edit.negated));
    case K::SetLocked:
        return at(m_model->replace(edit.path, BuilderNode::fromLocked({edit.sql, -1, -1})));
    case K::AddCondition:
        return m_model->insert(
            edit.path, end, BuilderNode::fromCondition(BuilderDefaults::newCondition(m_context)));
    case K::AddGroup:
        break;
    }
    return m_model->insert(
        edit.path, end,
        BuilderNode::group(BuilderNode::Junction::And,
                           {BuilderNode::fromCondition(BuilderDefaults::newCondition(m_context))}));
}

// One place up or down within its group; the model counts the index before the move.
Result<BuilderPath> BuilderView::move(const BuilderPath &path, int by)
{
    if (path.isEmpty())
        return Result<BuilderPath>::failure(tr("The outermost group cannot move"));
    const BuilderPath parent = path.first(path.size() - 1);
    const int index = path.last();
    const int siblings = int(m_model->node(parent)->children.size());
    if (index + by < 0 || index + by >= siblings)
        return Result<BuilderPath>::success(path); // already first or last: nothing to do
    return moveTo(path, parent, by < 0 ? index - 1 : index + 2);
}

Result<BuilderPath> BuilderView::moveTo(const BuilderPath &path, const BuilderPath &parent,
                                        int index)
{
    const Result<BuilderModel::Moved> moved = m_model->move(path, parent, index);
    if (!moved.isOk())
        return Result<BuilderPath>::failure(moved.error());
    return Result<BuilderPath>::success(moved.value().path);
}

void BuilderView::focusAfterRemoving(const BuilderPath &path)
{
    BuilderPath next = path;
    const BuilderPath parent = path.first(path.size() - 1);
    const int siblings = int(m_model->node(parent)->children.size());
    if (siblings == 0)
        next = parent;
    else if (next.last() >= siblings)
        next.last() = siblings - 1;
    focusItem(next);
}

void BuilderView::focusItem(const BuilderPath &path)
{
    BuilderItem *item = itemAt(path);
    if (!item)
        return;
    if (QWidget *target = item->focusTarget())
        target->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(item);
}
