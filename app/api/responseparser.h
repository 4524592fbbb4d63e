// SPDX-License-Identifier: MIT
#pragma once

#include "apiresult.h"
#include "httpresponse.h"

#include <QJsonObject>

/// Turns finished HTTP attempts into ApiErrors and JSON objects. Pure functions, no network.
namespace ResponseParser {

/// The error a response stands for; Kind::None for any 2xx reply.
ApiError errorFromResponse(const HttpResponse &response);
/// The body of a 2xx reply as a JSON object, or why it is not one.
ApiResult<QJsonObject> jsonObject(const HttpResponse &response);
/// At most `maxChars` of plain text from a body: tags stripped, whitespace folded.
QString bodyExcerpt(const QByteArray &body, int maxChars = 160);
/// Reads SendGrid's error shapes (`errors[]`, `{"error": …}`) into `error`.
void readErrorBody(const QByteArray &body, ApiError &error);

} // namespace ResponseParser
