// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

/// Expands a few fuzzer bytes into a query far longer than libFuzzer's -max_len: long chains
/// and deep nesting of every construct, which random bytes up to 4 KB never reach.
///
/// Input: the marker byte, one flags byte (bit 0: a V2 statement around the expression, else a
/// bare SGQL v1 expression), then up to 16 steps of three bytes: the construct (modulo the
/// number of constructs) and a repeat count `a << (b % 9)` of the next two bytes, at most
/// 50,000: mostly hundreds or thousands, so that a run is not spent on a few huge inputs. Each
/// step wraps or extends the expression built so far. Any bytes after the marker are a valid
/// program.
namespace QueryGenerator {

constexpr uint8_t marker = 0xFF; // never the first byte of UTF-8 text
constexpr int maxRepeat = 50000;
constexpr int maxSteps = 16;
constexpr qsizetype maxChars = 512 * 1024; // later steps are skipped past this size

bool isProgram(const uint8_t *data, size_t size);
QString expand(const uint8_t *data, size_t size);

} // namespace QueryGenerator
