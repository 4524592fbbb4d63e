// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Searches files for a secret, for the secrets audits: the secret as UTF-8, as UTF-16 (what
/// QString or a Windows API would write) and as Base64 (what an encoded store would write).
namespace SecretScan {

/// The encodings of `secret` that count as a leak.
QList<QByteArray> needles(const QString &secret);
/// Whether `data` contains any needle of `secret`.
bool contains(const QByteArray &data, const QString &secret);
/// Every regular file under `roots` (recursively, hidden ones too, symbolic links not followed)
/// that contains `secret`; sockets and other special files are skipped.
QStringList filesContaining(const QStringList &roots, const QString &secret);
/// How many regular files filesContaining() read under `roots`: an audit that read nothing
/// proves nothing.
int fileCount(const QStringList &roots);

} // namespace SecretScan
