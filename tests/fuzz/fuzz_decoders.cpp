// SPDX-License-Identifier: MIT
// libFuzzer target: the decoders of SendGrid's replies (app/api) read bytes from the network
// and must never crash on any of them. The first byte picks the decoder, the rest is the body
// (for errors: two status bytes, then header lines, an empty line and the body). A value that
// decodes must encode and decode again to the same value: the app stores what it decoded.
// Built with -DSEGMENTDESK_FUZZ=ON.
#include "api/apireply.h"
#include "api/contactlist.h"
#include "api/fielddefinition.h"
#include "api/segment.h"
#include "api/segmentsapi.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

HttpResponse reply(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers.insert("content-type", "application/json");
    return response;
}

// Decodes `body` as a 200 reply through the services' own path (ResponseParser::jsonObject,
// then `fromJson`), and checks the round trip of what decoded.
template<typename T, typename FromJson>
void decode(const QByteArray &body, FromJson fromJson)
{
    const ApiResult<T> decoded = ApiReply::decodeObject<T>(reply(200, body), fromJson);
    if (!decoded.isOk()) {
        (void)decoded.error.toDisplayString();
        return;
    }
    if constexpr (requires(const T &t) { t.toJson(); }) {
        const ApiResult<T> again = fromJson(decoded.value->toJson());
        require(again.isOk() && *again.value == *decoded.value);
    }
}

// The error of any reply: status 100–599 from two bytes (big-endian, offset by 100), headers
// (`name: value` lines) up to an empty line, then the body.
void decodeError(const QByteArray &input)
{
    if (input.size() < 2)
        return;
    const int status = 100 + (uint8_t(input[0]) << 8 | uint8_t(input[1])) % 500;
    const QByteArray rest = input.mid(2);
    const qsizetype split = rest.indexOf("\n\n");
    HttpResponse response = reply(status, split < 0 ? rest : rest.mid(split + 2));
    if (split >= 0) {
        for (const QByteArray &line : rest.left(split).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                response.headers.insert(line.left(colon).toLower(), line.mid(colon + 1));
        }
    }
    const ApiError error = ResponseParser::errorFromResponse(response);
    require((status >= 200 && status < 300) == error.isOk());
    (void)SecretScrubber("SG.fuzz-made-up-key").scrub(error).toDisplayString();
    (void)ResponseParser::jsonObject(response);
    (void)ResponseParser::bodyExcerpt(response.body, uint8_t(input[0]) + 1);
}

// A contacts search reply: `result` holds the contacts; each contact alone as well.
ApiResult<QList<Contact>> contactsOf(const QJsonObject &json)
{
    return Contact::listFromJson(json.value(QStringLiteral("result")).toArray(),
                                 QStringLiteral("result"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 9) {
    case 0:
        decode<Segment>(body, &Segment::fromJson);
        break;
    case 1:
        decode<QList<SegmentSummary>>(body, &SegmentSummary::listFromJson);
        break;
    case 2:
        decode<SegmentSummary>(body,
                               [](const QJsonObject &o) { return SegmentSummary::fromJson(o); });
        break;
    case 3:
        decode<ContactListPage>(body, &ContactListPage::fromJson);
        break;
    case 4:
        decode<QList<FieldDefinition>>(body, &FieldDefinition::listFromJson);
        break;
    case 5:
        decode<RefreshJob>(body, &RefreshJob::fromJson);
        break;
    case 6:
        decode<QList<Contact>>(body, &contactsOf);
        break;
    case 7:
        decode<Contact>(body, [](const QJsonObject &o) { return Contact::fromJson(o); });
        break;
    default:
        decodeError(body);
        break;
    }
    return 0;
}
