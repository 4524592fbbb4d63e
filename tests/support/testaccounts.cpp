// SPDX-License-Identifier: MIT
#include "testaccounts.h"

#include "sandboxfixture.h"

#include <QDir>

TestAccounts::TestAccounts(const QString &dir, SendGridClient *client, SandboxFixture &sandbox,
                           const QString &settingsFile)
    : dataDir(dir)
    , settings(settingsFile.isEmpty() ? QDir(dir).filePath(QStringLiteral("SegmentDesk.conf"))
                                      : settingsFile)
    , profiles(&settings)
    , connector(client, &secrets)
{
    connector.setSandbox(sandbox.baseUrl(), sandbox.apiKey());
}
