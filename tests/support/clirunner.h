// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// Runs segmentdesk-cli (or any program) as a user would, while this thread's event loop keeps
/// serving in-process servers, and remembers every run's output for the secrets audits.
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out; ///< standard output; on a terminal, everything the terminal showed
        QString err;
    };

    explicit CliRunner(QString program)
        : m_program(std::move(program))
    { }

    /// With standard input a pipe holding `stdinData`; `extra` is added to this environment
    /// (SENDGRID_API_KEY is removed unless `extra` sets it).
    Run run(const QStringList &args, const QByteArray &stdinData = {},
            const QProcessEnvironment &extra = {});
    /// With standard input a pipe that delivers `first`, then, once the program has read all of
    /// it (the pipe is empty again), `second` and the end of input: a program that takes one
    /// read for the whole input gets only `first`.
    Run runInTwoWrites(const QStringList &args, const QByteArray &first, const QByteArray &second,
                       const QProcessEnvironment &extra = {});
    /// On a pseudo-terminal: types `typed` once the terminal shows `prompt`.
    Run runOnTerminal(const QStringList &args, const QByteArray &prompt, const QByteArray &typed);

    const QList<Run> &runs() const { return m_runs; }

private:
    void start(QProcess &process, const QStringList &args, const QProcessEnvironment &extra);
    Run finish(QProcess &process);

    QString m_program;
    QList<Run> m_runs;
};
