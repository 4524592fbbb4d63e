// SPDX-License-Identifier: MIT
#include "contactgenerator.h"

#include "contactwriter.h"
#include "generatordata.h"
#include "sandboxstore.h"

#include <QTimeZone>

#include <chrono>
#include <cstdio>

ContactGenerator::ContactGenerator(SandboxStore &store, quint32 seed, const QDateTime &now)
    : m_store(store)
    , m_random(seed)
    , m_now(QDateTime(now.date(), QTime(12, 0), Qt::UTC))
{ }

QString ContactGenerator::uuid(QRandomGenerator &random)
{
    // Formatted by hand: a million contacts make QString::arg() a visible cost.
    const quint64 high = (random.generate64() & 0xffffffffffff0fffULL) | 0x4000;
    const quint64 low = (random.generate64() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    char text[37];
    std::snprintf(text, sizeof text, "%08llx-%04llx-%04llx-%04llx-%012llx",
                  static_cast<unsigned long long>(high >> 32),
                  static_cast<unsigned long long>((high >> 16) & 0xffff),
                  static_cast<unsigned long long>(high & 0xffff),
                  static_cast<unsigned long long>(low >> 48),
                  static_cast<unsigned long long>(low & 0xffffffffffffULL));
    return QString::fromLatin1(text, 36);
}

QString ContactGenerator::isoTime(qint64 epochSeconds)
{
    using namespace std::chrono;
    const sys_seconds time {seconds(epochSeconds)};
    const auto day = floor<days>(time);
    const year_month_day date {day};
    const hh_mm_ss clock {time - day};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(date.year()),
                  unsigned(date.month()), unsigned(date.day()), int(clock.hours().count()),
                  int(clock.minutes().count()), int(clock.seconds().count()));
    return QString::fromLatin1(text, 20);
}

QString ContactGenerator::time(qint64 secondsAgo) const
{
    return isoTime(m_now.toSecsSinceEpoch() - secondsAgo);
}

QString ContactGenerator::generate(int contactCount)
{
    if (!m_store.transaction())
        return QStringLiteral("Cannot start writing the sandbox data");
    for (const auto &step : {&ContactGenerator::createLists, &ContactGenerator::createCustomFields,
                             &ContactGenerator::createSegments}) {
        if (const QString problem = (this->*step)(); !problem.isEmpty())
            return problem;
    }
    if (const QString problem = createContacts(contactCount); !problem.isEmpty())
        return problem;
    return m_store.commit() ? QString() : QStringLiteral("Cannot save the sandbox data");
}

QString ContactGenerator::createLists()
{
    for (const QString &name : GeneratorData::listNames()) {
        m_listIds.append(uuid(m_random));
        if (!m_store.run(
                QStringLiteral("INSERT INTO lists (id, name, created_at) VALUES (?, ?, ?)"),
                {m_listIds.last(), name, time(400 * 86400)}))
            return m_store.lastError();
    }
    for (int i = 0; i < 4; ++i)
        m_singleSends.append(uuid(m_random));
    return {};
}

QString ContactGenerator::createCustomFields()
{
    int number = 1;
    for (const auto &[name, type] : GeneratorData::customFields()) {
        const QString id = QStringLiteral("e%1_%2").arg(number++).arg(type.left(1));
        if (!m_store.run(QStringLiteral("INSERT INTO field_definitions (id, name, field_type) "
                                        "VALUES (?, ?, ?)"),
                         {id, name, type})
            || !m_store.run(QStringLiteral("ALTER TABLE contact_data ADD COLUMN \"%1\" %2")
                                .arg(name, type == u"Number" ? u"REAL" : u"TEXT")))
            return m_store.lastError();
    }
    return {};
}

QString ContactGenerator::createContacts(int count)
{
    ContactWriter writer(m_store, m_listIds, m_singleSends, m_now);
    for (int i = 0; i < count; ++i) {
        if (const QString problem = writer.write(m_random, i); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString ContactGenerator::createSegments()
{
    const QString created = time(60 * 86400);
    for (const auto &[name, query, parent] : GeneratorData::starterSegments(m_listIds)) {
        if (!m_store.run(QStringLiteral("INSERT INTO segments (id, name, query_dsl, "
                                        "parent_list_id, created_at, updated_at, "
                                        "query_validation, validate_at, next_sample_update) "
                                        "VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)"),
                         {uuid(m_random), name, query, parent.isEmpty() ? QVariant() : parent,
                          created, created, created, created}))
            return m_store.lastError();
    }
    return {};
}
