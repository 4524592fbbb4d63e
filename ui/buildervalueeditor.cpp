// SPDX-License-Identifier: MIT
#include "buildervalueeditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace {

using Op = BuilderOperator;

bool takesCount(Op op)
{
    return op == Op::WithinLastDays || op == Op::WithinLastWeeks || op == Op::WithinLastMonths
        || op == Op::MoreThanDaysAgo;
}

QStringList splitCommas(const QString &text)
{
    QStringList values;
    for (const QString &part : text.split(u','))
        if (!part.trimmed().isEmpty())
            values << part.trimmed();
    return values;
}

QSpinBox *countBox()
{
    auto *box = new QSpinBox;
    box->setRange(1, 999999); // BuilderCondition takes up to six digits
    return box;
}

} // namespace

BuilderValueEditor::BuilderValueEditor(const BuilderCondition &condition,
                                       const QHash<QString, QString> &listNames, QWidget *parent)
    : QWidget(parent)
    , m_condition(condition)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    build(listNames);
    layout->addStretch();
    setCondition(condition);
}

QString BuilderValueEditor::shape(const BuilderCondition &c)
{
    Op op = c.op;
    if (op == Op::WithinLastWeeks || op == Op::WithinLastMonths)
        op = Op::WithinLastDays; // the unit is a combo of the same editor
    QString shape = QStringLiteral("%1:%2:").arg(int(c.type)).arg(int(op));
    if (c.type == BuilderFieldType::List)
        shape += QString::number(c.values.size());
    if (c.type == BuilderFieldType::Date && !takesCount(c.op))
        for (const QString &v : c.values)
            shape += v.isEmpty() || BuilderCondition::isDay(v) ? u'd' : u't';
    return shape;
}

void BuilderValueEditor::build(const QHash<QString, QString> &listNames)
{
    const Op op = m_condition.op;
    const BuilderOperators::Arity arity = BuilderOperators::arity(op);
    switch (m_condition.type) {
    case BuilderFieldType::Text:
        if (op == Op::IsOneOf || op == Op::IsNoneOf)
            addCommaList();
        else if (arity.maximum == 1)
            addText(0, tr("Value"));
        break;
    case BuilderFieldType::Number:
        if (arity.maximum >= 1)
            addNumber(0, op == Op::Between ? tr("From") : tr("Value"));
        if (op == Op::Between) {
            addLabel(tr("and"));
            addNumber(1, tr("To"));
        }
        break;
    case BuilderFieldType::Date:
        addDateValues(op, arity);
        break;
    case BuilderFieldType::List:
        for (qsizetype i = 0; i < std::max<qsizetype>(1, m_condition.values.size()); ++i)
            addList(int(i), listNames);
        break;
    case BuilderFieldType::Engagement:
        addEngagement();
        break;
    }
}

// A date: a count of days or units back ("in the last 3 weeks"), one day, or two.
void BuilderValueEditor::addDateValues(BuilderOperator op, const BuilderOperators::Arity &arity)
{
    if (takesCount(op)) {
        addCount(0);
        if (op == Op::MoreThanDaysAgo)
            addLabel(tr("days ago"));
        else
            addUnit();
    } else if (arity.maximum >= 1) {
        addDate(0, op == Op::Between ? tr("From") : tr("Date"));
        if (op == Op::Between) {
            addLabel(tr("and"));
            addDate(1, tr("To"));
        }
    }
}

void BuilderValueEditor::addSlot(QWidget *widget, std::function<QString()> get,
                                 std::function<void(const QString &)> set)
{
    layout()->addWidget(widget);
    m_slots.append({widget, std::move(get), std::move(set)});
}

void BuilderValueEditor::addLabel(const QString &text)
{
    layout()->addWidget(new QLabel(text));
}

void BuilderValueEditor::addText(int index, const QString &name)
{
    Q_UNUSED(index)
    auto *edit = new QLineEdit;
    edit->setObjectName(QStringLiteral("value"));
    edit->setAccessibleName(name);
    edit->setMinimumWidth(140);
    connect(edit, &QLineEdit::textEdited, this, &BuilderValueEditor::emitEdited);
    addSlot(
        edit, [edit] { return edit->text(); }, [edit](const QString &v) { edit->setText(v); });
}

void BuilderValueEditor::addCommaList()
{
    m_commaList = true;
    auto *edit = new QLineEdit;
    edit->setObjectName(QStringLiteral("value"));
    edit->setAccessibleName(tr("Values, separated by commas"));
    edit->setPlaceholderText(tr("value, value, …"));
    edit->setMinimumWidth(180);
    connect(edit, &QLineEdit::textEdited, this, &BuilderValueEditor::emitEdited);
    addSlot(
        edit, [edit] { return edit->text(); }, [edit](const QString &v) { edit->setText(v); });
}

