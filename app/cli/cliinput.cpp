// SPDX-License-Identifier: MIT
#include "cliinput.h"

#include "query/querylimits.h"

#include <QFile>
#include <QJsonDocument>

namespace CliInput {

Result<QByteArray> read(const QString &path, qsizetype limit)
{
    QFile file(path);
    const bool opened = path == QStringLiteral("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                    : file.open(QIODevice::ReadOnly);
    if (!opened)
        return Result<QByteArray>::failure(
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit)
        return Result<QByteArray>::failure(
            QStringLiteral("%1 is larger than %2 MiB, more than any segment query can be")
                .arg(path)
                .arg(limit / (1024 * 1024)));
    return Result<QByteArray>::success(std::move(bytes));
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
