// SPDX-License-Identifier: MIT
// Field definitions, lists and scopes (segments-v2-api.md §7.1, §7.2).
#include "contactgenerator.h"
#include "editing/namerules.h"
#include "fieldtable.h"
#include "listtable.h"
#include "sandboxapi.h"
#include "sandboxstore.h"

#include <QJsonArray>

namespace {

const QString fieldsPath = QStringLiteral("/v3/marketing/field_definitions");
const QString listsPath = QStringLiteral("/v3/marketing/lists");

QJsonObject self(const QString &path)
{
    return {{QStringLiteral("self"), QStringLiteral("https://api.sendgrid.com") + path}};
}

const QList<std::tuple<const char *, const char *, bool>> &reservedFields()
{
    static const QList<std::tuple<const char *, const char *, bool>> fields
        = {{"first_name", "Text", false},     {"last_name", "Text", false},
           {"email", "Text", false},          {"alternate_emails", "Text", false},
           {"address_line_1", "Text", false}, {"address_line_2", "Text", false},
           {"city", "Text", false},           {"state_province_region", "Text", false},
           {"postal_code", "Text", false},    {"country", "Text", false},
           {"phone_number", "Text", false},   {"whatsapp", "Text", false},
           {"line", "Text", false},           {"facebook", "Text", false},
           {"unique_name", "Text", false},    {"email_domains", "Text", true},
           {"last_clicked", "Date", true},    {"last_opened", "Date", true},
           {"last_emailed", "Date", true},    {"singlesend_id", "Text", true},
           {"automation_id", "Text", true},   {"created_at", "Date", true},
           {"updated_at", "Date", true},      {"contact_id", "Text", true}};
    return fields;
}

QJsonObject fieldJson(const FieldDefinition &f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("field_type"), FieldDefinition::typeName(f.type)},
            {QStringLiteral("_metadata"), self(fieldsPath + u'/' + f.id)}};
}

SandboxResponse fieldNotFound()
{
    return SandboxResponse::fieldError(404, QStringLiteral("custom_field_id"),
                                       QStringLiteral("custom field not found"));
}

} // namespace

void SandboxApi::addCatalogRoutes()
{
    add("GET", fieldsPath,
        [this](const SandboxRequest &, const QString &) { return listFields(); });
    add("POST", fieldsPath,
        withBody([this](const QString &, const QJsonObject &body) { return createField(body); }));
    add("PATCH", fieldsPath + QStringLiteral("/([^/]+)"),
        withBody(
            [this](const QString &id, const QJsonObject &body) { return renameField(id, body); }));
    add("DELETE", fieldsPath + QStringLiteral("/([^/]+)"),
        [this](const SandboxRequest &, const QString &id) { return deleteField(id); });
    add("GET", listsPath,
        [this](const SandboxRequest &r, const QString &) { return listLists(r); });
    add("POST", listsPath,
        withBody([this](const QString &, const QJsonObject &body) { return createList(body); }));
    add("GET", QStringLiteral("/v3/scopes"), [this](const SandboxRequest &r, const QString &) {
        const bool readOnly
            = m_options.readOnlyApiKeys.contains(r.acceptedKey(m_options.acceptedKeys()));
        const QJsonArray scopes = readOnly
            ? QJsonArray {"marketing.read", "marketing_campaigns.read"}
            : QJsonArray {"marketing.read", "marketing_campaigns.create",
                          "marketing_campaigns.read", "marketing_campaigns.update",
                          "marketing_campaigns.delete"};
        return SandboxResponse::json(200, {{QStringLiteral("scopes"), scopes}});
    });
}

SandboxResponse SandboxApi::listFields()
{
    const Result<QList<FieldDefinition>> fields = FieldTable(m_store).all();
    if (!fields.isOk())
        return SandboxResponse::serverError(fields.error());
    QJsonArray custom, reserved;
    for (const FieldDefinition &f : fields.value())
        custom.append(fieldJson(f));
    for (const auto &[name, type, readOnly] : reservedFields())
        reserved.append(QJsonObject {{QStringLiteral("name"), QLatin1String(name)},
                                     {QStringLiteral("field_type"), QLatin1String(type)},
                                     {QStringLiteral("read_only"), readOnly}});
    return SandboxResponse::json(200,
                                 {{QStringLiteral("custom_fields"), custom},
                                  {QStringLiteral("reserved_fields"), reserved},
                                  {QStringLiteral("_metadata"), self(fieldsPath)}});
}

