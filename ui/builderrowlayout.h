// SPDX-License-Identifier: MIT
#pragma once

#include <QLayout>

/// A condition row's layout: the lead (drag handle, field, operator) on the left, the row's
/// buttons on the right, and the value editor between them when the row is wide enough for all
/// three; otherwise the values go to a second line under the field, as wide as the row. A row
/// thus fits any pane at least as wide as its lead and buttons, and its buttons stay in view
/// (#19 §4: the email activity row was wider than the pane, hiding them).
class BuilderRowLayout : public QLayout
{
    Q_OBJECT

public:
    explicit BuilderRowLayout(QWidget *parent = nullptr);
    ~BuilderRowLayout() override;

    enum class Role { Lead, Values, Buttons };
    void addWidget(QWidget *widget, Role role);
    /// Whether the values sit on a line of their own at the current width.
    bool valuesBelow() const { return m_below; }

    void addItem(QLayoutItem *item) override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    int count() const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    void setGeometry(const QRect &rect) override;
    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }

private:
    struct Entry
    {
        QLayoutItem *item;
        Role role;
    };
    /// The sum of the items' widths in `role` (hints or minimums) with spacing between them.
    int width(Role role, bool minimum = false) const;
    int lineHeight(Role role) const;
    /// The indent of the second line: under the field, past the drag handle.
    int indent() const;
    bool fitsOneLine(int innerWidth) const;
    /// Places the items of `role` from x, each at its hint (the values: `valuesWidth`).
    int place(Role role, int x, int y, int height, int valuesWidth = -1);

    QList<Entry> m_entries;
    bool m_below = false;
};
