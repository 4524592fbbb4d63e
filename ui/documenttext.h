// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

class QTextDocument;
class SoftBreaks;

/// A document's text as toPlainText() gives it, with its soft breaks given back as spaces
/// (SoftBreaks), kept in step with each change instead of made again: rebuilt after every key,
/// the copy of a 1.5 MB query cost 10 ms a key before anyone read it. Each change replaces only
/// the characters it touched; a change it cannot follow (a size that does not add up) drops the
/// text, and the next read makes it whole.
class DocumentText
{
public:
    DocumentText(const QTextDocument *document, const SoftBreaks *breaks);

    const QString &text() const;
    /// After the document's contentsChange and the soft breaks' own edited().
    void edited(int position, int removed, int added);

private:
    /// The document's characters in [from, from + length) as text() holds them.
    QString range(int from, int length) const;

    const QTextDocument *m_document;
    const SoftBreaks *m_breaks;
    mutable std::optional<QString> m_text;
};
