// SPDX-License-Identifier: MIT
#include "draftstore.h"

#include "sqliteschema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Every statement on the drafts file is here. A change of the table is a new migration at the
// end of the list (SqliteSchema); statements name their columns, so one added later does not
// shift the others.
const SqliteSchema &schema()
{
    static const SqliteSchema drafts(
        QStringLiteral("drafts"),
        {{QStringLiteral("CREATE TABLE drafts (segment_id TEXT PRIMARY KEY, name TEXT, "
                         "query_dsl TEXT, base_updated_at TEXT, saved_at TEXT)")}});
    return drafts;
}

const char *const SelectDrafts
    = "SELECT segment_id, name, query_dsl, base_updated_at, saved_at FROM drafts";

Draft readDraft(const QSqlQuery &q)
{
    return {
        q.value(QStringLiteral("segment_id")).toString(),
        q.value(QStringLiteral("name")).toString(), q.value(QStringLiteral("query_dsl")).toString(),
        q.value(QStringLiteral("base_updated_at")).toString(),
        QDateTime::fromString(q.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs)};
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

StoreResult DraftStore::open(const QString &filePath)
{
    m_filePath = filePath;
    m_writes = 0;
    const QString what
        = QObject::tr("Drafts cannot be kept, so edits are not protected against a crash,");
    const StoreResult ready
        = schema().openFile(m_connection, filePath, [this] { return configure(); });
    return ready.isOk() ? ready : ready.withMessage(problem(what, ready.error()));
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
    return VoidResult::success();
}

VoidResult DraftStore::save(const Draft &d)
{
    QSqlQuery q(m_connection.database());
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO drafts (segment_id, name, query_dsl, "
                                  "base_updated_at, saved_at) VALUES (:segment_id, :name, "
                                  ":query_dsl, :base_updated_at, :saved_at)")))
        return VoidResult::failure(
            problem(QObject::tr("The draft could not be kept"), errorText(q)));
    q.bindValue(QStringLiteral(":segment_id"), d.segmentId);
    q.bindValue(QStringLiteral(":name"), d.name);
    q.bindValue(QStringLiteral(":query_dsl"), d.queryDsl);
    q.bindValue(QStringLiteral(":base_updated_at"), d.baseUpdatedAt);
    q.bindValue(QStringLiteral(":saved_at"), d.savedAt.toUTC().toString(Qt::ISODateWithMs));
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
    if (!q.prepare(QLatin1String(SelectDrafts) + QLatin1String(" WHERE segment_id = ?")))
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
    if (!q.exec(QLatin1String(SelectDrafts) + QLatin1String(" ORDER BY saved_at DESC")))
        return Result<QList<Draft>>::failure(
            problem(QObject::tr("The drafts could not be read"), errorText(q)));
    while (q.next())
        drafts.append(readDraft(q));
    return Result<QList<Draft>>::success(std::move(drafts));
}
