// SPDX-License-Identifier: MIT
#pragma once

#include "query/buildercondition.h"

#include <QHash>
#include <QWidget>

#include <functional>

/// The value editor of one condition, fitting its type and operator: a line for text, a comma
/// list for "is one of", number fields (two for between), date pickers, a count with its unit
/// for "within the last", list names (the condition keeps ids), and for email activity an
/// optional single send and "at any time" or "in the last N days".
class BuilderValueEditor : public QWidget
{
    Q_OBJECT

public:
    BuilderValueEditor(const BuilderCondition &condition, const QHash<QString, QString> &listNames,
                       QWidget *parent = nullptr);

    /// What decides the editors: two conditions of one shape share an editor.
    static QString shape(const BuilderCondition &condition);
    /// Shows `condition` (of this editor's shape), leaving editors whose text is already right
    /// alone so that the cursor stays where it is.
    void setCondition(const BuilderCondition &condition);
    QWidget *firstEditor() const;

Q_SIGNALS:
    /// A person changed a value (or the unit of "within the last", which is the operator).
    void edited(const BuilderCondition &condition);

private:
    /// One value: the widget showing it, and how to read and write it.
    struct Slot
    {
        QWidget *widget;
        std::function<QString()> get;
        std::function<void(const QString &)> set;
    };

    void build(const QHash<QString, QString> &listNames);
    void addDateValues(BuilderOperator op, const BuilderOperators::Arity &arity);
    void addLabel(const QString &text);
    void addText(int index, const QString &name);
    void addCommaList();
    void addNumber(int index, const QString &name);
    void addDate(int index, const QString &name);
    void addCount(int index);
    void addUnit();
    void addList(int index, const QHash<QString, QString> &listNames);
    void addEngagement();
    void addSingleSend();
    void addSlot(QWidget *widget, std::function<QString()> get,
                 std::function<void(const QString &)> set);
    void emitEdited();

    BuilderCondition m_condition;
    QList<Slot> m_slots;
    bool m_commaList = false;
    QWidget *m_unit = nullptr;
    bool m_updating = false;
};
