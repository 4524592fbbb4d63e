// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "query/fieldcatalogue.h"
#include "sandbox/sandboxstore.h"

#include <QDateTime>
#include <QStringList>

/// The sandbox's generated contact base (seeded, so the same every run) in an in-memory store,
/// and who matches a query there: to prove that two forms of a query select the same contacts.
class SeededStore
{
public:
    static constexpr int ContactCount = 3000;

    /// Generates the contacts; with `catalogue`, sets it to the store's fields (custom ones too).
    VoidResult open(FieldCatalogue *catalogue = nullptr);
    /// The ids (sorted) of the contacts that the V2 statement `query` selects, through the
    /// sandbox's compiler, with NOW() fixed; fails when it does not parse, compile or run.
    Result<QStringList> members(const QString &query) const;
    /// {name, query_dsl} of the starter segments the generator wrote.
    Result<QList<std::pair<QString, QString>>> starterSegments() const;
    SandboxStore &store() { return m_store; }

private:
    SandboxStore m_store;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
};
