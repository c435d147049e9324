// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The replaced global operator new that counts heap allocations for W4 (csm_bench.cpp). In its own
// translation unit so that GCC does not pair inlined malloc/free with new/delete (-Wmismatched-new-delete).
#include <atomic>
#include <cstdlib>
#include <new>

std::atomic<std::size_t> csm_bench_allocations{0};

void* operator new(std::size_t n) {
    csm_bench_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(n ? n : 1)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
