// SPDX-License-Identifier: MIT
#include "builderconditionrow.h"

#include "builderdefaults.h"
#include "builderlabels.h"
#include "builderrowbuttons.h"
#include "builderrowlayout.h"
#include "buildervalueeditor.h"

#include <QComboBox>

namespace {

using Op = BuilderOperator;

/// Characters of the longest operator label ("was not delivered an email"), in any language
/// close to English; longer translations are elided rather than widening every row.
constexpr int OperatorWidth = 24;

/// "within the last" is one menu entry; its unit (days, weeks, months) sits by the count.
Op menuOperator(Op op)
{
    return op == Op::WithinLastWeeks || op == Op::WithinLastMonths ? Op::WithinLastDays : op;
}

} // namespace

BuilderConditionRow::BuilderConditionRow(QWidget *parent)
    : BuilderItem(parent)
    , m_field(new QComboBox)
    , m_operator(new QComboBox)
    , m_layout(new BuilderRowLayout(this))
    , m_buttons(new BuilderRowButtons(tr("condition")))
{
    setObjectName(QStringLiteral("condition"));
    setAccessibleName(tr("Condition"));
    setFocusPolicy(Qt::ClickFocus); // Delete and Ctrl+Up/Down act on the clicked row
    m_field->setObjectName(QStringLiteral("field"));
    m_field->setAccessibleName(tr("Field"));
    // Sized once, when first shown, to the longest entry (every row alike, so the columns line
    // up); a size policy that follows every change costs each combo its popup up front, which
    // made drawing a 10 KB query twice as slow.
    m_operator->setObjectName(QStringLiteral("operator"));
    m_operator->setAccessibleName(tr("Operator"));
    m_operator->setMinimumContentsLength(OperatorWidth); // the operators of any type fit
    m_layout->setContentsMargins(4, 2, 2, 2);
    m_layout->addWidget(makeDragHandle(), BuilderRowLayout::Role::Lead);
    m_layout->addWidget(m_field, BuilderRowLayout::Role::Lead);
    m_layout->addWidget(m_operator, BuilderRowLayout::Role::Lead);
    m_layout->addWidget(m_buttons, BuilderRowLayout::Role::Buttons);
    connect(m_field, &QComboBox::activated, this, &BuilderConditionRow::fieldChosen);
    connect(m_operator, &QComboBox::activated, this, &BuilderConditionRow::operatorChosen);
    connect(m_buttons, &BuilderRowButtons::requested, this, &BuilderConditionRow::request);
}

void BuilderConditionRow::display(const BuilderPath &path, const BuilderNode &node,
                                  const BuilderContext &context)
{
    setPath(path);
    const bool fieldsChanged = m_context.fields.size() != context.fields.size()
        || m_context.listNames != context.listNames;
    const BuilderCondition old = m_condition;
    m_condition = node.condition;
    m_context = context;
    m_updating = true;
    const int fieldIndex = m_field->findData(m_condition.field, Qt::UserRole, Qt::MatchFixedString);
    if (fieldsChanged || fieldIndex < 0)
        showFields();
    else
        m_field->setCurrentIndex(fieldIndex);
    if (old.type != m_condition.type || m_operator->count() == 0)
        showOperators();
    m_operator->setCurrentIndex(m_operator->findData(int(menuOperator(m_condition.op))));
    if (fieldsChanged || BuilderValueEditor::shape(m_condition) != m_valueShape)
        showValues();
    else
        m_values->setCondition(m_condition);
    m_updating = false;
}

void BuilderConditionRow::showFields()
{
    m_field->clear();
    bool found = false;
    for (const BuilderFields::Field &f : std::as_const(m_context.fields)) {
        m_field->addItem(BuilderLabels::fieldLabel(f.name, f.type), f.name);
        m_field->setItemData(m_field->count() - 1, int(f.type), Qt::UserRole + 1);
        found = found || f.name.compare(m_condition.field, Qt::CaseInsensitive) == 0;
    }
    if (!found) { // a field this account's catalogue does not list (yet)
        m_field->addItem(BuilderLabels::fieldLabel(m_condition.field, m_condition.type),
                         m_condition.field);
        m_field->setItemData(m_field->count() - 1, int(m_condition.type), Qt::UserRole + 1);
    }
    m_field->setCurrentIndex(
        m_field->findData(m_condition.field, Qt::UserRole, Qt::MatchFixedString));
}

void BuilderConditionRow::showOperators()
{
    m_operator->clear();
    for (const Op op : BuilderOperators::forType(m_condition.type)) {
        if (menuOperator(op) == op)
            m_operator->addItem(BuilderLabels::operatorLabel(op), int(op));
    }
}

void BuilderConditionRow::showValues()
{
    const bool hadFocus = m_values && m_values->isAncestorOf(focusWidget());
    if (m_values) {
        // Out of the tree now (findChild, focus, tab order); deleted later because it may be
        // the sender of the edit that got us here.
        m_values->hide();
        m_values->setParent(nullptr);
        m_values->deleteLater();
    }
    m_values = new BuilderValueEditor(m_condition, m_context.listNames);
    m_valueShape = BuilderValueEditor::shape(m_condition);
    m_layout->addWidget(m_values, BuilderRowLayout::Role::Values);
    connect(m_values, &BuilderValueEditor::edited, this, &BuilderConditionRow::send);
    if (hadFocus && m_values->firstEditor())
        m_values->firstEditor()->setFocus();
}

void BuilderConditionRow::fieldChosen()
{
    const QString name = m_field->currentData().toString();
    const auto type = BuilderFieldType(m_field->currentData(Qt::UserRole + 1).toInt());
    BuilderCondition condition = m_condition;
    if (type == condition.type) {
        condition.field = name; // same type: operator and values still fit
    } else {
        condition = BuilderDefaults::forField({name, type}, m_context);
    }
    send(condition);
}

void BuilderConditionRow::operatorChosen()
{
    const auto op = Op(m_operator->currentData().toInt());
    if (op != menuOperator(m_condition.op))
        send(BuilderDefaults::withOperator(m_condition, op, m_context));
}

void BuilderConditionRow::send(const BuilderCondition &condition)
{
    if (m_updating || condition == m_condition)
        return;
    BuilderEdit edit;
    edit.kind = BuilderEdit::Kind::SetCondition;
    edit.path = path();
    edit.condition = condition;
    Q_EMIT requested(edit);
}

QWidget *BuilderConditionRow::focusTarget()
{
    return m_field;
}

void BuilderConditionRow::setPosition(bool first, bool last)
{
    m_buttons->setPosition(first, last);
}

QWidget *BuilderConditionRow::chainTabs(QWidget *previous)
{
    for (QWidget *w : {static_cast<QWidget *>(m_field), static_cast<QWidget *>(m_operator)}) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }
    return chainChildren(chainChildren(previous, m_values), m_buttons);
}
