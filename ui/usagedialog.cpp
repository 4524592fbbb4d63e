// SPDX-License-Identifier: MIT
#include "usagedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

UsageDialog::UsageDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("usageDialog"));
    setWindowTitle(tr("Using SegmentDesk"));
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("usageText"));
    browser->setAccessibleName(tr("Usage"));
    browser->setOpenExternalLinks(true);
    browser->setMarkdown(usageMarkdown());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(720, 600);
}

QString UsageDialog::usageMarkdown()
{
    // The translation names its guide, so the guide's language is always the window's.
    //: The file of the user guide in this language, under resources/guide.
    const QString translated = tr("guide.md");
    for (const QString &name : {translated, QStringLiteral("guide.md")}) {
        QFile file(QStringLiteral(":/guide/") + name);
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return {};
}
