// SPDX-License-Identifier: MIT
#include "contactwriter.h"

#include "contactgenerator.h"
#include "generatordata.h"
#include "sandboxstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

template<typename T>
const T &pick(QRandomGenerator &random, const QList<T> &from)
{
    return from.at(random.bounded(int(from.size())));
}

// By hand: the generated values need no escaping beyond quotes and backslashes, and
// QJsonDocument per contact was a visible share of generating a million.
QString jsonArray(const QStringList &values)
{
    QString out = QStringLiteral("[");
    for (const QString &value : values) {
        if (out.size() > 1)
            out += u',';
        QString escaped = value;
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        out += u'"' + escaped + u'"';
    }
    return out + u']';
}

QString emailLocalPart(const QString &first, const QString &last, int index)
{
    QString local = (first + u'.' + last).toLower();
    local.replace(u'\'', QString());
    QString ascii;
    for (QChar c : local.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 128)
            ascii += c;
    }
    return ascii + QString::number(index);
}

} // namespace

ContactWriter::ContactWriter(SandboxStore &store, const QStringList &listIds,
                             const QStringList &singleSends, const QDateTime &now)
    : m_listIds(listIds)
    , m_singleSends(singleSends)
    , m_now(now)
    , m_contact(store.nativeHandle(),
                "INSERT INTO contact_data (contact_id, email, external_id, first_name, last_name, "
                "address_line_1, address_line_2, city, state_province_region, postal_code, "
                "country, phone_number, list_ids, alternate_emails, email_domains, created_at, "
                "updated_at, plan_tier, favorite_category, lifetime_value, loyalty_points, "
                "birthday, last_purchase_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_member(store.nativeHandle(), "INSERT INTO list_members (list_id, contact_id) VALUES (?, ?)")
    , m_event(store.nativeHandle(),
              "INSERT INTO event_data (contact_id, event_source, event_type, event_timestamp, "
              "data) VALUES (?, 'mail', ?, ?, ?)")
{
    for (const QString &send : singleSends) {
        const QJsonObject data {
            {QStringLiteral("payload"),
             QJsonObject {{QStringLiteral("unique_args"),
                           QJsonObject {{QStringLiteral("singlesend_id"), send}}}}}};
        m_eventData.insert(send,
                           QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    }
}

VoidResult ContactWriter::error(const SqliteStatement &statement)
{
    return VoidResult::failure(
        QStringLiteral("Cannot write the sandbox contacts: %1").arg(statement.error()));
}

VoidResult ContactWriter::write(QRandomGenerator &random, int index)
{
    const QString id = ContactGenerator::uuid(random);
    const QStringList lists = pickLists(random);
    const QVariantList values = contactValues(random, index, id, lists);
    for (int i = 0; i < values.size(); ++i)
        m_contact.bind(i, values.at(i));
    if (!m_contact.execute())
        return error(m_contact);
    for (const QString &list : lists) {
        m_member.bind(0, list);
        m_member.bind(1, id);
        if (!m_member.execute())
            return error(m_member);
    }
    return writeEvents(random, id) ? VoidResult::success() : error(m_event);
}

// The columns of the contact insert, in its order.
QVariantList ContactWriter::contactValues(QRandomGenerator &random, int index, const QString &id,
                                          const QStringList &lists) const
{
    const QString first = pick(random, GeneratorData::firstNames());
    const QString last = pick(random, GeneratorData::lastNames());
    const QString domain = pick(random, GeneratorData::domains());
    const QString email = emailLocalPart(first, last, index) + u'@' + domain;
    const QStringList alternates = random.bounded(5) == 0
        ? QStringList {emailLocalPart(first, last, index) + QStringLiteral("@work.example")}
        : QStringList {};
    const GeneratorData::Place &place = pick(random, GeneratorData::places());
    const qint64 age = random.bounded(2 * 365 * 86400);
    const auto date = [&](int maxDays) {
        return m_now.addSecs(-qint64(random.bounded(maxDays)) * 86400).date().toString(Qt::ISODate);
    };
    return {id,
            email,
            QStringLiteral("ext-") + QString::number(index),
            first,
            last,
            QStringLiteral("%1 %2")
                .arg(random.bounded(1, 400))
                .arg(pick(random, GeneratorData::streets())),
            random.bounded(6) == 0 ? QStringLiteral("Apt %1").arg(random.bounded(1, 90))
                                   : QString(),
            place.city,
            place.region,
            QString::number(random.bounded(10000, 99999)),
            place.country,
            QStringLiteral("+1555") + QString::number(random.bounded(1000000, 9999999)),
            jsonArray(lists),
            jsonArray(alternates),
            jsonArray({domain}),
            ContactGenerator::isoTime(m_now.toSecsSinceEpoch() - age),
            ContactGenerator::isoTime(m_now.toSecsSinceEpoch() - age / 3),
            pick(random, GeneratorData::planTiers()),
            pick(random, GeneratorData::categories()),
            double(random.bounded(0, 100000)) / 100.0,
            random.bounded(0, 5000),
            random.bounded(3) == 0 ? QVariant() : QVariant(date(365 * 60)),
            random.bounded(2) == 0 ? QVariant() : QVariant(date(365))};
}

QStringList ContactWriter::pickLists(QRandomGenerator &random)
{
    // Newsletter is common, VIP and Partners are rare: list sizes differ like real ones.
    static const int percent[] = {60, 35, 20, 15, 5, 30, 4, 10};
    QStringList lists;
    for (qsizetype i = 0; i < m_listIds.size(); ++i) {
        if (random.bounded(100) < percent[i % 8])
            lists.append(m_listIds.at(i));
    }
    return lists;
}

bool ContactWriter::writeEvents(QRandomGenerator &random, const QString &contactId)
{
    for (qsizetype s = 0; s < m_singleSends.size(); ++s) {
        if (random.bounded(100) >= 35)
            continue;
        const QString &send = m_singleSends.at(s);
        qint64 ago = (3 + s * 45) * 86400 - random.bounded(86400);
        if (!addEvent(contactId, QStringLiteral("processed"), send, ago))
            return false;
        const bool bounced = random.bounded(100) < 4;
        if (!addEvent(contactId, bounced ? QStringLiteral("bounce") : QStringLiteral("delivered"),
                      send, ago -= 60))
            return false;
        if (bounced || random.bounded(100) >= 40)
            continue;
        if (!addEvent(contactId, QStringLiteral("open"), send, ago -= random.bounded(86400)))
            return false;
        if (random.bounded(100) < 30
            && !addEvent(contactId, QStringLiteral("click"), send, ago -= random.bounded(3600)))
            return false;
        if (random.bounded(100) < 3
            && !addEvent(contactId, QStringLiteral("unsubscribe"), send, ago - 30))
            return false;
    }
    return true;
}

bool ContactWriter::addEvent(const QString &contactId, const QString &type, const QString &send,
                             qint64 secondsAgo)
{
    m_event.bind(0, contactId);
    m_event.bind(1, type);
    m_event.bind(2, ContactGenerator::isoTime(m_now.toSecsSinceEpoch() - secondsAgo));
    m_event.bind(3, m_eventData.value(send));
    return m_event.execute();
}

Result<qint64> ContactWriter::count(const SandboxStore &store)
{
    const Result<QVariant> counted
        = store.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_data"));
    return counted.isOk() ? Result<qint64>::success(counted.value().toLongLong())
                          : Result<qint64>::failure(counted.error());
}
