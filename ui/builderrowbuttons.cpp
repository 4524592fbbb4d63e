// SPDX-License-Identifier: MIT
#include "builderrowbuttons.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QToolButton>

BuilderRowButtons::BuilderRowButtons(const QString &what, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_up = addButton(QStringLiteral("↑"), tr("Move %1 up (Ctrl+Up)").arg(what),
                     BuilderEdit::Kind::MoveUp);
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down = addButton(QStringLiteral("↓"), tr("Move %1 down (Ctrl+Down)").arg(what),
                       BuilderEdit::Kind::MoveDown);
    m_down->setObjectName(QStringLiteral("moveDown"));
    QToolButton *copy
        = addButton(tr("Copy"), tr("Duplicate %1").arg(what), BuilderEdit::Kind::Duplicate);
    copy->setObjectName(QStringLiteral("duplicate"));
    // An icon, not the word: "Duplizieren" took a German row 80 px wider than its pane.
    copy->setIcon(Icons::action("duplicate"));
    addButton(QStringLiteral("✕"), tr("Remove %1 (Delete)").arg(what), BuilderEdit::Kind::Remove)
        ->setObjectName(QStringLiteral("remove"));
}

QToolButton *BuilderRowButtons::addButton(const QString &text, const QString &name,
                                          BuilderEdit::Kind kind)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setToolTip(name);
    button->setAccessibleName(name);
    button->setAutoRaise(true);
    connect(button, &QToolButton::clicked, this, [this, kind] { Q_EMIT requested(kind); });
    layout()->addWidget(button);
    return button;
}

void BuilderRowButtons::setPosition(bool first, bool last)
{
    m_up->setEnabled(!first);
    m_down->setEnabled(!last);
}
