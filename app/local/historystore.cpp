// SPDX-License-Identifier: MIT
#include "historystore.h"

#include "sqliteschema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const char *const Columns = "id, number, profile_id, segment_id, recorded_at, name, query_dsl, "
                            "contacts_count, validation, validation_error, source, "
                            "segment_updated_at";

// Migration 1: the table as the builds before schema versions made it. A change is a new
// migration at the end (SqliteSchema).
const char *const Versions1 = R"(CREATE TABLE versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_id TEXT NOT NULL,
    segment_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    name TEXT NOT NULL,
    query_dsl TEXT NOT NULL,
    contacts_count INTEGER,
    validation TEXT NOT NULL,
    validation_error TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('this app', 'elsewhere')),
    segment_updated_at TEXT NOT NULL,
    UNIQUE (profile_id, segment_id, number)))";

const SqliteSchema &schema()
{
    static const SqliteSchema history(QStringLiteral("versions"),
                                      {{QString::fromLatin1(Versions1)}});
    return history;
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

/// Prepares `sql`, binds `values` in order and runs it.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &values = {})
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec();
}

HistoryVersion readVersion(const QSqlQuery &q)
{
    HistoryVersion v;
    v.id = q.value(0).toLongLong();
    v.number = q.value(1).toInt();
    v.profileId = q.value(2).toString();
    v.segmentId = q.value(3).toString();
    v.recordedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    v.name = q.value(5).toString();
    v.queryDsl = q.value(6).toString();
    if (!q.value(7).isNull())
        v.contactsCount = q.value(7).toLongLong();
    v.validation = q.value(8).toString();
    v.validationError = q.value(9).toString();
    v.source = q.value(10).toString() == HistoryVersion::sourceName(HistoryVersion::Source::ThisApp)
        ? HistoryVersion::Source::ThisApp
        : HistoryVersion::Source::Elsewhere;
    v.segmentUpdatedAt = q.value(11).toString();
    return v;
}

