// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

/// A message that never moves what is around it: it keeps the height of `lines` lines whether it
/// says something or not, draws each line of its text cut with "…" where it does not fit, and
/// shows the whole text as its tooltip when it had to cut. text() is always the whole message.
/// Unlike StatusLine it keeps line breaks and holds no timing of its own.
class MessageLine : public QLabel
{
    Q_OBJECT

public:
    explicit MessageLine(int lines = 1, QWidget *parent = nullptr);

    /// Reserves room for `lines` lines (at least one); the layout around follows.
    void setLines(int lines);
    int lines() const { return m_lines; }
    /// The lines as drawn at the current width.
    QStringList shownLines() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int m_lines;
};
