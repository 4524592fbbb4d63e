// SPDX-License-Identifier: MIT
// The fields of segment bodies (segment_write, segment_update), checked as SendGrid checks them:
// the type first, then the value.
#include "editing/namerules.h"
#include "listtable.h"
#include "sandboxapi.h"
#include "sandboxstore.h"
#include "segmenttable.h"

#include <QJsonArray>

std::optional<SandboxResponse> SandboxApi::nameProblem(const QJsonValue &name, const QString &ownId)
{
    const auto refuse = [](const QString &message) {
        return SandboxResponse::fieldError(400, QStringLiteral("name"), message);
    };
    // 42 is "not a string", not "empty".
    if (!name.isString())
        return refuse(QStringLiteral("name must be a string"));
    const QString text = name.toString();
    if (!text.isEmpty() && text.trimmed().isEmpty())
        return refuse(QStringLiteral("name must not be blank"));
    if (NameRules::hasControlCharacter(text))
        return refuse(QStringLiteral("name must not contain control characters"));
    // Code points, as the spec's maxLength counts them: 100 emoji fit.
    if (text.isEmpty() || NameRules::length(text) > NameRules::maxLength)
        return refuse(QStringLiteral("name must be 1 to 100 characters"));
    const Result<bool> taken = SegmentTable(m_store).nameTaken(text, ownId);
    if (!taken.isOk())
        return SandboxResponse::serverError(taken.error());
    if (taken.value())
        return refuse(QStringLiteral("a segment with this name already exists"));
    return std::nullopt;
}

std::optional<SandboxResponse> SandboxApi::queryProblem(const QJsonValue &query)
{
    const auto refuse = [](const QString &message) {
        return SandboxResponse::fieldError(400, QStringLiteral("query_dsl"), message);
    };
    if (query.isUndefined())
        return refuse(QStringLiteral("query_dsl is required"));
    if (!query.isString())
        return refuse(QStringLiteral("query_dsl must be a string"));
    if (query.toString().trimmed().isEmpty())
        return refuse(QStringLiteral("query_dsl must not be empty"));
    return std::nullopt;
}

std::optional<SandboxResponse> SandboxApi::parentProblem(const QJsonValue &parents)
{
    const auto refuse = [](const QString &message) {
        return SandboxResponse::fieldError(400, QStringLiteral("parent_list_ids"), message);
    };
    if (parents.isUndefined())
        return std::nullopt;
    if (!parents.isArray())
        return refuse(QStringLiteral("parent_list_ids must be an array of list ids"));
    const QJsonArray ids = parents.toArray();
    for (const QJsonValue id : ids) {
        if (!id.isString())
            return refuse(QStringLiteral("parent_list_ids must be an array of list ids"));
    }
    if (ids.size() > 1)
        return refuse(QStringLiteral("give at most one existing list id"));
    if (ids.isEmpty())
        return std::nullopt;
    const Result<bool> known = ListTable(m_store).exists(ids[0].toString());
    if (!known.isOk())
        return SandboxResponse::serverError(known.error());
    if (!known.value())
        return refuse(QStringLiteral("give at most one existing list id"));
    return std::nullopt;
}
