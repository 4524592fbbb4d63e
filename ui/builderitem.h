// SPDX-License-Identifier: MIT
#pragma once

#include "query/builderfields.h"
#include "query/buildernode.h"

#include <QFrame>
#include <QHash>

#include <optional>

class Clock;
class QMimeData;

/// What the builder's widgets need to draw a node: the fields to offer, the lists by name, and
/// the clock a new date condition starts on.
struct BuilderContext
{
    QList<BuilderFields::Field> fields;
    QHash<QString, QString> listNames; ///< id → name
    const Clock *clock = nullptr; ///< never null once a BuilderView made the context
};

/// What a person asked the builder to do, at `path`; BuilderView turns it into a model edit.
struct BuilderEdit
{
    enum class Kind {
        Remove,
        Duplicate,
        MoveUp,
        MoveDown,
        SetCondition,
        SetGroup,
        SetLocked,
        AddCondition,
        AddGroup,
        MoveTo ///< dropped after a drag: to child `index` of `parent`, counted before the move
    };
    Kind kind = Kind::Remove;
    BuilderPath path;
    BuilderCondition condition; ///< SetCondition
    BuilderNode::Junction junction = BuilderNode::Junction::And; ///< SetGroup
    bool negated = false; ///< SetGroup
    QString sql; ///< SetLocked
    BuilderPath parent; ///< MoveTo
    int index = 0; ///< MoveTo
};

/// One drawn node (a group, a condition row or a locked piece). Items are kept and updated in
/// place while the tree keeps its shape, so typing in one of them never loses focus when the
/// SQL is re-read; every request, its own or its children's, leaves through requested().
class BuilderItem : public QFrame
{
    Q_OBJECT

public:
    explicit BuilderItem(QWidget *parent = nullptr);

    const BuilderPath &path() const { return m_path; }
    virtual BuilderNode::Kind kind() const = 0;
    /// Shows `node` (of kind()) found at `path`.
    virtual void display(const BuilderPath &path, const BuilderNode &node,
                         const BuilderContext &context)
        = 0;
    /// The widget to focus after the item moved or appeared.
    virtual QWidget *focusTarget() = 0;
    /// Where the item sits among its siblings: the first cannot move up, the last not down.
    virtual void setPosition(bool first, bool last) = 0;
    /// Puts the item's editors after `previous` in the tab order, in the order they are drawn
    /// (items made later would otherwise come after their group's buttons). Returns the last.
    virtual QWidget *chainTabs(QWidget *previous) = 0;

    /// The draw (BuilderDrawSlice::generation) that last showed its node, whole.
    int drawnIn() const { return m_drawnIn; }
    void setDrawnIn(int generation) { m_drawnIn = generation; }

    /// Chains the widgets of `container` that take Tab focus, in the order they were made.
    static QWidget *chainChildren(QWidget *previous, QWidget *container);

    /// The drag of an item carries its path under this private MIME type.
    static QString mimeType();
    static QMimeData *mimeFor(const BuilderPath &path);
    /// The path a drag carries, or nothing for another application's drag.
    static std::optional<BuilderPath> pathIn(const QMimeData *mime);

Q_SIGNALS:
    void requested(const BuilderEdit &edit);

protected:
    void request(BuilderEdit::Kind kind);
    void setPath(const BuilderPath &path) { m_path = path; }
    /// A "⋮⋮" handle that drags this item to another place (the mouse's way of moving it).
    QWidget *makeDragHandle();
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startDrag();

    BuilderPath m_path;
    QWidget *m_handle = nullptr;
    QPoint m_pressedAt;
    int m_drawnIn = 0;
};
