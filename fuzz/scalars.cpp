// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The text parsers of the vocabulary types: instant, currency_code, bounded_string, idempotency_key,
// retry_after and the HTTP date (fuzz/README.md). Each accepted value writes back to text that parses to the
// same value; a refusal never repeats the input.
#include "invariants.hpp"

#include <csm/bounded_string.hpp>
#include <csm/currency_code.hpp>
#include <csm/instant.hpp>
#include <csm/rest/api_error.hpp>
#include <csm/rest/idempotency_key.hpp>

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace {

// The seeds carry the marker (corpus/scalars/marked_*); whatever the fuzzer makes of them, it must not
// come back in a refusal. (Looking for the whole input instead would flag inputs that are words of the message.)
void check_refusal(const csm::error& e) {
    if (e.message().find(csm_fuzz::marker) != std::string::npos) csm_fuzz::broken("a refusal repeats the input");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    if (auto t = csm::instant::parse(text)) {
        const std::string written = t->to_string();
        const auto again = csm::instant::parse(written);
        if (!again || !again->same_text(*t) || again->to_string() != written)
            csm_fuzz::broken("instant text round trip");
        try {
            (void)t->in_utc(); // out_of_range for UTC outside years 0000-9999 is documented
        } catch (const std::out_of_range&) {}
    } else {
        check_refusal(t.error());
    }

    if (auto c = csm::currency_code::parse(text)) {
        if (c->view() != text) csm_fuzz::broken("currency code changed");
    } else {
        check_refusal(c.error());
    }

    if (auto s = csm::bounded_string<16>::parse(text)) {
        if (s->view() != text || s->size_utf16() > 16) csm_fuzz::broken("bounded_string changed or too long");
    } else {
        check_refusal(s.error());
    }

    if (auto k = csm::rest::idempotency_key::parse(text)) {
        if (k->view() != text) csm_fuzz::broken("idempotency key changed");
        for (const char ch : k->view())
            if (ch == '\r' || ch == '\n' || ch == '\0') csm_fuzz::broken("a header value with CR, LF or NUL");
    } else {
        check_refusal(k.error());
    }

    if (auto r = csm::rest::retry_after::parse(text)) {
        using namespace std::chrono;
        for (const sys_seconds now : {sys_seconds::min(), sys_seconds{}, sys_seconds::max()})
            if (r->wait_from(now) < seconds(0)) csm_fuzz::broken("a negative Retry-After wait");
    }
    return 0;
}