// SendGrid's rules (segments-v2-api.md §7.1). Every name that would make ALTER TABLE fail is
// refused here, with a 400 that says why, never left to SQLite's 500: a built-in column of
// contact_data (list_ids, external_id, …) is as reserved as the fields listed as reserved.
std::optional<SandboxResponse> SandboxApi::fieldNameProblem(const QJsonValue &name)
{
    // Anchored as \A…\z: `$` would also match before a final newline and let "x\n" through.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z_][A-Za-z0-9_]{0,99}")));
    const QString text = name.toString();
    if (!name.isString())
        return SandboxResponse::fieldError(400, QStringLiteral("name"),
                                           QStringLiteral("name must be a string"));
    if (!pattern.match(text).hasMatch())
        return SandboxResponse::fieldError(
            400, QStringLiteral("name"),
            QStringLiteral("names have 1 to 100 letters, digits or underscores and start with a "
                           "letter or underscore"));
    const FieldTable fields(m_store);
    const Result<bool> taken = fields.fieldNamed(text);
    const Result<bool> column = fields.columnNamed(text);
    if (!taken.isOk() || !column.isOk())
        return SandboxResponse::serverError(taken.isOk() ? column.error() : taken.error());
    QString why;
    if (taken.value())
        why = QStringLiteral("a field with this name already exists (names ignore case)");
    else if (column.value()
             || std::any_of(reservedFields().begin(), reservedFields().end(), [&](const auto &f) {
                    return text.compare(QLatin1String(std::get<0>(f)), Qt::CaseInsensitive) == 0;
                }))
        why = QStringLiteral("%1 is a reserved field").arg(text);
    if (why.isEmpty())
        return std::nullopt;
    return SandboxResponse::fieldError(400, QStringLiteral("name"), why);
}

SandboxResponse SandboxApi::createField(const QJsonObject &body)
{
    if (auto problem = fieldNameProblem(body.value(QStringLiteral("name"))))
        return *problem;
    const auto type
        = FieldDefinition::typeFromName(body.value(QStringLiteral("field_type")).toString());
    if (!type)
        return SandboxResponse::fieldError(
            400, QStringLiteral("field_type"),
            QStringLiteral("field_type must be Text, Number or Date"));
    FieldTable table(m_store);
    const Result<QList<FieldDefinition>> fields = table.all();
    if (!fields.isOk())
        return SandboxResponse::serverError(fields.error());
    if (fields.value().size() >= 500)
        return SandboxResponse::fieldError(
            400, QStringLiteral("name"),
            QStringLiteral("an account has at most 500 custom fields"));
    QRandomGenerator random = QRandomGenerator::securelySeeded();
    FieldDefinition f {QStringLiteral("e%1_%2")
                           .arg(random.bounded(100000, 999999))
                           .arg(FieldDefinition::typeName(*type).left(1)),
                       body.value(QStringLiteral("name")).toString(), *type};
    // The name passed the pattern above, so it is safe as a column's name.
    const VoidResult added = table.add(f);
    if (!added.isOk())
        return SandboxResponse::serverError(added.error());
    return SandboxResponse::json(200, fieldJson(f));
}

