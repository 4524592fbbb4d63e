// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

/// The queries of tests/data/query-examples.sql with the form each is written in.
struct QueryExample
{
    QString title; ///< the first comment line of its block
    QString text;
    bool v1Expression = false; ///< section C: SGQL v1 (contacts search)
};

QList<QueryExample> loadQueryExamples();
