// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_AUTH_ACCESSIBLE_RESOURCES_HPP
#define CSM_AUTH_ACCESSIBLE_RESOURCES_HPP

#include <csm/auth/oauth_error.hpp>
#include <csm/auth/oauth_server.hpp>
#include <csm/ids.hpp>
#include <csm/json/codec.hpp>
#include <csm/json/parse.hpp>
#include <csm/rest/http.hpp>
#include <csm/result.hpp>

#include <boost/describe/class.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

/// Step 4 of OAuth 2.0 (3LO): which sites (cloud ids) the token reaches. Every CSM URL needs a cloudId
/// (rest::api_base::atlassian(cloud)); GET https://api.atlassian.com/oauth/token/accessible-resources lists
/// them (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/). The list has no
/// order the docs promise, so a program picks its site by URL, name or cloud id (choose_site).
namespace csm::auth {

/// One entry of the accessible-resources answer.
struct site {
    csm::cloud_id id;                      ///< the cloudId for rest::api_base::atlassian
    std::string name;                      ///< "Site name"
    std::string url;                       ///< "https://your-domain.atlassian.net"
    std::vector<std::string> scopes;       ///< the scopes granted on this site
    std::optional<std::string> avatar_url; ///< avatarUrl
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const site&, const site&) = default;
};
BOOST_DESCRIBE_STRUCT(site, (), (id, name, url, scopes, avatar_url, unknown_members))

/// GET <accessible resources URL> with `Accept: application/json`, as the docs' curl example; the transport
/// adds `Authorization: Bearer <access token>` (bearer(token)), as for every REST call.
inline rest::http_request accessible_resources_request(const oauth_server& server = oauth_server::atlassian()) {
    rest::http_request req;
    req.url = boost::urls::url(server.accessible_resources_url());
    req.endpoint_name = "oauth.accessible_resources";
    req.headers.push_back({"Accept", "application/json"});
    return req;
}

/// Reads the answer: 2xx, a JSON array of sites (id, name, url, scopes required; avatarUrl optional;
/// unknown members kept), else malformed_response with the JSON Pointer ("/0/id"); non-2xx:
/// oauth_error::from_response (401 when the token is expired or revoked).
template <class Site = site> // a template so that only a caller compiles the codec
csm::result<std::vector<Site>, oauth_error> read_accessible_resources(const rest::http_response& response) {
    if (response.status < 200 || response.status > 299) return oauth_error::from_response(response);
    csm::result<std::vector<Site>> sites = csm::json::parse<std::vector<Site>>(response.body);
    if (!sites) return oauth_error::malformed(response.status, std::move(sites).error());
    return std::move(*sites);
}

/// How to pick a site.
struct site_selector {
    enum class by { only, url, name, cloud_id };
    by how = by::only;
    std::string value;

    /// The one site the token reaches (an error when there are several).
    static site_selector only() { return {}; }
    /// By URL: scheme, letter case and trailing slashes do not matter ("Your-Domain.atlassian.net/").
    static site_selector url(std::string v) { return {by::url, std::move(v)}; }
    /// By name, exactly.
    static site_selector name(std::string v) { return {by::name, std::move(v)}; }
    static site_selector cloud_id(std::string v) { return {by::cloud_id, std::move(v)}; }
};

enum class site_choice_errc {
    no_sites,  ///< the token reaches no site (the app's grant lists none, or the user chose none)
    no_match,  ///< no site has the URL, name or cloud id given
    ambiguous, ///< several sites match (or several are reachable and none was named)
};

/// Why choose_site found no single site. The message never quotes the value searched for.
struct site_choice_error {
    site_choice_errc code = site_choice_errc::no_sites;
    std::size_t sites = 0;    ///< how many sites the token reaches
    std::size_t matching = 0; ///< how many of them matched

    std::string message() const {
        switch (code) {
        case site_choice_errc::no_sites: return "the token reaches no site";
        case site_choice_errc::no_match:
            return "none of the " + std::to_string(sites) +
                   " sites the token reaches matches; choose by URL, name or cloud id";
        case site_choice_errc::ambiguous:
            return std::to_string(matching) + " of the " + std::to_string(sites) +
                   " sites the token reaches match; choose one by URL or cloud id";
        }
        return "no site";
    }

    friend bool operator==(const site_choice_error&, const site_choice_error&) = default;
};

/// The site `selector` names among `sites` (read_accessible_resources' answer).
template <class Site>
csm::result<Site, site_choice_error> choose_site(const std::vector<Site>& sites,
                                                 const site_selector& selector = site_selector::only());

// ---- implementation -----------------------------------------------------------------------------------

namespace detail {

/// "https://X.atlassian.net/" -> "x.atlassian.net".
inline std::string site_url_key(std::string_view u) {
    for (std::string_view scheme : {"https://", "http://"}) {
        if (u.size() >= scheme.size() && rest::header_name_equals(u.substr(0, scheme.size()), scheme)) {
            u.remove_prefix(scheme.size());
            break;
        }
    }
    while (!u.empty() && u.back() == '/') u.remove_suffix(1);
    std::string key(u);
    for (char& c : key)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return key;
}

} // namespace detail

template <class Site>
csm::result<Site, site_choice_error> choose_site(const std::vector<Site>& sites, const site_selector& selector) {
    if (sites.empty()) return site_choice_error{site_choice_errc::no_sites, 0, 0};
    const Site* found = nullptr;
    std::size_t matching = 0;
    const std::string wanted_url =
        selector.how == site_selector::by::url ? detail::site_url_key(selector.value) : std::string();
    for (const Site& s : sites) {
        bool match = false;
        switch (selector.how) {
        case site_selector::by::only: match = true; break;
        case site_selector::by::url: match = !wanted_url.empty() && detail::site_url_key(s.url) == wanted_url; break;
        case site_selector::by::name: match = s.name == selector.value; break;
        case site_selector::by::cloud_id: match = s.id.view() == selector.value; break;
        }
        if (!match) continue;
        ++matching;
        if (!found) found = &s;
    }
    if (matching == 0) return site_choice_error{site_choice_errc::no_match, sites.size(), 0};
    if (matching > 1) return site_choice_error{site_choice_errc::ambiguous, sites.size(), matching};
    return *found;
}

} // namespace csm::auth

#endif
