// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_API_BASE_HPP
#define CSM_REST_API_BASE_HPP

#include <csm/config.hpp>
#include <csm/error.hpp>
#include <csm/ids.hpp>
#include <csm/rest/path.hpp>
#include <csm/result.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace csm::rest {

/// Where the API root is; endpoint paths are appended to it.
///
/// - atlassian(cloud): `https://api.atlassian.com/jsm/csm/cloudid/{cloudId}/api/v1` (OAuth 2.0 and other
///   REST clients; every curl example in the docs).
/// - forge(): the relative `/jsm/csm/api/v1` for Forge's requestJira().
/// - custom(url): any http or https base, or a relative path, for proxies and local test servers.
///
/// Every api_base that exists is usable: atlassian() and custom() check their input and return an error
/// instead of an object that would only fail later.
class api_base {
public:
    enum class kind { atlassian, forge, custom };

    /// `https://api.atlassian.com/jsm/csm/cloudid/{cloudId}/api/v1`, the cloud id percent-encoded. The cloud
    /// id gets the same safety check as path ids: an empty one, "." or "..", or one with control characters
    /// is errc::unsafe_value at pointer "/path/cloudId".
    static csm::result<api_base> atlassian(const csm::cloud_id& cloud) {
        if (auto e = check_path_segment(cloud.view(), "cloudId")) return std::move(*e);
        std::string path = "/jsm/csm/cloudid/";
        append_path_segment(path, cloud.view());
        path += "/api/v1";
        return api_base(kind::atlassian, "https://api.atlassian.com", std::move(path));
    }

    static api_base forge() { return api_base(kind::forge, {}, "/jsm/csm/api/v1"); }

    /// `http://127.0.0.1:8080/api/v1`, `https://proxy.example/csm`, `/relative/root`: an absolute http or
    /// https URL with a host and no user info, or a path starting with '/'; no query or fragment, no "." or
    /// ".." segments. Trailing slashes are dropped. Errors are errc::invalid_value at pointer "".
    static csm::result<api_base> custom(std::string_view url);

    kind which() const noexcept { return kind_; }
    /// "https://api.atlassian.com", "http://127.0.0.1:8080"; empty for a relative base.
    const std::string& origin() const noexcept { return origin_; }
    /// The encoded path of the API root without a trailing slash, e.g. "/jsm/csm/cloudid/abc/api/v1".
    const std::string& encoded_path() const noexcept { return path_; }
    bool is_relative() const noexcept { return origin_.empty(); }
    /// origin() + encoded_path().
    std::string str() const { return origin_ + path_; }

private:
    api_base(kind k, std::string origin, std::string path)
        : kind_(k), origin_(std::move(origin)), path_(std::move(path)) {}

    static csm::error custom_error() {
        return csm::error{errc::invalid_value, std::string(),
                          "an absolute http or https URL with a host, or a path starting with '/', without user "
                          "info, query, fragment or dot segments"};
    }

    kind kind_;
    std::string origin_;
    std::string path_;
};

} // namespace csm::rest

#if !defined(CSM_SEPARATE_COMPILATION)
#include <csm/rest/impl/api_base.hpp>
#endif

#endif