SandboxResponse SandboxApi::renameField(const QString &id, const QJsonObject &body)
{
    FieldTable table(m_store);
    const auto found = table.nameOf(id);
    if (!found.isOk())
        return SandboxResponse::serverError(found.error());
    const std::optional<QString> &old = found.value();
    if (!old)
        return fieldNotFound();
    if (auto problem = fieldNameProblem(body.value(QStringLiteral("name"))))
        return *problem;
    const QString name = body.value(QStringLiteral("name")).toString();
    const VoidResult renamed = table.rename(id, *old, name);
    if (!renamed.isOk())
        return SandboxResponse::serverError(renamed.error());
    const Result<QList<FieldDefinition>> custom = table.all();
    if (!custom.isOk())
        return SandboxResponse::serverError(custom.error());
    const auto field = std::find_if(custom.value().begin(), custom.value().end(),
                                    [&](const auto &f) { return f.id == id; });
    if (field == custom.value().end())
        return fieldNotFound();
    return SandboxResponse::json(200, fieldJson(*field));
}

SandboxResponse SandboxApi::deleteField(const QString &id)
{
    FieldTable table(m_store);
    const auto found = table.nameOf(id);
    if (!found.isOk())
        return SandboxResponse::serverError(found.error());
    const std::optional<QString> &name = found.value();
    if (!name)
        return fieldNotFound();
    const VoidResult deleted = table.remove(id, *name);
    if (!deleted.isOk())
        return SandboxResponse::serverError(deleted.error());
    return SandboxResponse::empty(204);
}

SandboxResponse SandboxApi::listLists(const SandboxRequest &request)
{
    const QString sizeText = request.query.queryItemValue(QStringLiteral("page_size"));
    const int size = sizeText.isEmpty() ? 100 : sizeText.toInt();
    if (size < 1 || size > 1000)
        return SandboxResponse::fieldError(400, QStringLiteral("page_size"),
                                           QStringLiteral("page_size must be 1 to 1000"));
    const int offset = QByteArray::fromBase64(
                           request.query.queryItemValue(QStringLiteral("page_token")).toLatin1())
                           .toInt();
    const Result<ListPage> page = ListTable(m_store).page(size, offset);
    if (!page.isOk())
        return SandboxResponse::serverError(page.error());
    QJsonArray result;
    for (const ListRow &list : page.value().lists)
        result.append(
            QJsonObject {{QStringLiteral("id"), list.id},
                         {QStringLiteral("name"), list.name},
                         {QStringLiteral("contact_count"), list.contactCount},
                         {QStringLiteral("_metadata"), self(listsPath + u'/' + list.id)}});
    QJsonObject meta = self(listsPath);
    meta.insert(QStringLiteral("count"), page.value().total);
    if (page.value().more)
        meta.insert(
            QStringLiteral("next"),
            meta.value(QStringLiteral("self")).toString()
                + QStringLiteral("?page_size=%1&page_token=%2")
                      .arg(size)
                      .arg(QString::fromLatin1(QByteArray::number(offset + size).toBase64())));
    return SandboxResponse::json(
        200, {{QStringLiteral("result"), result}, {QStringLiteral("_metadata"), meta}});
}

SandboxResponse SandboxApi::createList(const QJsonObject &body)
{
    const QJsonValue value = body.value(QStringLiteral("name"));
    const QString name = value.toString();
    if (!value.isString())
        return SandboxResponse::fieldError(400, QStringLiteral("name"),
                                           QStringLiteral("name must be a string"));
    if (name.isEmpty() || NameRules::length(name) > NameRules::maxLength)
        return SandboxResponse::fieldError(400, QStringLiteral("name"),
                                           QStringLiteral("name must be 1 to 100 characters"));
    ListTable lists(m_store);
    const Result<bool> taken = lists.nameTaken(name);
    if (!taken.isOk())
        return SandboxResponse::serverError(taken.error());
    if (taken.value())
        return SandboxResponse::fieldError(400, QStringLiteral("name"),
                                           QStringLiteral("a list with this name already exists"));
    QRandomGenerator random = QRandomGenerator::securelySeeded();
    const QString id = ContactGenerator::uuid(random);
    const VoidResult inserted = lists.add(id, name, SegmentEngine::stamp(m_engine.now()));
    if (!inserted.isOk())
        return SandboxResponse::serverError(inserted.error());
    return SandboxResponse::json(201,
                                 {{QStringLiteral("id"), id},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("contact_count"), 0},
                                  {QStringLiteral("_metadata"), self(listsPath + u'/' + id)}});
}
