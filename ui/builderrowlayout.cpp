// SPDX-License-Identifier: MIT
#include "builderrowlayout.h"

#include <QWidget>

BuilderRowLayout::BuilderRowLayout(QWidget *parent)
    : QLayout(parent)
{
    setSpacing(6); // a layout of our own has no spacing from the style
}

BuilderRowLayout::~BuilderRowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void BuilderRowLayout::addWidget(QWidget *widget, Role role)
{
    addChildWidget(widget);
    m_entries.append({new QWidgetItem(widget), role});
    invalidate();
}

void BuilderRowLayout::addItem(QLayoutItem *item)
{
    m_entries.append({item, Role::Lead});
}

QLayoutItem *BuilderRowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_entries.size() ? m_entries[index].item : nullptr;
}

QLayoutItem *BuilderRowLayout::takeAt(int index)
{
    return index >= 0 && index < m_entries.size() ? m_entries.takeAt(index).item : nullptr;
}

int BuilderRowLayout::count() const
{
    return int(m_entries.size());
}

int BuilderRowLayout::width(Role role, bool minimum) const
{
    int sum = 0;
    int items = 0;
    for (const Entry &e : m_entries) {
        if (e.role != role || e.item->isEmpty())
            continue;
        sum += minimum ? e.item->minimumSize().width() : e.item->sizeHint().width();
        ++items;
    }
    return sum + std::max(0, items - 1) * spacing();
}

int BuilderRowLayout::lineHeight(Role role) const
{
    int height = 0;
    for (const Entry &e : m_entries)
        if (e.role == role && !e.item->isEmpty())
            height = std::max(height, e.item->sizeHint().height());
    return height;
}

int BuilderRowLayout::indent() const
{
    for (const Entry &e : m_entries)
        if (e.role == Role::Lead && !e.item->isEmpty())
            return e.item->sizeHint().width() + spacing();
    return 0;
}

bool BuilderRowLayout::fitsOneLine(int innerWidth) const
{
    return width(Role::Lead) + width(Role::Values, true) + width(Role::Buttons) + 2 * spacing()
        <= innerWidth;
}

QSize BuilderRowLayout::sizeHint() const
{
    const QMargins m = contentsMargins();
    const int line
        = std::max({lineHeight(Role::Lead), lineHeight(Role::Values), lineHeight(Role::Buttons)});
    return {width(Role::Lead) + width(Role::Values) + width(Role::Buttons) + 2 * spacing()
                + m.left() + m.right(),
            line + m.top() + m.bottom()};
}

// As narrow as two lines allow: the lead and the buttons, or the values under them.
QSize BuilderRowLayout::minimumSize() const
{
    const QMargins m = contentsMargins();
    const int first = width(Role::Lead) + spacing() + width(Role::Buttons);
    const int second = indent() + width(Role::Values, true);
    return {std::max(first, second) + m.left() + m.right(),
            std::max(lineHeight(Role::Lead), lineHeight(Role::Buttons)) + m.top() + m.bottom()};
}

int BuilderRowLayout::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    const int first = std::max(lineHeight(Role::Lead), lineHeight(Role::Buttons));
    if (fitsOneLine(width - m.left() - m.right()))
        return std::max(first, lineHeight(Role::Values)) + m.top() + m.bottom();
    return first + spacing() + lineHeight(Role::Values) + m.top() + m.bottom();
}

void BuilderRowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    const QRect inner = rect.marginsRemoved(contentsMargins());
    m_below = !fitsOneLine(inner.width());
    const int buttons = width(Role::Buttons);
    const int first
        = m_below ? std::max(lineHeight(Role::Lead), lineHeight(Role::Buttons)) : inner.height();
    const int leadEnd = place(Role::Lead, inner.left(), inner.top(), first);
    place(Role::Buttons, inner.right() + 1 - buttons, inner.top(), first);
    if (!m_below) {
        const int x = leadEnd + spacing();
        place(Role::Values, x, inner.top(), first, inner.right() + 1 - buttons - spacing() - x);
        return;
    }
    const int x = inner.left() + indent();
    const int y = inner.top() + first + spacing();
    place(Role::Values, x, y, inner.bottom() + 1 - y, inner.right() + 1 - x);
}

int BuilderRowLayout::place(Role role, int x, int y, int height, int valuesWidth)
{
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.role != role || e.item->isEmpty())
            continue;
        const QSize hint = e.item->sizeHint();
        const int w = valuesWidth >= 0 ? valuesWidth : hint.width();
        const int h = std::min(height, std::max(hint.height(), e.item->minimumSize().height()));
        e.item->setGeometry(QRect(x, y + (height - h) / 2, w, h));
        x += w + spacing();
    }
    return x - spacing();
}
