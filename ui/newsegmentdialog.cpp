// SPDX-License-Identifier: MIT
#include "newsegmentdialog.h"

#include "editing/namerules.h"
#include "themecolours.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

NewSegmentDialog::NewSegmentDialog(const QList<SegmentTemplate> &templates,
                                   const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_taken(takenNames)
    , m_name(new QLineEdit)
    , m_nameError(new QLabel)
    , m_list(new QListWidget)
{
    setWindowTitle(tr("New segment"));
    setObjectName(QStringLiteral("newSegment"));
    m_name->setObjectName(QStringLiteral("newSegmentName"));
    m_name->setAccessibleName(tr("Name of the new segment"));
    m_nameError->setObjectName(QStringLiteral("newSegmentNameError"));
    m_nameError->setTextFormat(Qt::PlainText);
    m_nameError->setStyleSheet(ThemeColours::errorStyleSheet(palette()));
    m_list->setObjectName(QStringLiteral("newSegmentTemplate"));
    m_list->setAccessibleName(tr("Start from"));
    for (const SegmentTemplate &t : m_templates)
        m_list->addItem(t.title);
    m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createSegment"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Start from:"), m_list);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The query opens in the editor after creating; SendGrid "
                                    "counts the segment on its schedule.")));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewSegmentDialog::validate);
    validate();
}

QString NewSegmentDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewSegmentDialog::queryDsl() const
{
    return m_templates.value(m_list->currentRow()).queryDsl;
}

void NewSegmentDialog::validate()
{
    const VoidResult ok = NameRules::check(name(), m_taken);
    m_nameError->setText(m_name->text().isEmpty() ? QString()
                             : ok.isOk()          ? NameRules::lookalikeWarning(name(), m_taken)
                                                  : ok.error());
    m_create->setEnabled(ok.isOk());
}
