// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/// The keychain tests write to whatever Secret Service the session bus offers. They must never
/// reach a person's real keychain, so they insist on the private one of
/// tests/support/with-keyring.sh (which ctest runs them through).
namespace KeyringGuard {

/// "unlocked", "locked" or "none" (no bus at all), as the test set-up said; empty otherwise.
inline QString mode()
{
    return qEnvironmentVariable("SEGMENTDESK_TEST_KEYRING");
}

inline QString refusal()
{
    return QStringLiteral("run this test through tests/support/with-keyring.sh (ctest does), "
                          "never against a real keychain");
}

} // namespace KeyringGuard
