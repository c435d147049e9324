// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The csm tool's reader of Teamwork Graph files (`csm validate`, `csm batch`: tools/csm/src/graph_input.cpp):
// an envelope or a single object, tolerant and strict (fuzz/README.md). The strict path removes each unknown
// key it is told about and reads again, so its pointers must lead back into the input: every problem's pointer
// names a value of the input (or, for something absent, the object it is absent from).
#include "../tools/csm/src/graph_input.hpp"
#include "invariants.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {
// The pointer names a value of the input; for something absent (a required member, one of two), the object
// it is absent from.
bool resolves(const csm::graph::problem& p, const boost::json::value& input) {
    using csm::graph::rule;
    boost::system::error_code ec;
    if (input.find_pointer(p.pointer, ec) != nullptr) return true;
    if (p.rule != rule::required && p.rule != rule::recommended && p.rule != rule::one_of) return false;
    const auto slash = p.pointer.rfind('/');
    return slash != std::string::npos && input.find_pointer(std::string_view(p.pointer).substr(0, slash), ec);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto dom = csm_fuzz::dom_of(text);
    if (!dom) return 0; // the tool reports a syntax error before this reader runs
    csm_fuzz::check_readers<csm::graph::set_objects_request>(text);
    for (const boost::json::value& input : {*dom, csm_fuzz::marked(*dom)}) {
        for (const bool strict : {false, true}) {
            for (const csm::graph::problem& p : csm_cli::graph_problems(input, strict)) {
                // A pointer names keys (an unknown type block's key, say) and may carry the marker when the
                // fuzzer puts it into a key; what must never repeat input is the rest of the message.
                std::string message = p.message();
                if (const auto at = message.find(p.pointer); !p.pointer.empty() && at != std::string::npos)
                    message.erase(at, p.pointer.size());
                if (message.find(csm_fuzz::marker) != std::string::npos) csm_fuzz::broken("a problem repeats a value");
                if (!resolves(p, input)) csm_fuzz::broken("a problem's pointer names nothing in the input:", p.brief());
            }
        }
    }
    return 0;
}
