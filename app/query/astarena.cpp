// SPDX-License-Identifier: MIT
#include "astarena.h"

std::shared_ptr<AstArena::Resource> &AstArena::current()
{
    thread_local std::shared_ptr<Resource> arena;
    return arena;
}

AstArena::Scope::Scope(QStringView source)
    : m_previous(std::move(current()))
{
    // Room for the nodes a text of this size usually makes; the arena grows when needed.
    current() = std::make_shared<Resource>(std::size_t(source.size()) * 24 + 4096);
    current()->source = source.toString();
}

AstArena::Scope::~Scope()
{
    current() = std::move(m_previous);
}

QStringView AstArena::keep(QString text)
{
    QStringList &derived = current()->derived;
    derived.append(std::move(text));
    // The characters stay where they are when the list grows: only the QString handles move.
    return derived.constLast();
}

void AstArena::keep(QStringList texts)
{
    current()->derived.append(std::move(texts));
}
