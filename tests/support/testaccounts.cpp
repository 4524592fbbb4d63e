// SPDX-License-Identifier: MIT
#include "testaccounts.h"

#include "sandboxfixture.h"

#include <QDir>

TestAccounts::TestAccounts(const QString &dir, SendGridClient *client, SandboxFixture &sandbox)
    : dataDir(dir)
    , settings(QDir(dir).filePath(QStringLiteral("SegmentDesk.conf")))
    , profiles(&settings)
    , connector(client, &secrets)
{
    connector.setSandbox(sandbox.baseUrl(), sandbox.apiKey());
}
