// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

/// Help > Usage: the README's section on the desktop app, embedded when the program was built
/// (ui/CMakeLists.txt cuts it out), shown as formatted Markdown.
class UsageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsageDialog(QWidget *parent = nullptr);
    /// The Markdown shown, as embedded at build time.
    static QString usageMarkdown();
};
