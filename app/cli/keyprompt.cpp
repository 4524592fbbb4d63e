// SPDX-License-Identifier: MIT
#include "keyprompt.h"

#include "cliinput.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

/// Turns terminal echo off for its lifetime, so the key never shows on screen.
class EchoOff
{
public:
    EchoOff()
    {
        m_ok = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (!m_ok)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= tcflag_t(ECHONL);
        m_ok = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_ok)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;
    bool ok() const { return m_ok; }

private:
    termios m_saved {};
    bool m_ok = false;
};

} // namespace

Result<QString> KeyPrompt::readKey(const QString &prompt)
{
    QString key;
    if (isatty(STDIN_FILENO)) {
        // Echo off before the prompt: a key pasted as soon as the prompt shows is never echoed
        // (turning echo off later would also flush what was already typed).
        const EchoOff quiet;
        if (!quiet.ok())
            return Result<QString>::failure(
                QStringLiteral("cannot turn off terminal echo to read the API key"));
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        key = CliInput::readLine();
    } else {
        key = CliInput::readLine();
    }
    if (key.isEmpty())
        return Result<QString>::failure(QStringLiteral("no API key given on standard input"));
    return Result<QString>::success(key);
}
