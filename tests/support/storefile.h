// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

/// A store's SQLite file as a test sees it: written and read through a connection of its own,
/// as an earlier or a later build, or another program, would.
namespace StoreFile {

/// Runs `statements` in order on the file (made if missing); false (with a warning saying
/// which and why) when one fails.
bool run(const QString &path, const QStringList &statements);
/// The first column of the first row of `sql`, or an invalid QVariant (with a warning).
QVariant value(const QString &path, const QString &sql);
/// The file's bytes, to check that a refused file was not touched.
QByteArray bytes(const QString &path);
/// Writes `content` (no SQLite database: someone's notes, a damaged header) as the file;
/// false (with a warning) when it cannot.
bool write(const QString &path, const QByteArray &content);

} // namespace StoreFile
