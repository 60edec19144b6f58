// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Running the `occ` CLI (or a test build of it) as a child process, for the tests that need a
// real process: exit codes, stdout/stderr, crashes and hangs told apart.

#include <QByteArray>
#include <QProcess>

namespace OccTest {

struct CliRun
{
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    /** Ended on its own with one of the documented exit codes: never a crash or a hang. */
    bool normal() const
    {
        return finished && exitStatus == QProcess::NormalExit && exitCode >= 0 && exitCode <= 2;
    }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode)
               + (exitStatus == QProcess::NormalExit ? "" : " (crashed)")
               + (finished ? "" : " (did not finish)") + "\nstdout: " + out.left(2000)
               + "\nstderr: " + err.left(2000);
    }
};

/** Starts a prepared process (program, arguments, environment set), feeds it input, waits. */
inline CliRun runProcess(QProcess &p, const QByteArray &input, int timeoutMs)
{
    CliRun r;
    p.start();
    if (!p.waitForStarted(30'000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5'000);
    }
    r.exitStatus = p.exitStatus();
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace OccTest
