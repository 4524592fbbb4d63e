// SPDX-License-Identifier: MIT
#include "draftstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Draft readDraft(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)};
}

} // namespace

DraftStore::DraftStore()
    : m_connection(QStringLiteral("drafts"))
{ }

DraftStore::~DraftStore() = default;

QString DraftStore::open(const QString &filePath)
{
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    QString problem;
    if (!m_connection.open(filePath, &problem))
        return QObject::tr("Drafts cannot be kept in %1 (%2); edits are not protected against a "
                           "crash.")
            .arg(filePath, problem);
    QSqlQuery q(m_connection.database());
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS drafts (segment_id TEXT PRIMARY KEY, "
                               "name TEXT, query_dsl TEXT, base_updated_at TEXT, saved_at TEXT)")))
        return QObject::tr("Drafts cannot be kept in %1 (%2); edits are not protected against a "
                           "crash.")
            .arg(filePath, q.lastError().text());
    return {};
}

QString DraftStore::save(const Draft &d)
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO drafts VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(d.segmentId), QVariant(d.name), QVariant(d.queryDsl), QVariant(d.baseUpdatedAt),
          QVariant(d.savedAt.toUTC().toString(Qt::ISODateWithMs))})
        q.addBindValue(v);
    return q.exec() ? QString() : q.lastError().text();
}

void DraftStore::remove(const QString &segmentId)
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE segment_id = ?"));
    q.addBindValue(segmentId);
    q.exec();
}

std::optional<Draft> DraftStore::find(const QString &segmentId) const
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("SELECT segment_id, name, query_dsl, base_updated_at, saved_at FROM "
                             "drafts WHERE segment_id = ?"));
    q.addBindValue(segmentId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readDraft(q);
}

QList<Draft> DraftStore::all() const
{
    QList<Draft> drafts;
    QSqlQuery q(m_connection.database());
    if (!q.exec(QStringLiteral("SELECT segment_id, name, query_dsl, base_updated_at, saved_at "
                               "FROM drafts ORDER BY saved_at DESC")))
        return drafts;
    while (q.next())
        drafts.append(readDraft(q));
    return drafts;
}
