// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_READ_CONTEXT_HPP
#define CSM_JSON_READ_CONTEXT_HPP

#include <csm/error.hpp>
#include <csm/json/options.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace csm::json {

/// Appends one JSON Pointer reference token (RFC 6901: `~` → `~0`, `/` → `~1`).
inline void append_pointer_token(std::string& pointer, std::string_view token) {
    pointer.push_back('/');
    for (char c : token) {
        if (c == '~') pointer.append("~0");
        else if (c == '/') pointer.append("~1");
        else pointer.push_back(c);
    }
}

/// State of one read: the options, where the reader is (a stack of keys and indices, kept as views into the
/// document so that nothing is allocated unless an error happens), and the first error.
///
/// Codecs for user types use it as: `auto guard = ctx.enter("key");` around a nested read, and
/// `return ctx.fail(csm::errc::invalid_value, "a …");` to stop with an error at the current location.
class read_context {
public:
    explicit read_context(read_options options = {}) : options_(options) { path_.reserve(8); }

    const read_options& options() const noexcept { return options_; }

    class [[nodiscard]] scope {
    public:
        explicit scope(read_context& ctx) noexcept : ctx_(&ctx) {}
        scope(const scope&) = delete;
        scope& operator=(const scope&) = delete;
        ~scope() { ctx_->path_.pop_back(); }

    private:
        read_context* ctx_;
    };

    scope enter(std::string_view key) {
        path_.push_back({key, 0, false});
        return scope(*this);
    }
    scope enter(std::size_t index) {
        path_.push_back({{}, index, true});
        return scope(*this);
    }

    /// Records the error at the current location (the first error wins) and returns false.
    bool fail(errc code, std::string_view expected) {
        if (!error_) error_ = csm::error{code, pointer(), std::string(expected)};
        return false;
    }

    /// The JSON Pointer of the current location.
    std::string pointer() const {
        std::string p;
        for (const segment& s : path_) {
            if (s.is_index) {
                p.push_back('/');
                p += std::to_string(s.index);
            } else {
                append_pointer_token(p, s.key);
            }
        }
        return p;
    }

    const std::optional<csm::error>& error() const noexcept { return error_; }

    /// Prefix for every pointer this context reports (e.g. when a parse starts inside a larger document).
    void set_base(std::string_view key) { path_.push_back({key, 0, false}); }

private:
    struct segment {
        std::string_view key;
        std::size_t index;
        bool is_index;
    };

    read_options options_;
    std::vector<segment> path_;
    std::optional<csm::error> error_;
};

} // namespace csm::json

#endif
