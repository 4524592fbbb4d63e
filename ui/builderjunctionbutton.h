// SPDX-License-Identifier: MIT
#pragma once

#include <QToolButton>

/// ALL (AND) or ANY (OR): a checkable button filled with the palette's highlight when chosen
/// and outlined when not. Fusion draws a checked tool button only a shade darker than an unchecked
/// one, which the dark palette made impossible to tell apart (#19 §5).
class BuilderJunctionButton : public QToolButton
{
    Q_OBJECT

public:
    explicit BuilderJunctionButton(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};
