// SPDX-License-Identifier: MIT
#pragma once

#include "ast.h"

#include <QString>
#include <QStringList>

#include <memory_resource>
#include <vector>

/// Owns one query tree: its nodes, in one growing buffer instead of one malloc each, and the
/// text that the nodes' names and values view. Nodes point to each other with plain pointers
/// that stay valid as long as the arena; ParsedQuery shares it, so copies of a parse may be
/// kept freely.
class AstArena
{
public:
    /// Keeps a copy of `source`, which `source()` returns.
    explicit AstArena(QStringView source);
    ~AstArena();
    AstArena(const AstArena &) = delete;
    AstArena &operator=(const AstArena &) = delete;

    /// The arena's copy of the source: views of it live as long as the arena.
    QStringView source() const { return m_source; }

    /// A new `T` that lives as long as the arena.
    template<typename T>
    T *make()
    {
        T *object = new (m_memory.allocate(sizeof(T), alignof(T))) T();
        m_destructors.push_back({object, [](void *p) { static_cast<T *>(p)->~T(); }});
        return object;
    }

    Expr *expr(Expr::Kind kind, SourceRange range)
    {
        Expr *e = make<Expr>();
        e->kind = kind;
        e->range = range;
        return e;
    }

    /// `text` kept in the arena, as a view that lives as long as the arena. For text that is not
    /// a slice of the source.
    QStringView keep(QString text);
    /// Keeps all of `texts`, which views may already point into.
    void keep(QStringList texts);

private:
    struct Destructor
    {
        void *object;
        void (*destroy)(void *);
    };

    std::pmr::monotonic_buffer_resource m_memory;
    std::vector<Destructor> m_destructors;
    QString m_source;
    QStringList m_derived; ///< values that are not a slice of it (escapes resolved, lower case)
};
