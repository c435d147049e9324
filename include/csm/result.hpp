// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_RESULT_HPP
#define CSM_RESULT_HPP

#include <csm/error.hpp>

#include <type_traits>
#include <utility>
#include <variant>

namespace csm {

/// Thrown by result<T, E>::value() when E is not csm::error; carries the error.
template <class E>
class bad_result_access : public std::runtime_error {
public:
    explicit bad_result_access(E e) : std::runtime_error(describe(e)), error_(std::move(e)) {}
    const E& error() const noexcept { return error_; }

private:
    static std::string describe(const E& e) {
        if constexpr (requires { { e.message() } -> std::convertible_to<std::string>; })
            return e.message();
        else
            return "csm::result holds an error";
    }
    E error_;
};

/// A value or an error: the return type of every non-throwing API (std::expected is C++23).
template <class T, class E = csm::error>
class [[nodiscard]] result {
    static_assert(!std::is_same_v<T, E>, "value and error types must differ");

public:
    using value_type = T;
    using error_type = E;

    result(const T& v) : storage_(std::in_place_index<0>, v) {}
    result(T&& v) : storage_(std::in_place_index<0>, std::move(v)) {}
    result(const E& e) : storage_(std::in_place_index<1>, e) {}
    result(E&& e) : storage_(std::in_place_index<1>, std::move(e)) {}

    bool has_value() const noexcept { return storage_.index() == 0; }
    bool has_error() const noexcept { return storage_.index() == 1; }
    explicit operator bool() const noexcept { return has_value(); }

    /// The value; throws csm::exception (for csm::error) or bad_result_access<E> when there is none.
    T& value() & { check(); return *std::get_if<0>(&storage_); }
    const T& value() const& { check(); return *std::get_if<0>(&storage_); }
    T&& value() && { check(); return std::move(*std::get_if<0>(&storage_)); }

    /// Unchecked access, as std::optional's operator*: precondition has_value().
    T& operator*() & noexcept { return *std::get_if<0>(&storage_); }
    const T& operator*() const& noexcept { return *std::get_if<0>(&storage_); }
    T&& operator*() && noexcept { return std::move(*std::get_if<0>(&storage_)); }
    T* operator->() noexcept { return std::get_if<0>(&storage_); }
    const T* operator->() const noexcept { return std::get_if<0>(&storage_); }

    /// The error: precondition has_error().
    E& error() & noexcept { return *std::get_if<1>(&storage_); }
    const E& error() const& noexcept { return *std::get_if<1>(&storage_); }
    E&& error() && noexcept { return std::move(*std::get_if<1>(&storage_)); }

private:
    void check() const {
        if (has_value()) return;
        if constexpr (std::is_same_v<E, csm::error>)
            throw csm::exception(*std::get_if<1>(&storage_));
        else
            throw bad_result_access<E>(*std::get_if<1>(&storage_));
    }

    std::variant<T, E> storage_;
};

} // namespace csm

#endif
