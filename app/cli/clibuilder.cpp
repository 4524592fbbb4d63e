// SPDX-License-Identifier: MIT
#include "clibuilder.h"

#include "cliinput.h"
#include "clioutput.h"
#include "clitext.h"

#include "query/builderjson.h"
#include "query/builderreader.h"
#include "query/builderwriter.h"
#include "query/parser.h"
#include "query/querylimits.h"

#include <QJsonDocument>

namespace CliBuilder {
namespace {

int fail(const QString &message)
{
    CliOutput::error(message);
    return 1;
}

int toJson(const QString &text, const FieldCatalogue &catalogue)
{
    const Result<BuilderQuery> read = BuilderReader::read(text, catalogue);
    if (!read.isOk())
        return fail(read.error());
    CliOutput::write(
        stdout,
        QString::fromUtf8(CliText::json(
            QJsonDocument(BuilderJson::toJson(read.value())).toJson(QJsonDocument::Indented))));
    return 0;
}

int toSql(const QByteArray &bytes, const QString &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1 is not JSON: %2 at offset %3")
                        .arg(path, error.errorString())
                        .arg(error.offset));
    if (!document.isObject())
        return fail(QStringLiteral("%1 is not a builder's JSON: expected an object").arg(path));
    const Result<BuilderQuery> query = BuilderJson::fromJson(document.object());
    if (!query.isOk())
        return fail(QStringLiteral("%1 is not a builder's JSON: %2").arg(path, query.error()));
    const Result<QString> sql = BuilderWriter::toSql(query.value());
    if (!sql.isOk())
        return fail(sql.error());
    // Locked pieces are written as given: text that is no SQL shows here, not at SendGrid.
    const ParsedQuery parsed = QueryParser::parse(sql.value());
    if (parsed.hasErrors())
        return fail(QStringLiteral("%1 gives SQL that does not parse: %2")
                        .arg(path, parsed.diagnostics.first().toString()));
    CliOutput::write(stdout, sql.value() + u'\n');
    return 0;
}

} // namespace

int run(const Options &options)
{
    const Result<FieldCatalogue> catalogue = CliInput::fieldCatalogue(options.fieldsPath);
    if (!catalogue.isOk()) {
        CliOutput::error(catalogue.error());
        return 2;
    }
    const Result<QByteArray> bytes = CliInput::read(options.path, QueryLimits::MaxQueryBytes);
    if (!bytes.isOk()) {
        CliOutput::error(bytes.error());
        return 2;
    }
    return options.toSql ? toSql(bytes.value(), options.path)
                         : toJson(QString::fromUtf8(bytes.value()), catalogue.value());
}

} // namespace CliBuilder
