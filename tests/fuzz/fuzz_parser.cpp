// SPDX-License-Identifier: MIT
// libFuzzer target: any query through lexer, parser, linter, formatter (and its expression
// printer) and both compilers must neither crash nor hang; a formatted query must parse again.
// Two modes: raw bytes as query text (up to -max_len), or, after QueryGenerator's marker byte,
// a small program that expands into long chains and deep nesting far beyond -max_len.
// Built with -DSEGMENTDESK_FUZZ=ON.
#include "querygenerator.h"

#include "query/formatter.h"
#include "query/linter.h"
#include "query/sgqlcompiler.h"
#include "query/sqlitecompiler.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QueryGenerator::isProgram(data, size)
        ? QueryGenerator::expand(data, size)
        : QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedQuery parsed = QueryParser::parse(text);
    QueryLinter::lint(parsed, FieldCatalogue(), text);
    if (parsed.hasErrors())
        return 0;
    const QString formatted = QueryFormatter::format(parsed, text);
    if (QueryParser::parse(formatted).hasErrors())
        std::abort(); // the formatter wrote something the parser cannot read back
    if (parsed.form == ParsedQuery::Form::Statement) {
        SqliteCompiler::compile(*parsed.statement, QDateTime::currentDateTimeUtc());
        SgqlCompiler::translate(*parsed.statement);
    }
    return 0;
}
