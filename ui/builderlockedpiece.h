// SPDX-License-Identifier: MIT
#pragma once

#include "builderitem.h"

#include <QTimer>

class BuilderRowButtons;
class QLabel;
class QPlainTextEdit;

/// A part of the query the builder cannot draw, shown and kept verbatim. It can still be
/// edited as text: a pause in typing replaces the piece (when it is one condition that parses;
/// otherwise the builder's banner says why and the piece stays as it was).
class BuilderLockedPiece : public BuilderItem
{
    Q_OBJECT

public:
    explicit BuilderLockedPiece(QWidget *parent = nullptr);

    BuilderNode::Kind kind() const override { return BuilderNode::Kind::Locked; }
    void display(const BuilderPath &path, const BuilderNode &node,
                 const BuilderContext &context) override;
    QWidget *focusTarget() override;
    void setPosition(bool first, bool last) override;
    QWidget *chainTabs(QWidget *previous) override;

private:
    void setUpText();
    void fitHeight();
    void send();

    QLabel *m_label;
    QPlainTextEdit *m_text;
    BuilderRowButtons *m_buttons;
    QTimer m_pause;
    QString m_sql;
};
