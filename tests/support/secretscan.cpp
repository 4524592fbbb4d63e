// SPDX-License-Identifier: MIT
#include "secretscan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace {

template<typename Visit>
void forEachFile(const QStringList &roots, Visit visit)
{
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (QFileInfo(path).isFile())
                visit(path);
        }
    }
}

} // namespace

QList<QByteArray> SecretScan::needles(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                           secret.size() * qsizetype(sizeof(char16_t)));
    return {utf8, utf16, utf8.toBase64(QByteArray::OmitTrailingEquals)};
}

bool SecretScan::contains(const QByteArray &data, const QString &secret)
{
    for (const QByteArray &needle : needles(secret)) {
        if (data.contains(needle))
            return true;
    }
    return false;
}

QStringList SecretScan::filesContaining(const QStringList &roots, const QString &secret)
{
    QStringList hits;
    forEachFile(roots, [&](const QString &path) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && contains(file.readAll(), secret))
            hits << path;
    });
    return hits;
}

int SecretScan::fileCount(const QStringList &roots)
{
    int count = 0;
    forEachFile(roots, [&count](const QString &) { ++count; });
    return count;
}
