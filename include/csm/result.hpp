// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_RESULT_HPP
#define CSM_RESULT_HPP

#include <csm/error.hpp>

#include <type_traits>
#include <new>
#include <utility>

namespace csm {

/// Thrown by result<T, E>::value() when E is not csm::error; carries the error.
template <class E>
class bad_result_access : public std::runtime_error {
public:
    explicit bad_result_access(E e) : std::runtime_error(describe(e)), error_(std::move(e)) {}
    const E& error() const noexcept { return error_; }

private:
    static std::string describe(const E& e) {
        if constexpr (requires {
                          { e.message() } -> std::convertible_to<std::string>;
                      })
            return e.message();
        else return "csm::result holds an error";
    }
    E error_;
};

/// A value or an error: the return type of every non-throwing API (std::expected is C++23).
///
/// Copyable and movable when both T and E are, with std::variant's rules: copies and moves are noexcept when
/// both types' are, and an assignment that changes which one it holds and whose construction throws leaves it
/// holding neither (has_value() and has_error() both false), as std::variant's valueless state.
template <class T, class E = csm::error>
class [[nodiscard]] result {
    static_assert(!std::is_same_v<T, E>, "value and error types must differ");

public:
    using value_type = T;
    using error_type = E;

    result(const T& v) : value_(v), state_(state::value) {}
    result(T&& v) : value_(std::move(v)), state_(state::value) {}
    result(const E& e) : error_(e), state_(state::error) {}
    result(E&& e) : error_(std::move(e)), state_(state::error) {}

    // A hand-written union rather than std::variant<T, E>: every result<T> is instantiated in every TU that
    // uses it, and std::variant's layered bases and visitation tables cost several times more to compile.
    result(const result& o) noexcept(copy_noexcept) requires(
        std::is_copy_constructible_v<T>&& std::is_copy_constructible_v<E>)
        : state_(state::none) {
        construct_from(o);
    }
    result(result&& o) noexcept(move_noexcept) requires(
        std::is_move_constructible_v<T>&& std::is_move_constructible_v<E>)
        : state_(state::none) {
        construct_from(std::move(o));
    }
    result& operator=(const result& o) noexcept(
        copy_noexcept&& std::is_nothrow_copy_assignable_v<T>&& std::is_nothrow_copy_assignable_v<
            E>) requires(std::is_copy_constructible_v<T>&& std::is_copy_constructible_v<E>&&
                             std::is_copy_assignable_v<T>&& std::is_copy_assignable_v<E>) {
        assign_from(o);
        return *this;
    }
    result& operator=(result&& o) noexcept(
        move_noexcept&& std::is_nothrow_move_assignable_v<T>&& std::is_nothrow_move_assignable_v<
            E>) requires(std::is_move_constructible_v<T>&& std::is_move_constructible_v<E>&&
                             std::is_move_assignable_v<T>&& std::is_move_assignable_v<E>) {
        assign_from(std::move(o));
        return *this;
    }
    ~result() { destroy(); }

    bool has_value() const noexcept { return state_ == state::value; }
    bool has_error() const noexcept { return state_ == state::error; }
    explicit operator bool() const noexcept { return has_value(); }

    /// The value; throws csm::exception (for csm::error) or bad_result_access<E> when there is none.
    T& value() & {
        check();
        return value_;
    }
    const T& value() const& {
        check();
        return value_;
    }
    T&& value() && {
        check();
        return std::move(value_);
    }

    /// Unchecked access, as std::optional's operator*: precondition has_value().
    T& operator*() & noexcept { return value_; }
    const T& operator*() const& noexcept { return value_; }
    T&& operator*() && noexcept { return std::move(value_); }
    T* operator->() noexcept { return &value_; }
    const T* operator->() const noexcept { return &value_; }

    /// The error: precondition has_error().
    E& error() & noexcept { return error_; }
    const E& error() const& noexcept { return error_; }
    E&& error() && noexcept { return std::move(error_); }

private:
    enum class state : unsigned char { value, error, none };
    static constexpr bool copy_noexcept =
        std::is_nothrow_copy_constructible_v<T> && std::is_nothrow_copy_constructible_v<E>;
    static constexpr bool move_noexcept =
        std::is_nothrow_move_constructible_v<T> && std::is_nothrow_move_constructible_v<E>;

    void check() const {
        if (has_value()) return;
        if (!has_error()) throw std::logic_error("csm::result holds neither a value nor an error");
        if constexpr (std::is_same_v<E, csm::error>) throw csm::exception(error_);
        else throw bad_result_access<E>(error_);
    }
    void destroy() noexcept {
        if (state_ == state::value) value_.~T();
        else if (state_ == state::error) error_.~E();
        state_ = state::none;
    }
    /// Precondition: holds nothing (state::none).
    template <class R>
    void construct_from(R&& o) {
        if (o.state_ == state::value) ::new (static_cast<void*>(&value_)) T(std::forward<R>(o).value_);
        else if (o.state_ == state::error) ::new (static_cast<void*>(&error_)) E(std::forward<R>(o).error_);
        state_ = o.state_;
    }
    template <class R>
    void assign_from(R&& o) {
        if (this == &o) return;
        if (state_ == o.state_) {
            if (state_ == state::value) value_ = std::forward<R>(o).value_;
            else if (state_ == state::error) error_ = std::forward<R>(o).error_;
            return;
        }
        destroy();
        construct_from(std::forward<R>(o));
    }

    union {
        T value_;
        E error_;
    };
    state state_;
};

} // namespace csm

#endif
