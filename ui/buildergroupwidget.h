// SPDX-License-Identifier: MIT
#pragma once

#include "builderitem.h"

#include <optional>

class BuilderDrawSlice;
class BuilderRowButtons;
class QCheckBox;
class QPushButton;
class QToolButton;
class QVBoxLayout;

/// A group: ALL (AND) or ANY (OR) of its children, optionally negated, with buttons to add a
/// condition or a subgroup. The root group has no row buttons: it cannot move or go.
class BuilderGroupWidget : public BuilderItem
{
    Q_OBJECT

public:
    explicit BuilderGroupWidget(bool root, QWidget *parent = nullptr);

    BuilderNode::Kind kind() const override { return BuilderNode::Kind::Group; }
    void display(const BuilderPath &path, const BuilderNode &node,
                 const BuilderContext &context) override;
    /// Shows `node` as far as `slice` has time for; true when the whole group is shown.
    bool display(const BuilderPath &path, const BuilderNode &node, const BuilderContext &context,
                 const BuilderDrawSlice &slice);
    QWidget *focusTarget() override;
    void setPosition(bool first, bool last) override;
    QWidget *chainTabs(QWidget *previous) override;
    /// The drawn item at `path` below this group (this group for {}), or nullptr.
    BuilderItem *itemAt(const BuilderPath &path);

protected:
    // A row dragged by its handle drops between this group's rows (a group below takes the
    // drops over its own rows); the line shows where.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// The move a drop of `mime` at `pos` asks for; nothing when it would move nothing or
    /// put a group into itself.
    /// Whether the item at `from` may go into this group (not a group into itself).
    bool takes(const BuilderPath &from) const;
    std::optional<BuilderEdit> dropEdit(const QMimeData *mime, QPoint pos) const;
    int dropIndex(int y) const;
    void showDropLine(int index);
    QLayout *buildHeader(bool root);
    QLayout *buildAdds(bool root);
    bool showChild(int index, const BuilderNode &node, const BuilderContext &context,
                   const BuilderDrawSlice &slice);
    void sendGroup(BuilderNode::Junction junction, bool negated);

    QToolButton *m_and;
    QToolButton *m_or;
    QCheckBox *m_not;
    BuilderRowButtons *m_buttons = nullptr;
    QVBoxLayout *m_children;
    QPushButton *m_addCondition;
    QPushButton *m_addGroup;
    QFrame *m_dropLine;
    QList<BuilderItem *> m_items;
    BuilderNode::Junction m_junction = BuilderNode::Junction::And;
    bool m_negated = false;
};
