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

QString errorText(const QSqlQuery &q)
{
    return q.lastError().text();
}

} // namespace

DraftStore::DraftStore()
    : m_connection(QStringLiteral("drafts"))
{ }

DraftStore::~DraftStore() = default;

QString DraftStore::problem(const QString &what, const QString &detail) const
{
    return QObject::tr("%1 in %2 (%3)")
        .arg(what, m_filePath, detail.isEmpty() ? QObject::tr("the store is not open") : detail);
}

VoidResult DraftStore::open(const QString &filePath)
{
    m_filePath = filePath;
    m_writes = 0;
    const QString what
        = QObject::tr("Drafts cannot be kept, so edits are not protected against a crash,");
    if (const VoidResult opened = m_connection.open(filePath); !opened.isOk())
        return VoidResult::failure(problem(what, opened.error()));
    if (const VoidResult configured = configure(); !configured.isOk())
        return VoidResult::failure(problem(what, configured.error()));
    return VoidResult::success();
}

// The window writes a draft at each pause in typing. WAL with synchronous=NORMAL appends to the
// log without waiting for the disk twice, and a crash of the app (not of the machine) still
// keeps every committed draft. Fails with the bare reason; open() says what it means.
VoidResult DraftStore::configure()
{
    QSqlQuery q(m_connection.database());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return VoidResult::failure(errorText(q));
    if (q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return VoidResult::failure(QObject::tr("the file cannot be put in WAL mode"));
    if (!q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return VoidResult::failure(errorText(q));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS drafts (segment_id TEXT PRIMARY KEY, "
                               "name TEXT, query_dsl TEXT, base_updated_at TEXT, saved_at TEXT)")))
        return VoidResult::failure(errorText(q));
    return VoidResult::success();
}

VoidResult DraftStore::save(const Draft &d)
{
    QSqlQuery q(m_connection.database());
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO drafts VALUES (?, ?, ?, ?, ?)")))
        return VoidResult::failure(
            problem(QObject::tr("The draft could not be kept"), errorText(q)));
    for (const QVariant &v :
         {QVariant(d.segmentId), QVariant(d.name), QVariant(d.queryDsl), QVariant(d.baseUpdatedAt),
          QVariant(d.savedAt.toUTC().toString(Qt::ISODateWithMs))})
        q.addBindValue(v);
    if (!q.exec())
        return VoidResult::failure(
            problem(QObject::tr("The draft could not be kept"), errorText(q)));
    ++m_writes;
    return VoidResult::success();
}

VoidResult DraftStore::remove(const QString &segmentId)
{
    return removeAll({segmentId});
}

VoidResult DraftStore::removeAll(const QStringList &segmentIds)
{
    QSqlDatabase db = m_connection.database();
    const QString what = QObject::tr("The drafts could not be removed");
    if (!db.transaction())
        return VoidResult::failure(problem(what, db.lastError().text()));
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("DELETE FROM drafts WHERE segment_id = ?"))) {
        db.rollback();
        return VoidResult::failure(problem(what, errorText(q)));
    }
    for (const QString &id : segmentIds) {
        q.addBindValue(id);
        if (!q.exec()) {
            const QString detail = errorText(q);
            db.rollback();
            return VoidResult::failure(problem(what, detail));
        }
    }
    if (!db.commit())
        return VoidResult::failure(problem(what, db.lastError().text()));
    return VoidResult::success();
}

Result<std::optional<Draft>> DraftStore::find(const QString &segmentId) const
{
    using Found = Result<std::optional<Draft>>;
    QSqlQuery q(m_connection.database());
    if (!q.prepare(QStringLiteral("SELECT segment_id, name, query_dsl, base_updated_at, saved_at "
                                  "FROM drafts WHERE segment_id = ?")))
        return Found::failure(problem(QObject::tr("The draft could not be read"), errorText(q)));
    q.addBindValue(segmentId);
    if (!q.exec())
        return Found::failure(problem(QObject::tr("The draft could not be read"), errorText(q)));
    return Found::success(q.next() ? std::optional<Draft>(readDraft(q)) : std::nullopt);
}

Result<QList<Draft>> DraftStore::all() const
{
    QList<Draft> drafts;
    QSqlQuery q(m_connection.database());
    if (!q.exec(QStringLiteral("SELECT segment_id, name, query_dsl, base_updated_at, saved_at "
                               "FROM drafts ORDER BY saved_at DESC")))
        return Result<QList<Draft>>::failure(
            problem(QObject::tr("The drafts could not be read"), errorText(q)));
    while (q.next())
        drafts.append(readDraft(q));
    return Result<QList<Draft>>::success(std::move(drafts));
}
