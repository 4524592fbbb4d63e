// SPDX-License-Identifier: MIT
#include "cliinput.h"

#include "query/querylimits.h"

#include <QFile>
#include <QJsonDocument>

namespace CliInput {

namespace {

/// Standard input through C's `stdin`, unbuffered by Qt: readLine() and read("-") then share
/// one buffer, so the key line and the query that follows it in one pipe both arrive.
bool openStdin(QFile *file)
{
    return file->open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered);
}

// A single read() returns what the pipe holds at that moment (64 KiB at most, or the first of
// two writes): read until the end of the input.
Result<QByteArray> readToEnd(QFile &file, const QString &path, qsizetype limit)
{
    QByteArray bytes;
    for (;;) {
        const QByteArray chunk = file.read(limit + 1 - bytes.size());
        if (chunk.isEmpty())
            break;
        bytes += chunk;
        if (bytes.size() > limit)
            return Result<QByteArray>::failure(
                QStringLiteral("%1 is larger than %2 MiB, more than any segment query can be")
                    .arg(path)
                    .arg(limit / (1024 * 1024)));
    }
    if (file.error() != QFileDevice::NoError)
        return Result<QByteArray>::failure(
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return Result<QByteArray>::success(std::move(bytes));
}

} // namespace

Result<QByteArray> read(const QString &path, qsizetype limit)
{
    QFile file(path);
    const bool opened
        = path == QStringLiteral("-") ? openStdin(&file) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return Result<QByteArray>::failure(
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return readToEnd(file, path, limit);
}

QString readLine()
{
    QFile in;
    if (!openStdin(&in))
        return {};
    return QString::fromUtf8(in.readLine()).trimmed();
}

Result<FieldCatalogue> fieldCatalogue(const QString &path)
{
    if (path.isEmpty())
        return Result<FieldCatalogue>::success(FieldCatalogue());
    const Result<QByteArray> json = read(path, QueryLimits::MaxQueryBytes);
    if (!json.isOk())
        return Result<FieldCatalogue>::failure(json.error());
    const auto fields
        = FieldDefinition::listFromJson(QJsonDocument::fromJson(json.value()).object());
    if (!fields.isOk())
        return Result<FieldCatalogue>::failure(
            QStringLiteral("%1 is not a field-definitions reply: %2")
                .arg(path, fields.error.toDisplayString()));
    return Result<FieldCatalogue>::success(FieldCatalogue(*fields.value));
}

} // namespace CliInput
