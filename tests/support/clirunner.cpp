// SPDX-License-Identifier: MIT
#include "clirunner.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTest>

#include <vector>

#include <csignal>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

void CliRunner::start(QProcess &process, const QStringList &args, const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SENDGRID_API_KEY"));
    for (const QString &name : extra.keys())
        env.insert(name, extra.value(name));
    process.setProcessEnvironment(env);
    process.start(m_program, args);
}

CliRunner::Run CliRunner::finish(QProcess &process)
{
    // Servers in this thread answer only while its event loop runs: wait without blocking it.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 30000))
        process.kill();
    Run r {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
           QString::fromUtf8(process.readAllStandardError())};
    m_runs.append(r);
    return r;
}

CliRunner::Run CliRunner::run(const QStringList &args, const QByteArray &stdinData,
                              const QProcessEnvironment &extra)
{
    QProcess process;
    start(process, args, extra);
    process.write(stdinData);
    process.closeWriteChannel();
    return finish(process);
}

CliRunner::Run CliRunner::runInTwoWrites(const QStringList &args, const QByteArray &first,
                                         const QByteArray &second, const QProcessEnvironment &extra)
{
    // A pipe of our own (QProcess's is out of reach): its read end stays open here too, so
    // FIONREAD tells when the program has taken the first write.
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return {};
    QProcess process;
    process.setStandardInputFile(QStringLiteral("/proc/self/fd/%1").arg(fds[0]));
    start(process, args, extra);
    bool written = write(fds[1], first.constData(), size_t(first.size())) == first.size();
    written = written
        && QTest::qWaitFor(
                  [&] {
                      int unread = 0;
                      return ioctl(fds[0], FIONREAD, &unread) != 0 || unread == 0
                          || process.state() == QProcess::NotRunning;
                  },
                  30000);
    written = written && write(fds[1], second.constData(), size_t(second.size())) == second.size();
    close(fds[1]);
    Run r = finish(process);
    close(fds[0]);
    if (!written)
        r.exitCode = -1;
    return r;
}

CliRunner::Run CliRunner::runOnTerminal(const QStringList &args, const QByteArray &prompt,
                                        const QByteArray &typed)
{
    // argv is built before fork(): the child of a threaded process may only exec.
    QList<QByteArray> storage {m_program.toLocal8Bit()};
    for (const QString &arg : args)
        storage << arg.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &each : storage)
        argv.push_back(each.data());
    argv.push_back(nullptr);
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    Run r;
    if (pid < 0)
        return r;
    QByteArray shown;
    bool typedIn = false;
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (!typedIn && shown.contains(prompt))
            typedIn = write(master, typed.constData(), size_t(typed.size())) == typed.size();
        pollfd fd {master, POLLIN, 0};
        if (poll(&fd, 1, int(qMin<qint64>(deadline.remainingTime(), 1000))) <= 0)
            continue;
        char buffer[4096];
        const ssize_t n = read(master, buffer, sizeof buffer);
        if (n <= 0)
            break; // EIO: the program exited and the terminal closed
        shown.append(buffer, n);
    }
    close(master);
    if (deadline.hasExpired())
        kill(pid, SIGKILL); // hung: the test fails on its exit code
    int status = 0;
    if (waitpid(pid, &status, 0) == pid && WIFEXITED(status))
        r.exitCode = WEXITSTATUS(status);
    r.out = QString::fromUtf8(shown);
    m_runs.append(r);
    return r;
}
