// SPDX-License-Identifier: MIT
#pragma once

#include "editing/segmenttemplates.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

/// New segment: a name (checked as typed, unique in the account) and a starting query.
class NewSegmentDialog : public QDialog
{
    Q_OBJECT

public:
    NewSegmentDialog(const QList<SegmentTemplate> &templates, const QStringList &takenNames,
                     QWidget *parent = nullptr);

    QString name() const;
    QString queryDsl() const;

private:
    void validate();

    QList<SegmentTemplate> m_templates;
    QStringList m_taken;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QListWidget *m_list;
    QPushButton *m_create;
};
