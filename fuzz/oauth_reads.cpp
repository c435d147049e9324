// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// Every OAuth read (fuzz/README.md): the token response (read_token_response at 200 and 400), the OAuth
// error (oauth_error::from_response), accessible resources (read_accessible_resources) and the callback URL
// (read_callback, the input as the query of the redirect URI). Besides "no crash": a decode error obeys the
// invariants of invariants.hpp (and so never repeats a value of the body: token responses carry secrets), a
// token set holds what the body said, and a callback's code is the URL's one `code` with the right state.
#include "invariants.hpp"

#include <csm/auth/accessible_resources.hpp>
#include <csm/auth/callback.hpp>
#include <csm/auth/token.hpp>

#include <boost/url/parse.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

namespace auth = csm::auth;

void check_token(std::string_view body) {
    const auto now = std::chrono::system_clock::time_point(std::chrono::hours(480'000));
    const auto dom = csm_fuzz::dom_of(body);
    for (const int status : {200, 400}) {
        auto tokens = auth::read_token_response({status, {}, std::string(body)}, now);
        if (!tokens) {
            if (tokens.error().decode_error) csm_fuzz::check_error(*tokens.error().decode_error, dom ? &*dom : nullptr);
            (void)tokens.error().message();
            continue;
        }
        if (status != 200) csm_fuzz::broken("a 400 gave tokens");
        const boost::json::value* access =
            dom && dom->is_object() ? dom->get_object().if_contains("access_token") : nullptr;
        if (!access || !access->is_string() || tokens->access.reveal() != access->get_string())
            csm_fuzz::broken("the access token is not the body's access_token");
        if (tokens->expires_at <= now) csm_fuzz::broken("a token that expired when it was issued");
    }
    if (dom) {
        // The same body with every string value marked: no decode error may repeat one.
        const std::string marked = boost::json::serialize(csm_fuzz::marked(*dom));
        auto tokens = auth::read_token_response({200, {}, marked}, now);
        if (!tokens && tokens.error().decode_error &&
            tokens.error().decode_error->message().find(csm_fuzz::marker) != std::string::npos)
            csm_fuzz::broken("a token response's error repeats a value of the body");
    }
}

void check_sites(std::string_view body) {
    const auto dom = csm_fuzz::dom_of(body);
    auto sites = auth::read_accessible_resources({200, {}, std::string(body)});
    if (!sites && sites.error().decode_error) csm_fuzz::check_error(*sites.error().decode_error, dom ? &*dom : nullptr);
    auto refused = auth::read_accessible_resources({401, {}, std::string(body)});
    if (refused) csm_fuzz::broken("a 401 gave sites");
    (void)auth::oauth_error::from_response({403, {}, std::string(body)}).message();
}

void check_callback(std::string_view query) {
    const std::string url = "https://app.example.invalid/callback?" + std::string(query);
    auto code = auth::read_callback(url, "state-1");
    if (!code) return (void)code.error().message();
    // Success: exactly one state, equal to the expected one, and the code is the URL's one `code`.
    auto parsed = boost::urls::parse_uri(url);
    if (!parsed) csm_fuzz::broken("a URL that does not parse gave a code");
    const auto params = parsed->params();
    if (params.count("state") != 1 || (*params.find("state")).value != "state-1")
        csm_fuzz::broken("a code without the expected state");
    if (params.count("code") != 1 || (*params.find("code")).value != code->reveal())
        csm_fuzz::broken("the code is not the URL's code");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    check_token(input);
    check_sites(input);
    check_callback(input);
    return 0;
}
