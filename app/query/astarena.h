// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <memory_resource>

/// Where a parse allocates its AST nodes: one growing buffer instead of one malloc per node.
/// Each node keeps the arena alive through its allocator, so subtrees may outlive the parse.
/// While an AstArena::Scope exists on a thread, Expr::make allocates there.
class AstArena
{
public:
    using Resource = std::pmr::monotonic_buffer_resource;

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

    /// Makes `make()` allocate in a fresh arena on this thread until the scope ends.
    class Scope
    {
    public:
        explicit Scope(std::size_t expectedBytes);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        std::shared_ptr<Resource> m_previous;
    };

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
