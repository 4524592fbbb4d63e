// SPDX-License-Identifier: MIT
#include "astarena.h"

std::shared_ptr<AstArena::Resource> &AstArena::current()
{
    thread_local std::shared_ptr<Resource> arena;
    return arena;
}

AstArena::Scope::Scope(std::size_t expectedBytes)
    : m_previous(std::move(current()))
{
    current() = std::make_shared<Resource>(expectedBytes);
}

AstArena::Scope::~Scope()
{
    current() = std::move(m_previous);
}
