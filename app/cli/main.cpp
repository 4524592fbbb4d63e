// SPDX-License-Identifier: MIT
#include "cliapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("segmentdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEGMENTDESK_VERSION));
    CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
