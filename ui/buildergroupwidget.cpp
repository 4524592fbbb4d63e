// SPDX-License-Identifier: MIT
#include "buildergroupwidget.h"

#include "builderconditionrow.h"
#include "builderdrawslice.h"
#include "builderjunctionbutton.h"
#include "builderlockedpiece.h"
#include "builderrowbuttons.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

using J = BuilderNode::Junction;

BuilderItem *newItem(BuilderNode::Kind kind)
{
    switch (kind) {
    case BuilderNode::Kind::Condition:
        return new BuilderConditionRow;
    case BuilderNode::Kind::Locked:
        return new BuilderLockedPiece;
    case BuilderNode::Kind::Group:
        break;
    }
    return new BuilderGroupWidget(false);
}

/// Takes `item` out of the tree at once; deletes it later, as it may be the sender of the edit
/// that removed it.
void retire(BuilderItem *item)
{
    item->hide();
    item->setParent(nullptr);
    item->deleteLater();
}

} // namespace

BuilderGroupWidget::BuilderGroupWidget(bool root, QWidget *parent)
    : BuilderItem(parent)
    , m_and(new BuilderJunctionButton)
    , m_or(new BuilderJunctionButton)
    , m_not(new QCheckBox(tr("NOT")))
    , m_children(new QVBoxLayout)
    , m_addCondition(new QPushButton(tr("Add condition")))
    , m_addGroup(new QPushButton(tr("Add group")))
    , m_dropLine(new QFrame(this))
{
    setObjectName(root ? QStringLiteral("rootGroup") : QStringLiteral("group"));
    setAccessibleName(root ? tr("All conditions") : tr("Group"));
    setFocusPolicy(Qt::ClickFocus);
    setAcceptDrops(true);
    m_dropLine->setObjectName(QStringLiteral("dropLine"));
    m_dropLine->setAutoFillBackground(true);
    m_dropLine->setBackgroundRole(QPalette::Highlight);
    m_dropLine->hide();
    if (!root) {
        setFrameShape(QFrame::StyledPanel);
        m_buttons = new BuilderRowButtons(tr("group"));
        connect(m_buttons, &BuilderRowButtons::requested, this, &BuilderGroupWidget::request);
    }
    m_children->setContentsMargins(root ? 0 : 16, 0, 0, 0);
    m_children->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(root ? 0 : 6, root ? 0 : 4, root ? 0 : 4, root ? 0 : 6);
    layout->addLayout(buildHeader(root));
    layout->addLayout(m_children);
    layout->addLayout(buildAdds(root));
}

// "Add condition" and "Add group", indented as the group's rows are.
QLayout *BuilderGroupWidget::buildAdds(bool root)
{
    m_addCondition->setObjectName(QStringLiteral("addCondition"));
    m_addCondition->setAccessibleName(tr("Add condition to this group"));
    m_addGroup->setObjectName(QStringLiteral("addGroup"));
    m_addGroup->setAccessibleName(tr("Add group to this group"));
    auto *adds = new QHBoxLayout;
    adds->setContentsMargins(root ? 0 : 16, 0, 0, 0);
    adds->addWidget(m_addCondition);
    adds->addWidget(m_addGroup);
    adds->addStretch();
    connect(m_addCondition, &QPushButton::clicked, this,
            [this] { request(BuilderEdit::Kind::AddCondition); });
    connect(m_addGroup, &QPushButton::clicked, this,
            [this] { request(BuilderEdit::Kind::AddGroup); });
    return adds;
}

QLayout *BuilderGroupWidget::buildHeader(bool root)
{
    m_and->setObjectName(QStringLiteral("and"));
    m_and->setText(tr("ALL (AND)"));
    m_and->setAccessibleName(tr("Match all conditions (AND)"));
    m_or->setObjectName(QStringLiteral("or"));
    m_or->setText(tr("ANY (OR)"));
    m_or->setAccessibleName(tr("Match any condition (OR)"));
    auto *junction = new QButtonGroup(this);
    junction->addButton(m_and);
    junction->addButton(m_or);
    m_and->setChecked(true);
    m_not->setObjectName(QStringLiteral("not"));
    m_not->setAccessibleName(tr("Negate this group (NOT)"));
    connect(m_and, &QToolButton::clicked, this, [this] { sendGroup(J::And, m_negated); });
    connect(m_or, &QToolButton::clicked, this, [this] { sendGroup(J::Or, m_negated); });
    connect(m_not, &QCheckBox::clicked, this,
            [this](bool checked) { sendGroup(m_junction, checked); });
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    if (!root)
        header->addWidget(makeDragHandle());
    header->addWidget(m_not);
    header->addWidget(m_and);
    header->addWidget(m_or);
    header->addStretch();
    if (!root)
        header->addWidget(m_buttons);
    return header;
}

void BuilderGroupWidget::display(const BuilderPath &path, const BuilderNode &node,
                                 const BuilderContext &context)
{
    display(path, node, context, BuilderDrawSlice(BuilderDrawSlice::newGeneration()));
}

bool BuilderGroupWidget::display(const BuilderPath &path, const BuilderNode &node,
                                 const BuilderContext &context, const BuilderDrawSlice &slice)
{
    setPath(path);
    m_junction = node.junction;
    m_negated = node.negated;
    (node.junction == J::And ? m_and : m_or)->setChecked(true);
    m_not->setChecked(node.negated);
    for (int i = 0; i < node.children.size(); ++i) {
        if (i < m_items.size() && m_items[i]->drawnIn() == slice.generation())
            continue; // an earlier slice of this draw showed it
        if (slice.spent() || !showChild(i, node.children[i], context, slice))
            return false;
    }
    while (m_items.size() > node.children.size()) {
        retire(m_items.takeLast());
    }
    for (int i = 0; i < m_items.size(); ++i)
        m_items[i]->setPosition(i == 0, i == m_items.size() - 1);
    setDrawnIn(slice.generation());
    return true;
}

