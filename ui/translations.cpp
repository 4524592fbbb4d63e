// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

namespace {

/// Loads `name` for `locale` from `folder` and installs it; null when there is no such file.
QTranslator *installFrom(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

} // namespace

QString install(const QString &language)
{
    const QString folder = QStringLiteral(":/i18n");
    // The English file holds only the plural forms of "%n" strings; it goes first, so that a
    // translation installed after it answers before it.
    installFrom(QLocale(QLocale::English), QStringLiteral("segmentdesk"), folder);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QTranslator *ours = locale.language() == QLocale::English
        ? nullptr
        : installFrom(locale, QStringLiteral("segmentdesk"), folder);
    if (!ours)
        return QStringLiteral("en");
    // Qt's own strings (the buttons of message boxes and file dialogs), when installed.
    installFrom(locale, QStringLiteral("qtbase"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    QLocale::setDefault(locale); // numbers and dates as the language writes them
    return ours->language().section(u'_', 0, 0);
}

} // namespace Translations