void BuilderValueEditor::addNumber(int index, const QString &name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(index == 0 ? QStringLiteral("value") : QStringLiteral("value2"));
    edit->setAccessibleName(name);
    edit->setMaximumWidth(120);
    // Numbers stay as written (no locale, no rounding); the intermediate "-" or "1." is allowed
    // while typing and reported as incomplete.
    edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("-?[0-9]*(\\.[0-9]*)?")), edit));
    connect(edit, &QLineEdit::textEdited, this, &BuilderValueEditor::emitEdited);
    addSlot(
        edit, [edit] { return edit->text(); }, [edit](const QString &v) { edit->setText(v); });
}

void BuilderValueEditor::addDate(int index, const QString &name)
{
    const QString value = m_condition.values.value(index);
    if (!value.isEmpty() && !BuilderCondition::isDay(value)) {
        // A time of day read from SQL: kept as written rather than cut to its day.
        addText(index, name);
        return;
    }
    auto *edit = new QDateEdit;
    edit->setObjectName(index == 0 ? QStringLiteral("date") : QStringLiteral("date2"));
    edit->setAccessibleName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(edit, &QDateEdit::dateChanged, this, &BuilderValueEditor::emitEdited);
    addSlot(
        edit, [edit] { return edit->date().toString(Qt::ISODate); },
        [edit](const QString &v) { edit->setDate(QDate::fromString(v, Qt::ISODate)); });
}

void BuilderValueEditor::addCount(int index)
{
    Q_UNUSED(index)
    QSpinBox *box = countBox();
    box->setObjectName(QStringLiteral("count"));
    box->setAccessibleName(tr("Count"));
    connect(box, &QSpinBox::valueChanged, this, &BuilderValueEditor::emitEdited);
    addSlot(
        box, [box] { return QString::number(box->value()); },
        [box](const QString &v) { box->setValue(v.toInt()); });
}

void BuilderValueEditor::addUnit()
{
    auto *unit = new QComboBox;
    unit->setObjectName(QStringLiteral("unit"));
    unit->setAccessibleName(tr("Unit"));
    unit->addItem(tr("days"), int(Op::WithinLastDays));
    unit->addItem(tr("weeks"), int(Op::WithinLastWeeks));
    unit->addItem(tr("months"), int(Op::WithinLastMonths));
    unit->setCurrentIndex(unit->findData(int(m_condition.op)));
    connect(unit, &QComboBox::activated, this, [this, unit] {
        m_condition.op = Op(unit->currentData().toInt());
        emitEdited();
    });
    layout()->addWidget(unit);
    m_unit = unit;
}

void BuilderValueEditor::addList(int index, const QHash<QString, QString> &listNames)
{
    auto *combo = new QComboBox;
    combo->setObjectName(index == 0 ? QStringLiteral("list") : QStringLiteral("list%1").arg(index));
    combo->setAccessibleName(tr("List"));
    QList<std::pair<QString, QString>> byName;
    for (auto it = listNames.begin(); it != listNames.end(); ++it)
        byName.append({it.value(), it.key()});
    std::sort(byName.begin(), byName.end());
    for (const auto &[name, id] : byName) {
        combo->addItem(name, id);
        combo->setItemData(combo->count() - 1, id, Qt::ToolTipRole);
    }
    connect(combo, &QComboBox::activated, this, &BuilderValueEditor::emitEdited);
    const auto set = [combo](const QString &id) {
        if (combo->findData(id) < 0 && !id.isEmpty())
            combo->addItem(id, id); // a list this account does not have (any more)
        combo->setCurrentIndex(combo->findData(id));
    };
    addSlot(
        combo, [combo] { return combo->currentData().toString(); }, set);
}

void BuilderValueEditor::setCondition(const BuilderCondition &condition)
{
    m_condition = condition;
    m_updating = true;
    if (m_unit) {
        auto *unit = static_cast<QComboBox *>(m_unit);
        unit->setCurrentIndex(unit->findData(int(condition.op)));
    }
    if (m_commaList) {
        if (splitCommas(m_slots.first().get()) != condition.values)
            m_slots.first().set(condition.values.join(QStringLiteral(", ")));
    } else {
        for (qsizetype i = 0; i < m_slots.size(); ++i) {
            const QString value = condition.values.value(i);
            if (m_slots[i].get() != value)
                m_slots[i].set(value);
        }
    }
    m_updating = false;
}

void BuilderValueEditor::emitEdited()
{
    if (m_updating)
        return;
    QStringList values;
    for (const Slot &slot : std::as_const(m_slots))
        values << slot.get();
    m_condition.values = m_commaList ? splitCommas(values.value(0)) : values;
    Q_EMIT edited(m_condition);
}

QWidget *BuilderValueEditor::firstEditor() const
{
    return m_slots.isEmpty() ? nullptr : m_slots.first().widget;
}
