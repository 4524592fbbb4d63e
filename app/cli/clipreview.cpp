// SPDX-License-Identifier: MIT
#include "clipreview.h"

#include "clioutput.h"
#include "clitext.h"

#include "api/segmentsapi.h"
#include "api/sendgridclient.h"
#include "editing/livepreview.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const ApiError *errorOf(const std::optional<PreviewFigure> &figure)
{
    if (!figure || !figure->notTranslatable.isEmpty() || figure->answer.isOk())
        return nullptr;
    return &figure->answer.error;
}

QString figureText(const QString &label, const PreviewFigure &figure, bool named)
{
    if (!figure.notTranslatable.isEmpty())
        return QStringLiteral("%1: cannot preview: %2\n").arg(label, figure.notTranslatable);
    if (figure.atMost)
        return QStringLiteral("%1: at most %2 (the field and list conditions; email activity is "
                              "counted by SendGrid after saving)\n")
            .arg(label)
            .arg(figure.count());
    QString out = QStringLiteral("%1: %2\n").arg(label).arg(figure.count());
    if (!named)
        return out;
    const QList<Contact> &contacts = figure.answer.value->contacts;
    for (qsizetype i = 0; i < qMin<qsizetype>(contacts.size(), CliPreview::namesShown); ++i) {
        const Contact &c = contacts[i];
        const QString name = QStringList {c.firstName, c.lastName}.join(u' ').trimmed();
        out += QStringLiteral("  %1%2\n")
                   .arg(CliText::visible(c.email),
                        name.isEmpty() ? QString() : QStringLiteral("  ") + CliText::visible(name));
    }
    if (contacts.size() > CliPreview::namesShown)
        out += QStringLiteral("  …\n");
    return out;
}

QJsonObject figureJson(const PreviewFigure &figure)
{
    if (!figure.notTranslatable.isEmpty())
        return {{QStringLiteral("not_translatable"), figure.notTranslatable}};
    QJsonArray contacts;
    for (const Contact &c : figure.answer.value->contacts)
        contacts.append(QJsonObject {{QStringLiteral("id"), c.id},
                                     {QStringLiteral("email"), c.email},
                                     {QStringLiteral("first_name"), c.firstName},
                                     {QStringLiteral("last_name"), c.lastName}});
    return {{QStringLiteral("contact_count"), figure.count()},
            {QStringLiteral("at_most"), figure.atMost},
            {QStringLiteral("contacts"), contacts}};
}

bool previewable(const LivePreviewResult &result)
{
    for (const std::optional<PreviewFigure> &figure :
         {std::optional(result.matches), result.joins, result.leaves})
        if (figure && !figure->notTranslatable.isEmpty())
            return false;
    return true;
}

} // namespace

CliPreview::CliPreview(SendGridClient *client, bool json, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_preview(new LivePreview(new ContactsApi(client, this), this))
    , m_json(json)
{
    m_preview->setDelay(0); // nobody is typing
    connect(m_preview, &LivePreview::previewed, this, &CliPreview::onPreviewed);
}

void CliPreview::start(const QString &query, const QString &segmentId)
{
    // A local server may be the sandbox, which counts what no contacts search can: it says so
    // in its answers, so one is read first (the window has read the list by then).
    if (m_client->isLocal() && !m_client->isSandbox() && segmentId.isEmpty()) {
        auto *contacts = new ContactsApi(m_client, this);
        contacts->count(this,
                        [this, query](const ApiResult<ContactCount> &) { m_preview->edit(query); });
        return;
    }
    if (segmentId.isEmpty())
        return m_preview->edit(query);
    auto *api = new SegmentsApi(m_client, this);
    api->get(segmentId, false, this,
             [this, query](const ApiResult<Segment> &result) { onSegmentFetched(query, result); });
}

void CliPreview::onSegmentFetched(const QString &query, const ApiResult<Segment> &result)
{
    if (!result.isOk())
        return Q_EMIT failed(result.error);
    m_preview->setSaved(result.value->queryDsl, result.value->parentListIds);
    m_preview->edit(query);
}

void CliPreview::onPreviewed(const LivePreviewResult &result)
{
    for (const ApiError *error :
         {errorOf(result.matches), errorOf(result.joins), errorOf(result.leaves)})
        if (error)
            return Q_EMIT failed(*error);
    CliOutput::write(stdout,
                     m_json ? QString::fromUtf8(CliText::json(json(result))) : text(result));
    Q_EMIT finished(previewable(result) ? 0 : NotPreviewable);
}

QString CliPreview::text(const LivePreviewResult &result)
{
    QString out = QStringLiteral("Preview of the unsaved query (not a saved count), as of %1\n")
                      .arg(result.previewedAt.toUTC().toString(Qt::ISODate));
    out += figureText(QStringLiteral("Matches"), result.matches, false);
    if (result.joins)
        out += figureText(QStringLiteral("Joins"), *result.joins, true);
    if (result.leaves)
        out += figureText(QStringLiteral("Leaves"), *result.leaves, true);
    return out;
}

QByteArray CliPreview::json(const LivePreviewResult &result)
{
    QJsonObject out {
        {QStringLiteral("preview"), true},
        {QStringLiteral("previewed_at"), result.previewedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("matches"), figureJson(result.matches)}};
    if (result.joins)
        out.insert(QStringLiteral("joins"), figureJson(*result.joins));
    if (result.leaves)
        out.insert(QStringLiteral("leaves"), figureJson(*result.leaves));
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}
