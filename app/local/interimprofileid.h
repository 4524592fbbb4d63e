// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QUrl;

/// The profile id that history is kept under until profiles exist (they are being added in
/// parallel; then the profile's own id replaces this). "sandbox" for a loopback server — the
/// embedded sandbox or segmentdesk-sandbox on any port, which is the sandbox profile — and
/// "host:" plus the lower-case host for any other server, so that the window and the CLI file
/// one account's versions together whatever path or port the URL names.
QString interimProfileId(const QUrl &baseUrl);
