// SPDX-License-Identifier: MIT
#include "sampledata.h"

#include <QDir>

SampleData::SampleData(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

SampleData::~SampleData() = default;

void SampleData::start()
{
    m_sandbox = std::make_unique<Sandbox>(m_options);
    connect(m_sandbox.get(), &Sandbox::started, this, [this] { Q_EMIT ready(baseUrl()); });
    connect(m_sandbox.get(), &Sandbox::failed, this, &SampleData::failed);
    m_sandbox->start();
}

void SampleData::reset()
{
    m_sandbox.reset(); // stops the server and its thread, closing the store
    if (!m_options.dataDir.isEmpty() && QDir(m_options.dataDir).exists()
        && !QDir(m_options.dataDir).removeRecursively())
        return Q_EMIT failed(tr("The sample data in %1 cannot be removed; check the folder's "
                                "permissions.")
                                 .arg(m_options.dataDir));
    start();
}

QUrl SampleData::baseUrl() const
{
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}
