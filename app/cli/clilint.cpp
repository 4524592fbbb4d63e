// SPDX-License-Identifier: MIT
#include "clilint.h"

#include "cliinput.h"
#include "query/querylimits.h"

#include "query/formatter.h"
#include "query/linter.h"

#include <cstdio>

namespace CliLint {
namespace {

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

bool readAll(const QString &path, QByteArray *out)
{
    Result<QByteArray> read = CliInput::read(path, QueryLimits::MaxQueryBytes);
    if (!read.isOk()) {
        print(stderr, QStringLiteral("segmentdesk-cli: %1\n").arg(read.error()));
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
        print(stderr, QStringLiteral("segmentdesk-cli: %1\n").arg(catalogue.error()));
        return 2;
    }
    if (!readAll(options.queryPath, &bytes))
        return 2;
    const QString text = QString::fromUtf8(bytes);
    const ParsedQuery parsed = QueryParser::parse(text);
    const QList<Diagnostic> diagnostics = QueryLinter::lint(parsed, catalogue.value(), text);
    if (options.format && !parsed.hasErrors()) {
        print(stdout, QueryFormatter::format(parsed, text) + u'\n');
        return hasErrors(diagnostics) ? 1 : 0;
    }
    for (const Diagnostic &d : diagnostics) {
        print(stdout, d.toString() + u'\n');
        if (!d.fixIt.isEmpty())
            print(stdout, QStringLiteral("    fix-it: replace with \"%1\"\n").arg(d.fixIt));
    }
    return hasErrors(diagnostics) ? 1 : 0;
}

} // namespace CliLint
