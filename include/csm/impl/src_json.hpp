// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_IMPL_SRC_JSON_HPP
#define CSM_IMPL_SRC_JSON_HPP

// Part of csm/src.hpp: the one-pass reader's parser, the same for every model type.
#include <csm/json/impl/parse.hpp>

template class boost::json::basic_parser<csm::json::detail::stream::handler>;

#endif
