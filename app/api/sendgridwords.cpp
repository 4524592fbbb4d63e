// SPDX-License-Identifier: MIT
#include "sendgridwords.h"

#include <QCoreApplication>

#include <iterator>

namespace SendGridWords {

namespace {

const char *const Known[] = {
    QT_TRANSLATE_NOOP("SendGridWords", "authorization required"),
    QT_TRANSLATE_NOOP("SendGridWords", "access forbidden"),
    QT_TRANSLATE_NOOP("SendGridWords", "resource not found"),
    QT_TRANSLATE_NOOP("SendGridWords", "method not allowed"),
    QT_TRANSLATE_NOOP("SendGridWords", "too many requests"),
    QT_TRANSLATE_NOOP("SendGridWords", "name must be a string"),
    QT_TRANSLATE_NOOP("SendGridWords", "name must not be blank"),
    QT_TRANSLATE_NOOP("SendGridWords", "name must not contain control characters"),
    QT_TRANSLATE_NOOP("SendGridWords", "name must be 1 to 100 characters"),
    QT_TRANSLATE_NOOP("SendGridWords", "a segment with this name already exists"),
    QT_TRANSLATE_NOOP("SendGridWords", "query_dsl is required"),
    QT_TRANSLATE_NOOP("SendGridWords", "query_dsl must be a string"),
    QT_TRANSLATE_NOOP("SendGridWords", "query_dsl must not be empty"),
    QT_TRANSLATE_NOOP("SendGridWords", "parent_list_ids must be an array of list ids"),
    QT_TRANSLATE_NOOP("SendGridWords", "give at most one existing list id"),
    QT_TRANSLATE_NOOP("SendGridWords", "query is required"),
};

} // namespace

QString translated(const QString &message)
{
    const QString trimmed = message.trimmed();
    for (const char *known : Known) {
        if (trimmed.compare(QLatin1String(known), Qt::CaseInsensitive) != 0)
            continue;
        // Untranslated (English, the CLI), SendGrid's own spelling stays.
        const QString translated = QCoreApplication::translate("SendGridWords", known);
        return translated == QLatin1String(known) ? message : translated;
    }
    return message;
}

} // namespace SendGridWords
