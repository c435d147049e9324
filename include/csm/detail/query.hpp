// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_DETAIL_QUERY_HPP
#define CSM_DETAIL_QUERY_HPP

#include <boost/url/url_view_base.hpp>

namespace csm::detail {

/// Whether a URL's query has parameters to iterate. Boost.URL 1.81 reads out of bounds iterating (or
/// counting) the parameters of an empty query followed by a fragment, "?#"
/// (https://github.com/boostorg/url/issues/864, fixed in later releases); an empty query has no parameters,
/// so callers skip it and behave the same on every Boost version.
inline bool has_query_params(const boost::urls::url_view_base& url) noexcept {
    return url.has_query() && !url.encoded_query().empty();
}

} // namespace csm::detail

#endif
