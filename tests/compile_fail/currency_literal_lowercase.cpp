// csm-expect-error: not_an_active_iso_4217_currency_code
// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// "usd"_currency must not compile: the literal is checked against ISO 4217 List One at compile time.
#include <csm/currency_code.hpp>
using namespace csm::literals;
#ifdef CSM_COMPILE_FAIL
[[maybe_unused]] constexpr auto bad = "usd"_currency;
#else
[[maybe_unused]] constexpr auto good = "USD"_currency;
#endif
