// SPDX-License-Identifier: MIT
#include "builderjson.h"

#include <QJsonArray>

namespace {

QJsonObject lockedJson(const BuilderLocked &locked)
{
    return {{QStringLiteral("kind"), QStringLiteral("locked")},
            {QStringLiteral("sql"), locked.sql},
            {QStringLiteral("start"), double(locked.start)},
            {QStringLiteral("end"), double(locked.end)}};
}

QJsonObject nodeJson(const BuilderNode &node)
{
    switch (node.kind) {
    case BuilderNode::Kind::Locked:
        return lockedJson(node.locked);
    case BuilderNode::Kind::Condition:
        return {{QStringLiteral("kind"), QStringLiteral("condition")},
                {QStringLiteral("field"), node.condition.field},
                {QStringLiteral("type"), BuilderOperators::typeName(node.condition.type)},
                {QStringLiteral("operator"), BuilderOperators::name(node.condition.op)},
                {QStringLiteral("values"), QJsonArray::fromStringList(node.condition.values)}};
    case BuilderNode::Kind::Group:
        break;
    }
    QJsonArray items;
    for (const BuilderNode &child : node.children)
        items.append(nodeJson(child));
    return {{QStringLiteral("kind"), QStringLiteral("group")},
            {QStringLiteral("junction"),
             node.junction == BuilderNode::Junction::And ? QStringLiteral("and")
                                                         : QStringLiteral("or")},
            {QStringLiteral("negated"), node.negated},
            {QStringLiteral("items"), items}};
}

/// Reads JSON objects, naming the path of what it is reading in every failure.
class Decoder
{
public:
    Result<BuilderLocked> locked(const QJsonValue &value, const QString &path) const
    {
        const QJsonObject o = value.toObject();
        const QJsonValue sql = o.value(QStringLiteral("sql"));
        if (!value.isObject() || !sql.isString())
            return Result<BuilderLocked>::failure(path
                                                  + QStringLiteral(": a locked piece needs "
                                                                   "\"sql\" text"));
        return Result<BuilderLocked>::success(
            {sql.toString(), qsizetype(o.value(QStringLiteral("start")).toDouble(-1)),
             qsizetype(o.value(QStringLiteral("end")).toDouble(-1))});
    }

    Result<BuilderNode> node(const QJsonValue &value, const QString &path, int depth) const
    {
        const QJsonObject o = value.toObject();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == QStringLiteral("group"))
            return group(o, path, depth);
        if (kind == QStringLiteral("condition"))
            return condition(o, path);
        if (kind == QStringLiteral("locked")) {
            Result<BuilderLocked> piece = locked(o, path);
            if (!piece.isOk())
                return Result<BuilderNode>::failure(piece.error());
            return Result<BuilderNode>::success(BuilderNode::fromLocked(piece.value()));
        }
        return fail(path, QStringLiteral("\"kind\" must be group, condition or locked"));
    }

    Result<BuilderNode> group(const QJsonObject &o, const QString &path, int depth) const
    {
        if (depth > BuilderQuery::MaxGroupDepth)
            return fail(path,
                        QStringLiteral("groups are nested deeper than %1 levels")
                            .arg(BuilderQuery::MaxGroupDepth));
        const QString junction = o.value(QStringLiteral("junction")).toString();
        if (junction != QStringLiteral("and") && junction != QStringLiteral("or"))
            return fail(path, QStringLiteral("\"junction\" must be \"and\" or \"or\""));
        const QJsonValue items = o.value(QStringLiteral("items"));
        if (!items.isArray() && !items.isUndefined())
            return fail(path, QStringLiteral("\"items\" must be an array"));
        BuilderNode g
            = BuilderNode::group(junction == QStringLiteral("and") ? BuilderNode::Junction::And
                                                                   : BuilderNode::Junction::Or,
                                 {}, o.value(QStringLiteral("negated")).toBool());
        const QJsonArray array = items.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            Result<BuilderNode> child
                = node(array[i], path + QStringLiteral(".items[%1]").arg(i), depth + 1);
            if (!child.isOk())
                return child;
            g.children << child.value();
        }
        return Result<BuilderNode>::success(g);
    }

    Result<BuilderNode> condition(const QJsonObject &o, const QString &path) const
    {
        const auto type
            = BuilderOperators::typeFromName(o.value(QStringLiteral("type")).toString());
        if (!type)
            return fail(path,
                        QStringLiteral("\"type\" must be text, number, date, list or "
                                       "engagement"));
        const QString opName = o.value(QStringLiteral("operator")).toString();
        const auto op = BuilderOperators::fromName(opName);
        if (!op)
            return fail(path, QStringLiteral("\"%1\" is not an operator").arg(opName));
        BuilderCondition c {o.value(QStringLiteral("field")).toString(), *type, *op, {}};
        for (const QJsonValue v : o.value(QStringLiteral("values")).toArray()) {
            if (!v.isString())
                return fail(path, QStringLiteral("\"values\" must be texts"));
            c.values << v.toString();
        }
        const VoidResult checked = c.check();
        if (!checked.isOk())
            return fail(path, checked.error());
        return Result<BuilderNode>::success(BuilderNode::fromCondition(c));
    }

private:
    static Result<BuilderNode> fail(const QString &path, const QString &message)
    {
        return Result<BuilderNode>::failure(path + QStringLiteral(": ") + message);
    }
};

} // namespace

namespace BuilderJson {

QJsonObject toJson(const BuilderQuery &query)
{
    QJsonObject out {{QStringLiteral("form"),
                      query.form == BuilderQuery::Form::Statement ? QStringLiteral("statement")
                                                                  : QStringLiteral("expression")},
                     {QStringLiteral("alias"), query.alias},
                     {QStringLiteral("where"), nodeJson(query.root)}};
    if (query.head)
        out.insert(QStringLiteral("head"), lockedJson(*query.head));
    if (query.tail)
        out.insert(QStringLiteral("tail"), lockedJson(*query.tail));
    return out;
}

Result<BuilderQuery> fromJson(const QJsonObject &json)
{
    const Decoder decoder;
    BuilderQuery query;
    const QString form = json.value(QStringLiteral("form")).toString(QStringLiteral("statement"));
    if (form != QStringLiteral("statement") && form != QStringLiteral("expression"))
        return Result<BuilderQuery>::failure(
            QStringLiteral("form: must be \"statement\" or \"expression\""));
    query.form = form == QStringLiteral("statement") ? BuilderQuery::Form::Statement
                                                     : BuilderQuery::Form::Expression;
    query.alias = json.value(QStringLiteral("alias")).toString();
    for (const auto &[key, slot] : {std::pair {QStringLiteral("head"), &query.head},
                                    std::pair {QStringLiteral("tail"), &query.tail}}) {
        if (!json.contains(key))
            continue;
        Result<BuilderLocked> piece = decoder.locked(json.value(key), key);
        if (!piece.isOk())
            return Result<BuilderQuery>::failure(piece.error());
        *slot = piece.value();
    }
    const QJsonValue where = json.value(QStringLiteral("where"));
    if (!where.isUndefined()) {
        Result<BuilderNode> root = decoder.node(where, QStringLiteral("where"), 1);
        if (!root.isOk())
            return Result<BuilderQuery>::failure(root.error());
        if (!root.value().isGroup())
            return Result<BuilderQuery>::failure(QStringLiteral("where: must be a group"));
        query.root = root.value();
    }
    return Result<BuilderQuery>::success(query);
}

} // namespace BuilderJson
