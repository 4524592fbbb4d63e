// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "query/sqlitecompiler.h"

#include <QJsonArray>
#include <QString>

class SandboxStore;
class SqliteStatement;

/// Who matches a segment query: the count and a sample in SendGrid's contact_response shape.
struct Evaluation
{
    qint64 count = 0;
    QJsonArray sample;
};

/// Runs compiled segment SQL against the sandbox store, on SQLite's own API: every `?` is bound
/// by position, in time linear in their number. Statements end early when a QueryDeadline on
/// the store's connection gives up; the caller tells that apart from a query SQLite refuses.
class SegmentEvaluator
{
public:
    /// contact_response differs between the segments and the contacts API (§8.5).
    enum class Shape { SegmentSample, ContactSearch };

    /// `now`: what NOW() is in the queries it runs.
    SegmentEvaluator(SandboxStore &store, QDateTime now);

    static constexpr int sampleSize = 50;

    /// The query's members, restricted to `parentListId`'s members when it is not empty. Fails
    /// with the compiler's or SQLite's message when the query cannot be evaluated.
    Result<Evaluation> evaluate(const QString &queryDsl, const QString &parentListId,
                                Shape shape = Shape::SegmentSample) const;
    Result<Evaluation> evaluate(const SelectStatement &statement, const QString &parentListId,
                                Shape shape = Shape::SegmentSample) const;
    /// The ids of the members of `statement`, within `parentListId` when it is not empty.
    Result<QStringList> memberIds(const SelectStatement &statement,
                                  const QString &parentListId) const;
    /// The contacts of `ids` (at most a few hundred), ordered by email.
    Result<QJsonArray> contacts(const QStringList &ids, Shape shape) const;
    /// Whether the query compiles and SQLite accepts the compiled SQL, without running it.
    VoidResult check(const QString &queryDsl) const;
    /// Which of `contactIds` match the query (for a contact's segment_ids).
    Result<QStringList> members(const QString &queryDsl, const QStringList &contactIds) const;

private:
    Result<CompiledSql> compile(const QString &queryDsl) const;
    Result<qint64> count(const QString &members, const QVariantList &bindings) const;
    Result<QJsonArray> sample(const QString &members, const QVariantList &bindings,
                              Shape shape) const;
    /// One contact_data row in SendGrid's shape (custom fields by name).
    QJsonObject contactJson(const SqliteStatement &row, Shape shape) const;

    SandboxStore &m_store;
    QStringList m_customFields;
    QDateTime m_now;
};
