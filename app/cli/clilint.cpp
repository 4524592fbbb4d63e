// SPDX-License-Identifier: MIT
#include "clilint.h"

#include "cliinput.h"
#include "clioutput.h"
#include "query/querylimits.h"

#include "query/formatter.h"
#include "query/linter.h"

namespace CliLint {
namespace {

bool readAll(const QString &path, QByteArray *out)
{
    Result<QByteArray> read = CliInput::read(path, QueryLimits::MaxQueryBytes);
    if (!read.isOk()) {
        CliOutput::error(read.error());
        return false;
    }
    *out = std::move(read.value());
    return true;
}

} // namespace

int run(const Options &options)
{
    QByteArray bytes;
    const Result<FieldCatalogue> catalogue = CliInput::fieldCatalogue(options.fieldsPath);
    if (!catalogue.isOk()) {
        CliOutput::error(catalogue.error());
        return 2;
    }
    if (!readAll(options.queryPath, &bytes))
        return 2;
    const QString text = QString::fromUtf8(bytes);
    const ParsedQuery parsed = QueryParser::parse(text);
    const QList<Diagnostic> diagnostics = QueryLinter::lint(parsed, catalogue.value(), text);
    if (options.format && !parsed.hasErrors()) {
        CliOutput::write(stdout, QueryFormatter::format(parsed, text) + u'\n');
        return hasErrors(diagnostics) ? 1 : 0;
    }
    for (const Diagnostic &d : diagnostics) {
        CliOutput::write(stdout, d.toString() + u'\n');
        if (!d.fixIt.isEmpty())
            CliOutput::write(stdout,
                             QStringLiteral("    fix-it: replace with \"%1\"\n").arg(d.fixIt));
    }
    return hasErrors(diagnostics) ? 1 : 0;
}

} // namespace CliLint
