// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>

#include <tuple>

/// The vocabulary the contact generator draws from.
namespace GeneratorData {

struct Place
{
    QString city;
    QString region;
    QString country;
};

const QStringList &firstNames();
const QStringList &lastNames();
const QStringList &domains();
const QStringList &streets();
const QList<Place> &places();
const QStringList &listNames();
/// {name, field_type}
const QList<std::pair<QString, QString>> &customFields();
const QStringList &planTiers();
const QStringList &categories();
/// {name, query_dsl, parent list id or ""}
QList<std::tuple<QString, QString, QString>> starterSegments(const QStringList &listIds);

} // namespace GeneratorData
