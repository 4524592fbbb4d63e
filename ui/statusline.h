// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>
#include <QTimer>

/// The window's status text: always one line (line breaks become spaces), cut with "…" when it
/// does not fit, the full text as its tooltip. Its size never depends on the text, so a long
/// error does not make the status bar taller or the window wider.
///
/// A message is only shown while it is true: progress until the work ends, a problem until
/// something replaces it, a notice of what just happened ("Copied", "Saved") for a few seconds
/// or until the person edits again. Then the line rests on what stays true (the segment count).
class StatusLine : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Progress, Notice, Problem };

    explicit StatusLine(QWidget *parent = nullptr);

    void say(const QString &text, Kind kind);
    /// What the line shows when no message is true any more; shown now if nothing else is.
    void setResting(const QString &text);
    /// A notice about the state before an edit is no longer true once the person edits.
    void dropNotice();
    void setNoticeLifetime(int milliseconds) { m_noticeTimer.setInterval(milliseconds); }
    /// The text shown is a notice that goes by itself.
    bool expires() const { return m_noticeTimer.isActive(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// The text as drawn at the current width.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void rest();

    QString m_resting;
    Kind m_kind = Kind::Notice;
    QTimer m_noticeTimer;
};