/// Text for a NOT NULL column: QtSql binds a null QString as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant countValue(const std::optional<qint64> &count)
{
    return count ? QVariant(*count) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

HistoryStore::HistoryStore(int maxVersionsPerSegment)
    : m_connection(QStringLiteral("history"))
    , m_maxVersions(qMax(1, maxVersionsPerSegment))
{ }

HistoryStore::~HistoryStore() = default;

QString HistoryStore::problem(const QString &what, const QString &detail) const
{
    return QObject::tr("%1 in %2 (%3)")
        .arg(what, m_filePath, detail.isEmpty() ? QObject::tr("the store is not open") : detail);
}

StoreResult HistoryStore::open(const QString &filePath)
{
    m_filePath = filePath;
    const QString what = QObject::tr("The history of segment versions cannot be kept");
    const StoreResult ready
        = schema().openFile(m_connection, filePath, [this] { return configure(); });
    return ready.isOk() ? ready : ready.withMessage(problem(what, ready.error()));
}

// Fails with the bare reason; open() says what it means.
VoidResult HistoryStore::configure()
{
    QSqlQuery q(m_connection.database());
    // The window and a CLI run may write at once: readers never block the writer in WAL mode,
    // and a writer waits for the other instead of failing at once.
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = 5000")))
        return VoidResult::failure(q.lastError().text());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return VoidResult::failure(q.lastError().text());
    if (q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return VoidResult::failure(QObject::tr("the file cannot be put in WAL mode"));
    // A CLI update waited for five syncs here (#20 §5): SQLite's default FULL syncs each commit,
    // and the checkpoint at the close of the last connection syncs the log and the database,
    // after which the next run makes a new log and syncs it and its folder. Now a commit is
    // one append to the log (NORMAL), and the log stays when the CLI exits; it reaches the
    // database, synced, at an automatic checkpoint every 128 pages (about 30 versions). A power
    // cut or a crash of the system (not of the app: the log is in the system's cache) can lose
    // the versions since, never the file. That is acceptable for a history: nothing
    // depends on its last versions, and a segment is recorded again when it is next read.
    // 128 rather than SQLite's 1000 pages: a run that opens the file alone reads the whole log
    // back in, and fewer versions are at stake.
    for (const char *pragma : {"PRAGMA synchronous = NORMAL", "PRAGMA wal_autocheckpoint = 128"}) {
        if (!q.exec(QLatin1String(pragma)))
            return VoidResult::failure(q.lastError().text());
    }
    return m_connection.keepLogOnClose();
}

Result<HistoryVersion> HistoryStore::record(const HistoryVersion &version)
{
    const QString what = QObject::tr("The version of \"%1\" could not be kept").arg(version.name);
    QSqlQuery q(m_connection.database());
    // IMMEDIATE: take the write lock before reading the latest version, so that two writers
    // cannot both decide to add the same one.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Result<HistoryVersion>::failure(problem(what, q.lastError().text()));
    Result<HistoryVersion> recorded = recordInTransaction(version);
    if (!recorded.isOk()) {
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qWarning("history: rollback failed: %s", qPrintable(q.lastError().text()));
        return Result<HistoryVersion>::failure(problem(what, recorded.error()));
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return Result<HistoryVersion>::failure(problem(what, q.lastError().text()));
    return recorded;
}

Result<HistoryVersion> HistoryStore::recordInTransaction(const HistoryVersion &version)
{
    const Result<std::optional<HistoryVersion>> found
        = latest(version.profileId, version.segmentId);
    if (!found.isOk())
        return Result<HistoryVersion>::failure(found.error());
    const std::optional<HistoryVersion> &previous = found.value();
    if (previous && previous->sameDefinition(version)) {
        if (const VoidResult refreshed = refreshLatest(*previous, version); !refreshed.isOk())
            return Result<HistoryVersion>::failure(refreshed.error());
        HistoryVersion kept = *previous;
        kept.contactsCount = version.contactsCount;
        kept.validation = version.validation;
        kept.validationError = version.validationError;
        return Result<HistoryVersion>::success(kept);
    }
    HistoryVersion added = version;
    added.number = previous ? previous->number + 1 : 1;
    if (const VoidResult inserted = insert(added); !inserted.isOk())
        return Result<HistoryVersion>::failure(inserted.error());
    if (const VoidResult trimmed = trim(added); !trimmed.isOk())
        return Result<HistoryVersion>::failure(trimmed.error());
    return Result<HistoryVersion>::success(added);
}

Result<std::optional<HistoryVersion>> HistoryStore::latest(const QString &profileId,
                                                           const QString &segmentId) const
{
    const Result<QList<HistoryVersion>> found
        = select(QStringLiteral("profile_id = ? AND segment_id = ? ORDER BY number DESC LIMIT 1"),
                 {profileId, segmentId});
    if (!found.isOk())
        return Result<std::optional<HistoryVersion>>::failure(found.error());
    return Result<std::optional<HistoryVersion>>::success(
        found.value().isEmpty() ? std::nullopt : std::optional(found.value().constFirst()));
}

VoidResult HistoryStore::refreshLatest(const HistoryVersion &latest, const HistoryVersion &seen)
{
    QSqlQuery q(m_connection.database());
    if (!run(q,
             QStringLiteral("UPDATE versions SET contacts_count = ?, validation = ?, "
                            "validation_error = ? WHERE id = ?"),
             {countValue(seen.contactsCount), text(seen.validation), text(seen.validationError),
              latest.id}))
        return VoidResult::failure(q.lastError().text());
    return VoidResult::success();
}

VoidResult HistoryStore::insert(HistoryVersion &v)
{
    QSqlQuery q(m_connection.database());
    if (!run(q,
             QStringLiteral("INSERT INTO versions (profile_id, segment_id, number, recorded_at, "
                            "name, query_dsl, contacts_count, validation, validation_error, "
                            "source, segment_updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {text(v.profileId), text(v.segmentId), v.number, timeText(v.recordedAt), text(v.name),
              text(v.queryDsl), countValue(v.contactsCount), text(v.validation),
              text(v.validationError), HistoryVersion::sourceName(v.source),
              text(v.segmentUpdatedAt)}))
        return VoidResult::failure(q.lastError().text());
    v.id = q.lastInsertId().toLongLong();
    return VoidResult::success();
}

VoidResult HistoryStore::trim(const HistoryVersion &newest)
{
    QSqlQuery q(m_connection.database());
    if (!run(q,
             QStringLiteral("DELETE FROM versions WHERE profile_id = ? AND segment_id = ? "
                            "AND number <= ?"),
             {newest.profileId, newest.segmentId, newest.number - m_maxVersions}))
        return VoidResult::failure(q.lastError().text());
    return VoidResult::success();
}

Result<QList<HistoryVersion>> HistoryStore::select(const QString &where,
                                                   const QVariantList &values) const
{
    QSqlQuery q(m_connection.database());
    if (!run(q,
             QStringLiteral("SELECT %1 FROM versions WHERE %2").arg(QLatin1String(Columns), where),
             values))
        return Result<QList<HistoryVersion>>::failure(q.lastError().text());
    QList<HistoryVersion> found;
    while (q.next())
        found.append(readVersion(q));
    return Result<QList<HistoryVersion>>::success(std::move(found));
}

Result<QList<HistoryVersion>> HistoryStore::versions(const QString &profileId,
                                                     const QString &segmentId) const
{
    Result<QList<HistoryVersion>> found
        = select(QStringLiteral("profile_id = ? AND segment_id = ? ORDER BY number"),
                 {profileId, segmentId});
    if (!found.isOk())
        return Result<QList<HistoryVersion>>::failure(problem(
            QObject::tr("The history of %1 could not be read").arg(segmentId), found.error()));
    return found;
}

Result<HistoryVersion> HistoryStore::version(qint64 id) const
{
    const QString what = QObject::tr("Version %1 could not be read").arg(id);
    const Result<QList<HistoryVersion>> found = select(QStringLiteral("id = ?"), {id});
    if (!found.isOk())
        return Result<HistoryVersion>::failure(problem(what, found.error()));
    if (found.value().isEmpty())
        return Result<HistoryVersion>::failure(
            problem(what, QObject::tr("no version has this id")));
    return Result<HistoryVersion>::success(found.value().constFirst());
}

Result<QList<SegmentHistorySummary>>
HistoryStore::segmentsWithHistory(const QString &profileId) const
{
    using Found = Result<QList<SegmentHistorySummary>>;
    const QString what = QObject::tr("The segments with history could not be read");
    QSqlQuery q(m_connection.database());
    if (!run(q,
             QStringLiteral(
                 "SELECT segment_id, COUNT(*), MAX(recorded_at), (SELECT name FROM versions AS l "
                 "WHERE l.profile_id = v.profile_id AND l.segment_id = v.segment_id ORDER BY "
                 "number DESC LIMIT 1) FROM versions AS v WHERE profile_id = ? "
                 "GROUP BY segment_id ORDER BY MAX(recorded_at) DESC, segment_id"),
             {profileId}))
        return Found::failure(problem(what, q.lastError().text()));
    QList<SegmentHistorySummary> segments;
    while (q.next())
        segments.append({q.value(0).toString(), q.value(3).toString(), q.value(1).toInt(),
                         QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)});
    return Found::success(std::move(segments));
}
