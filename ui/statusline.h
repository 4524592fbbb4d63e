// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

/// The window's status text: always one line (line breaks become spaces), cut with "…" when it
/// does not fit, the full text as its tooltip. Its size never depends on the text, so a long
/// error does not make the status bar taller or the window wider.
class StatusLine : public QLabel
{
    Q_OBJECT

public:
    explicit StatusLine(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// The text as drawn at the current width.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};
