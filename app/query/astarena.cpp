// SPDX-License-Identifier: MIT
#include "astarena.h"

// Room for the nodes a text of this size usually makes; the buffer grows when needed.
AstArena::AstArena(QStringView source)
    : m_memory(std::size_t(source.size()) * 24 + 4096)
    , m_source(source.toString())
{
    m_destructors.reserve(std::size_t(source.size()) / 8);
}

AstArena::~AstArena()
{
    // Nodes own nothing of each other, so any order will do; the buffer itself goes last.
    for (const Destructor &d : m_destructors)
        d.destroy(d.object);
}

QStringView AstArena::keep(QString text)
{
    m_derived.append(std::move(text));
    // The characters stay where they are when the list grows: only the QString handles move.
    return m_derived.constLast();
}

void AstArena::keep(QStringList texts)
{
    m_derived.append(std::move(texts));
}
