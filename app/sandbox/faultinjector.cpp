// SPDX-License-Identifier: MIT
#include "faultinjector.h"

#include <QJsonObject>

namespace {

const QList<std::pair<QString, Fault::Kind>> &kindNames()
{
    static const QList<std::pair<QString, Fault::Kind>> names
        = {{QStringLiteral("status"), Fault::Kind::Status},
           {QStringLiteral("rate_limit"), Fault::Kind::RateLimit},
           {QStringLiteral("latency"), Fault::Kind::Latency},
           {QStringLiteral("stall"), Fault::Kind::Stall},
           {QStringLiteral("reset"), Fault::Kind::Reset},
           {QStringLiteral("truncate"), Fault::Kind::Truncate},
           {QStringLiteral("malformed"), Fault::Kind::Malformed},
           {QStringLiteral("oversize"), Fault::Kind::Oversize}};
    return names;
}

} // namespace

VoidResult FaultInjector::add(const QJsonValue &spec)
{
    const QJsonArray items = spec.isArray() ? spec.toArray() : QJsonArray {spec};
    QList<Fault> parsed;
    for (const QJsonValue item : items) {
        const Result<Fault> fault = parse(item.toObject());
        if (!fault.isOk())
            return VoidResult::failure(fault.error());
        parsed.append(fault.value());
    }
    m_faults.append(parsed);
    return VoidResult::success();
}

namespace {

/// A whole number in [low, high] (absent: `fallback`); nullopt for anything else, so 1e12 is
/// refused rather than wrapped or clamped.
std::optional<qint64> bounded(const QJsonObject &object, const char *key, qint64 fallback,
                              qint64 low, qint64 high)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || number < double(low) || number > double(high)
        || number != double(qint64(number)))
        return std::nullopt;
    return qint64(number);
}

} // namespace

Result<Fault> FaultInjector::parse(const QJsonObject &object)
{
    Fault fault;
    const QString kind = object.value(QStringLiteral("kind")).toString();
    const auto it = std::find_if(kindNames().begin(), kindNames().end(),
                                 [&](const auto &entry) { return entry.first == kind; });
    if (it == kindNames().end())
        return Result<Fault>::failure(
            QStringLiteral("kind must be one of status, rate_limit, latency, stall, reset, "
                           "truncate, malformed, oversize"));
    fault.kind = it->second;
    fault.pathPrefix = object.value(QStringLiteral("path")).toString();
    fault.method = object.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    const auto status = bounded(object, "status", 500, 100, 599);
    const auto delay = bounded(object, "delay_ms", 0, 0, maxDelayMs);
    const auto reset = bounded(object, "reset_seconds", 60, 0, 86400);
    const auto bytes = bounded(object, "bytes", 0, 0, maxBytes);
    const auto times = bounded(object, "times", 1, 0, 1000000);
    if (!status || !delay || !reset || !bytes || !times)
        return Result<Fault>::failure(
            QStringLiteral("status must be 100–599, delay_ms 0–%1, reset_seconds 0–86400, bytes "
                           "0–%2 and times 0–1000000, each a whole number")
                .arg(maxDelayMs)
                .arg(maxBytes));
    fault.status = int(*status);
    fault.delayMs = int(*delay);
    fault.resetSeconds = int(*reset);
    fault.bytes = *bytes;
    fault.times = int(*times);
    fault.apply = object.value(QStringLiteral("apply")).toBool();
    return Result<Fault>::success(fault);
}

std::optional<Fault> FaultInjector::take(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!path.startsWith(f.pathPrefix) || (!f.method.isEmpty() && f.method != method))
            continue;
        const Fault found = f;
        if (f.times > 0 && --f.times == 0)
            m_faults.removeAt(i);
        return found;
    }
    return std::nullopt;
}

QJsonArray FaultInjector::describe() const
{
    QJsonArray out;
    for (const Fault &f : m_faults) {
        const auto name = std::find_if(kindNames().begin(), kindNames().end(),
                                       [&](const auto &entry) { return entry.second == f.kind; });
        out.append(QJsonObject {{QStringLiteral("kind"), name->first},
                                {QStringLiteral("path"), f.pathPrefix},
                                {QStringLiteral("method"), QString::fromLatin1(f.method)},
                                {QStringLiteral("status"), f.status},
                                {QStringLiteral("times"), f.times},
                                {QStringLiteral("apply"), f.apply}});
    }
    return out;
}
