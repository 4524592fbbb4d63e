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

QString FaultInjector::add(const QJsonValue &spec)
{
    const QJsonArray items = spec.isArray() ? spec.toArray() : QJsonArray {spec};
    QList<Fault> parsed;
    for (const QJsonValue &item : items) {
        QString problem;
        const auto fault = parse(item.toObject(), &problem);
        if (!fault)
            return problem;
        parsed.append(*fault);
    }
    m_faults.append(parsed);
    return {};
}

std::optional<Fault> FaultInjector::parse(const QJsonObject &object, QString *problem)
{
    Fault fault;
    const QString kind = object.value(QStringLiteral("kind")).toString();
    const auto it = std::find_if(kindNames().begin(), kindNames().end(),
                                 [&](const auto &entry) { return entry.first == kind; });
    if (it == kindNames().end()) {
        *problem = QStringLiteral("kind must be one of status, rate_limit, latency, stall, reset, "
                                  "truncate, malformed, oversize");
        return std::nullopt;
    }
    fault.kind = it->second;
    fault.pathPrefix = object.value(QStringLiteral("path")).toString();
    fault.method = object.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    fault.status = object.value(QStringLiteral("status")).toInt(500);
    fault.delayMs = object.value(QStringLiteral("delay_ms")).toInt(0);
    fault.resetSeconds = object.value(QStringLiteral("reset_seconds")).toInt(60);
    fault.bytes = qint64(object.value(QStringLiteral("bytes")).toDouble(0));
    fault.times = object.value(QStringLiteral("times")).toInt(1);
    if (fault.status < 100 || fault.status > 599 || fault.times < 0 || fault.delayMs < 0) {
        *problem
            = QStringLiteral("status must be 100–599; times and delay_ms must not be negative");
        return std::nullopt;
    }
    return fault;
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
                                {QStringLiteral("times"), f.times}});
    }
    return out;
}
