// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <memory_resource>

#include <QString>
#include <QStringList>

/// Where a parse keeps its AST: nodes in one growing buffer instead of one malloc each, and the
/// text that the nodes' names and values view. Each node keeps the arena alive through its
/// allocator, so subtrees may outlive the parse. While an AstArena::Scope exists on a thread,
/// Expr::make allocates there.
class AstArena
{
public:
    struct Resource : std::pmr::monotonic_buffer_resource
    {
        using monotonic_buffer_resource::monotonic_buffer_resource;
        QString source; ///< the query text, which tokens and nodes view
        QStringList derived; ///< values that are not a slice of it (escapes resolved, lower case)
    };

    template<typename T>
    struct Allocator
    {
        using value_type = T;
        std::shared_ptr<Resource> resource;

        Allocator(std::shared_ptr<Resource> r)
            : resource(std::move(r))
        { }
        template<typename U>
        Allocator(const Allocator<U> &other)
            : resource(other.resource)
        { }
        T *allocate(std::size_t n)
        {
            return static_cast<T *>(resource->allocate(n * sizeof(T), alignof(T)));
        }
        void deallocate(T *, std::size_t) noexcept { } // freed with the whole arena
        template<typename U>
        bool operator==(const Allocator<U> &other) const
        {
            return resource == other.resource;
        }
    };

    /// Makes `make()` allocate in a fresh arena on this thread until the scope ends; the arena
    /// keeps a copy of `source`.
    class Scope
    {
    public:
        explicit Scope(QStringView source);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

        /// The arena's copy of the source: views of it live as long as the nodes.
        QStringView source() const { return current()->source; }

    private:
        std::shared_ptr<Resource> m_previous;
    };

    /// `text` kept in the current arena, as a view that lives as long as its nodes. Only for
    /// text that is not a slice of the source; there must be a Scope.
    static QStringView keep(QString text);
    /// Keeps all of `texts`, which views already point into, in the current arena.
    static void keep(QStringList texts);

    /// A node in the current arena, or on the heap when no Scope is active.
    template<typename T>
    static std::shared_ptr<T> make()
    {
        if (const std::shared_ptr<Resource> &arena = current())
            return std::allocate_shared<T>(Allocator<T>(arena));
        return std::make_shared<T>();
    }

private:
    static std::shared_ptr<Resource> &current();
};
