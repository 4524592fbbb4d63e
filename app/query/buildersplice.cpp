// SPDX-License-Identifier: MIT
#include "buildersplice.h"

#include "builderconditionwriter.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

struct Replacement
{
    qsizetype start;
    qsizetype end;
    QString text;
};

/// Whether a changed condition can be written where it was read.
bool staysInPlace(const BuilderNode &now, const BuilderNode &read)
{
    if (!read.origin)
        return false;
    return !now.shape.joined || !BuilderOperators::isNever(now.condition.op);
}

/// A joined condition's terms, AND-ed as the original text AND-ed its first two.
QString joinedText(const QStringList &terms, const BuilderOrigin &origin)
{
    static const QRegularExpression separator(QStringLiteral("\\s+AND\\s+"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = separator.match(origin.sql);
    return terms.join(match.hasMatch() ? match.captured() : QStringLiteral(" AND "));
}

/// Collects what changed from `read` to `now`; false when the trees differ in more than
/// leaves' contents, or a leaf cannot be written in place.
bool collect(const BuilderNode &now, const BuilderNode &read, QStringView alias,
             QList<Replacement> &out, QString &error)
{
    if (now.kind != read.kind)
        return false;
    switch (now.kind) {
    case BuilderNode::Kind::Group:
        if (now.junction != read.junction || now.negated != read.negated
            || now.children.size() != read.children.size())
            return false;
        for (qsizetype i = 0; i < now.children.size(); ++i)
            if (!collect(now.children[i], read.children[i], alias, out, error))
                return false;
        return true;
    case BuilderNode::Kind::Locked:
        if (now.locked.sql != read.locked.sql)
            out.append({read.locked.start, read.locked.end, now.locked.sql});
        return read.locked.start >= 0 || now.locked.sql == read.locked.sql;
    case BuilderNode::Kind::Condition:
        break;
    }
    if (now.condition == read.condition)
        return true;
    if (!staysInPlace(now, read))
        return false;
    const auto written = BuilderConditionWriter::write(now.condition, alias, now.shape);
    if (!written.isOk()) {
        error = written.error();
        return true;
    }
    const QString text
        = now.shape.joined ? joinedText(written.value().terms, *read.origin) : written.value().line;
    out.append({read.origin->start, read.origin->end, text});
    return true;
}

} // namespace

namespace BuilderSplice {

std::optional<Result<QString>> write(const BuilderQuery &query)
{
    if (!query.source)
        return std::nullopt;
    QList<Replacement> changes;
    QString error;
    if (!collect(query.root, query.source->root, query.alias, changes, error))
        return std::nullopt;
    if (!error.isEmpty())
        return Result<QString>::failure(error);
    std::sort(changes.begin(), changes.end(),
              [](const Replacement &a, const Replacement &b) { return a.start > b.start; });
    QString text = query.source->text;
    for (const Replacement &r : changes)
        text.replace(r.start, r.end - r.start, r.text);
    return Result<QString>::success(text);
}

} // namespace BuilderSplice
