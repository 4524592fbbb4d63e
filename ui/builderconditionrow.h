// SPDX-License-Identifier: MIT
#pragma once

#include "builderitem.h"

class BuilderRowButtons;
class BuilderRowLayout;
class BuilderValueEditor;
class QComboBox;

/// One condition: its field (with the field's type), an operator fitting the type, the value
/// editor fitting both, and the row's buttons.
class BuilderConditionRow : public BuilderItem
{
    Q_OBJECT

public:
    explicit BuilderConditionRow(QWidget *parent = nullptr);

    BuilderNode::Kind kind() const override { return BuilderNode::Kind::Condition; }
    void display(const BuilderPath &path, const BuilderNode &node,
                 const BuilderContext &context) override;
    QWidget *focusTarget() override;
    void setPosition(bool first, bool last) override;
    QWidget *chainTabs(QWidget *previous) override;

private:
    void showFields();
    void showOperators();
    void showValues();
    void fieldChosen();
    void operatorChosen();
    void send(const BuilderCondition &condition);

    QComboBox *m_field;
    QComboBox *m_operator;
    BuilderRowLayout *m_layout;
    BuilderValueEditor *m_values = nullptr;
    BuilderRowButtons *m_buttons;
    BuilderCondition m_condition;
    BuilderContext m_context;
    QString m_valueShape;
    bool m_updating = false;
};
