// SPDX-License-Identifier: MIT
#include "historyrecorder.h"

#include "local/historystore.h"
#include "local/localpaths.h"

namespace {

VoidResult openAndRecord(std::future<std::optional<HistoryVersion>> version)
{
    HistoryStore store;
    VoidResult opened = store.open(LocalPaths::historyFile());
    const std::optional<HistoryVersion> wanted = version.get();
    if (!wanted || !opened.isOk())
        return opened;
    const Result<HistoryVersion> recorded = store.record(*wanted);
    return recorded.isOk() ? VoidResult::success() : VoidResult::failure(recorded.error());
}

} // namespace

HistoryRecorder::HistoryRecorder()
    : m_done(std::async(std::launch::async, openAndRecord, m_version.get_future()))
{ }

HistoryRecorder::~HistoryRecorder()
{
    if (!m_handedOver)
        m_version.set_value(std::nullopt);
    if (m_done.valid()) // record() took the result already
        m_done.wait();
}

VoidResult HistoryRecorder::record(const HistoryVersion &version)
{
    if (m_handedOver)
        return VoidResult::failure(QStringLiteral("This version was already recorded."));
    m_handedOver = true;
    m_version.set_value(version);
    return m_done.get();
}
