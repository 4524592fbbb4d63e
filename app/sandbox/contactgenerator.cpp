// SPDX-License-Identifier: MIT
#include "contactgenerator.h"

#include "contactwriter.h"
#include "fieldtable.h"
#include "generatordata.h"
#include "listtable.h"
#include "sandboxstore.h"
#include "segmenttable.h"

#include <QTimeZone>

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
    // Written out by hand (civil-from-days, H. Hinnant): millions of events made the chrono
    // calendar conversion and snprintf a visible share of generating a store.
    const qint64 days = epochSeconds >= 0 ? epochSeconds / 86400 : (epochSeconds - 86399) / 86400;
    const qint64 secondOfDay = epochSeconds - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    char text[20];
    const auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    put(11, int(secondOfDay / 3600), 2);
    put(14, int(secondOfDay / 60 % 60), 2);
    put(17, int(secondOfDay % 60), 2);
    text[4] = text[7] = '-';
    text[10] = 'T';
    text[13] = text[16] = ':';
    text[19] = 'Z';
    return QString::fromLatin1(text, 20);
}

QString ContactGenerator::time(qint64 secondsAgo) const
{
    return isoTime(m_now.toSecsSinceEpoch() - secondsAgo);
}

VoidResult ContactGenerator::generate(int contactCount)
{
    return m_store.inTransaction([this, contactCount] { return createAll(contactCount); });
}

VoidResult ContactGenerator::createAll(int contactCount)
{
    for (const auto &step : {&ContactGenerator::createLists, &ContactGenerator::createCustomFields,
                             &ContactGenerator::createSegments}) {
        if (VoidResult done = (this->*step)(); !done.isOk())
            return done;
    }
    return createContacts(contactCount);
}

VoidResult ContactGenerator::createLists()
{
    for (const QString &name : GeneratorData::listNames()) {
        m_listIds.append(uuid(m_random));
        if (VoidResult done = ListTable(m_store).add(m_listIds.last(), name, time(400 * 86400));
            !done.isOk())
            return done;
    }
    for (int i = 0; i < 4; ++i)
        m_singleSends.append(uuid(m_random));
    return VoidResult::success();
}

VoidResult ContactGenerator::createCustomFields()
{
    int number = 1;
    for (const auto &[name, type] : GeneratorData::customFields()) {
        const FieldDefinition field {
            QStringLiteral("e%1_%2").arg(number++).arg(type.left(1)), name,
            FieldDefinition::typeFromName(type).value_or(FieldDefinition::Type::Text)};
        if (VoidResult done = FieldTable(m_store).add(field); !done.isOk())
            return done;
    }
    return VoidResult::success();
}

VoidResult ContactGenerator::createContacts(int count)
{
    ContactWriter writer(m_store, m_listIds, m_singleSends, m_now);
    for (int i = 0; i < count; ++i) {
        if (VoidResult done = writer.write(m_random, i); !done.isOk())
            return done;
    }
    return VoidResult::success();
}

VoidResult ContactGenerator::createSegments()
{
    const QString created = time(60 * 86400);
    SegmentTable segments(m_store);
    for (const auto &[name, query, parent] : GeneratorData::starterSegments(m_listIds)) {
        SegmentRow row;
        row.id = uuid(m_random);
        row.name = name;
        row.queryDsl = query;
        row.parentListId = parent;
        row.sample = QStringLiteral("[]");
        row.createdAt = row.updatedAt = row.validateAt = row.nextSampleUpdate = created;
        row.validation = QStringLiteral("PENDING");
        if (VoidResult done = segments.save(row); !done.isOk())
            return done;
    }
    return VoidResult::success();
}
