// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include "http_text.hpp"

namespace csm_cli {

std::string shell_quote(std::string_view text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'') out += "'\\''";
        else out.push_back(c);
    }
    out.push_back('\'');
    return out;
}

std::string to_raw_http(const csm::rest::http_request& req) {
    std::string out(csm::rest::to_string(req.method));
    out += ' ';
    out += req.target();
    out += " HTTP/1.1\n";
    if (req.url.has_authority()) {
        out += "Host: ";
        out += req.url.encoded_host_and_port();
        out += "\n";
    }
    out += "Authorization: ";
    out += authorization_placeholder;
    out += "\n";
    for (const auto& h : req.headers) out += h.name + ": " + h.value + "\n";
    if (req.body) out += "Content-Length: " + std::to_string(req.body->size()) + "\n";
    out += "\n";
    if (req.body) {
        out += *req.body;
        out += '\n';
    }
    return out;
}

std::string to_curl(const csm::rest::http_request& req) {
    std::string out = "curl --request ";
    out += csm::rest::to_string(req.method);
    out += " \\\n  --url ";
    out += shell_quote(req.url.buffer());
    out += " \\\n  --header \"Authorization: ";
    out += authorization_placeholder;
    out += '"';
    for (const auto& h : req.headers) {
        out += " \\\n  --header ";
        out += shell_quote(h.name + ": " + h.value);
    }
    if (req.body) {
        out += " \\\n  --data ";
        out += shell_quote(*req.body);
    }
    out += '\n';
    return out;
}

} // namespace csm_cli
