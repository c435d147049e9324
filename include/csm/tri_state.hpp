// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TRI_STATE_HPP
#define CSM_TRI_STATE_HPP

#include <optional>
#include <utility>

namespace csm {

/// A member that is absent, explicitly null, or has a value: for the few places where sending `null`
/// means something different from leaving a key out. std::optional is the usual choice (absent or value;
/// a `null` read into it becomes absent).
template <class T>
class tri_state {
public:
    enum class state { absent, null, value };

    tri_state() noexcept = default;
    tri_state(std::nullptr_t) noexcept : state_(state::null) {}
    tri_state(T value) : value_(std::move(value)), state_(state::value) {}

    static tri_state null() noexcept { return tri_state(nullptr); }

    state get_state() const noexcept { return state_; }
    bool is_absent() const noexcept { return state_ == state::absent; }
    bool is_null() const noexcept { return state_ == state::null; }
    bool has_value() const noexcept { return state_ == state::value; }

    T& value() { return value_.value(); }
    const T& value() const { return value_.value(); }
    T* operator->() { return &*value_; }
    const T* operator->() const { return &*value_; }
    T& operator*() { return *value_; }
    const T& operator*() const { return *value_; }

    void reset() noexcept {
        value_.reset();
        state_ = state::absent;
    }
    void set_null() noexcept {
        value_.reset();
        state_ = state::null;
    }

    friend bool operator==(const tri_state&, const tri_state&) = default;

private:
    std::optional<T> value_;
    state state_ = state::absent;
};

template <class T>
inline constexpr bool is_tri_state_v = false;
template <class T>
inline constexpr bool is_tri_state_v<tri_state<T>> = true;

} // namespace csm

#endif
