// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TESTING_FAULT_PLAN_HPP
#define CSM_TESTING_FAULT_PLAN_HPP

#include <csm/rest/http_message.hpp>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

/// Faults on purpose, reproducibly, for csm::testing::simulator (docs/testing.md): scripted ("the 3rd call to
/// organization.get fails with 503") or random with a seed (the same seed gives the same faults).
namespace csm::testing {

enum class fault_kind {
    rate_limited,   ///< 429 with Retry-After
    server_error,   ///< 500
    unavailable,    ///< 503
    slow,           ///< answered normally, with a reported delay (nothing sleeps in-process)
    truncated_body, ///< the normal answer with its body cut in half
    not_json,       ///< the normal status with a non-JSON body
};

struct fault {
    fault_kind kind = fault_kind::unavailable;
    std::string endpoint{};              ///< endpoint_info::name, e.g. "organization.get"; "" for every endpoint
    std::optional<std::uint64_t> nth{};  ///< fire on this call (1-based) to `endpoint`; unset: at random
    double probability = 1.0;            ///< without `nth`: the chance per call
    std::chrono::seconds retry_after{1}; ///< for rate_limited
    std::chrono::milliseconds delay{0};  ///< for slow
};

class fault_plan {
public:
    explicit fault_plan(std::uint64_t seed = 0) : random_(seed) {}

    fault_plan& add(fault f) {
        faults_.push_back(std::move(f));
        return *this;
    }

    /// Counts a call to `endpoint` and returns the fault to inject into it, if any (the first that fires).
    std::optional<fault> next(std::string_view endpoint) {
        const std::uint64_t n = ++calls_[std::string(endpoint)];
        std::optional<fault> chosen;
        for (const fault& f : faults_) {
            if (!f.endpoint.empty() && f.endpoint != endpoint) continue;
            // Every random rule draws on every call it applies to, so the sequence depends only on the seed
            // and the calls, not on which rule fired before.
            const bool fires =
                f.nth ? *f.nth == n : std::uniform_real_distribution<double>(0, 1)(random_) < f.probability;
            if (fires && !chosen) chosen = f;
        }
        return chosen;
    }

    /// Applies fault `f` to the answer the simulator would have given.
    static rest::http_response apply(const fault& f, rest::http_response normal) {
        switch (f.kind) {
        case fault_kind::rate_limited:
            return {
                429, {{"Retry-After", std::to_string(f.retry_after.count())}}, R"({"errorMessages":["Rate limited"]})"};
        case fault_kind::server_error: return {500, {}, R"({"errorMessages":["Internal server error"]})"};
        case fault_kind::unavailable: return {503, {}, R"({"errorMessages":["Service unavailable"]})"};
        case fault_kind::slow: return normal;
        case fault_kind::truncated_body: normal.body.resize(normal.body.size() / 2); return normal;
        case fault_kind::not_json: normal.body = "<html>upstream error</html>"; return normal;
        }
        return normal;
    }

private:
    std::vector<fault> faults_;
    std::map<std::string, std::uint64_t> calls_;
    std::mt19937_64 random_;
};

} // namespace csm::testing

#endif