// Keeps the item in place when it shows the same kind of node, so that its editors keep focus.
bool BuilderGroupWidget::showChild(int index, const BuilderNode &node,
                                   const BuilderContext &context, const BuilderDrawSlice &slice)
{
    if (index < m_items.size() && m_items[index]->kind() != node.kind) {
        retire(m_items.takeAt(index));
    }
    if (index >= m_items.size() || m_items[index]->kind() != node.kind) {
        BuilderItem *item = newItem(node.kind);
        connect(item, &BuilderItem::requested, this, &BuilderItem::requested);
        m_items.insert(index, item);
        m_children->insertWidget(index, item);
    }
    BuilderPath childPath = path();
    childPath.append(index);
    BuilderItem *item = m_items[index];
    if (auto *group = qobject_cast<BuilderGroupWidget *>(item))
        return group->display(childPath, node, context, slice);
    item->display(childPath, node, context);
    item->setDrawnIn(slice.generation());
    return true;
}

BuilderItem *BuilderGroupWidget::itemAt(const BuilderPath &path)
{
    if (path.isEmpty())
        return this;
    BuilderItem *child = m_items.value(path.first());
    if (!child || path.size() == 1)
        return child;
    auto *group = qobject_cast<BuilderGroupWidget *>(child);
    return group ? group->itemAt(path.mid(1)) : nullptr;
}

void BuilderGroupWidget::sendGroup(BuilderNode::Junction junction, bool negated)
{
    BuilderEdit edit;
    edit.kind = BuilderEdit::Kind::SetGroup;
    edit.path = path();
    edit.junction = junction;
    edit.negated = negated;
    Q_EMIT requested(edit);
}

QWidget *BuilderGroupWidget::focusTarget()
{
    return m_and->isChecked() ? m_and : m_or;
}

void BuilderGroupWidget::setPosition(bool first, bool last)
{
    if (m_buttons)
        m_buttons->setPosition(first, last);
}

QWidget *BuilderGroupWidget::chainTabs(QWidget *previous)
{
    const auto next = [&previous](QWidget *w) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    };
    next(m_not);
    next(m_and);
    next(m_or);
    if (m_buttons)
        previous = chainChildren(previous, m_buttons);
    for (BuilderItem *item : std::as_const(m_items))
        previous = item->chainTabs(previous);
    next(m_addCondition);
    next(m_addGroup);
    return previous;
}

bool BuilderGroupWidget::takes(const BuilderPath &from) const
{
    const bool itself = path().size() >= from.size() && path().first(from.size()) == from;
    return isEnabled() && !itself; // into itself the model would refuse it too
}

std::optional<BuilderEdit> BuilderGroupWidget::dropEdit(const QMimeData *mime, QPoint pos) const
{
    const std::optional<BuilderPath> from = pathIn(mime);
    if (!from || !takes(*from))
        return std::nullopt;
    const int index = dropIndex(pos.y());
    const bool sameGroup = from->first(from->size() - 1) == path();
    if (sameGroup && (index == from->last() || index == from->last() + 1))
        return std::nullopt; // dropped where it is
    BuilderEdit edit;
    edit.kind = BuilderEdit::Kind::MoveTo;
    edit.path = *from;
    edit.parent = path();
    edit.index = index;
    return edit;
}

// Before the first row whose middle is below `y`, so a drop on a row's upper half goes above it.
int BuilderGroupWidget::dropIndex(int y) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (y < m_items[i]->geometry().center().y())
            return i;
    return int(m_items.size());
}

void BuilderGroupWidget::showDropLine(int index)
{
    int y = m_children->geometry().top();
    if (index < m_items.size())
        y = m_items[index]->geometry().top() - 1;
    else if (!m_items.isEmpty())
        y = m_items.last()->geometry().bottom() + 1;
    const QRect inside = m_children->geometry();
    m_dropLine->setGeometry(inside.left(), y - 1, inside.width(), 3);
    m_dropLine->raise();
    m_dropLine->show();
}

// Taken anywhere in the group, so that the drag stays with it while it passes the places that
// would move nothing; a group dragged over itself goes on to its parent.
void BuilderGroupWidget::dragEnterEvent(QDragEnterEvent *event)
{
    const std::optional<BuilderPath> from = pathIn(event->mimeData());
    if (!from || !takes(*from)) {
        event->ignore();
        return;
    }
    dragMoveEvent(event);
    event->accept();
}

void BuilderGroupWidget::dragMoveEvent(QDragMoveEvent *event)
{
    const std::optional<BuilderEdit> edit
        = dropEdit(event->mimeData(), event->position().toPoint());
    if (!edit) {
        m_dropLine->hide();
        event->ignore();
        return;
    }
    showDropLine(edit->index);
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void BuilderGroupWidget::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropLine->hide();
    event->accept();
}

void BuilderGroupWidget::dropEvent(QDropEvent *event)
{
    m_dropLine->hide();
    const std::optional<BuilderEdit> edit
        = dropEdit(event->mimeData(), event->position().toPoint());
    if (!edit) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    Q_EMIT requested(*edit);
}
