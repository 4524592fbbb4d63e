// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

/// Help > Usage: the user guide for marketers (resources/guide), in the window's language,
/// shown as formatted Markdown.
class UsageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsageDialog(QWidget *parent = nullptr);
    /// The guide's Markdown in the language of the installed translation; English otherwise.
    static QString usageMarkdown();
};
