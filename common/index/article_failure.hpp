/** @file article_failure.hpp
 *  @brief An article's problem as the failure an index run reports for it.
 */
#pragma once

#include <xapian.h>

#include <exception>
#include <string>

#include "common/error.hpp"

namespace newsdex {

/// Runs `build` (reading, processing and building one article): its own problem
/// (ArticleError), or any other error on the way, becomes the failure returned, so one
/// bad article never stops the run; empty when it succeeded.
template <typename Build>
[[nodiscard]] std::string article_failure(Build&& build) {
    try {
        build();
    } catch (const ArticleError& error) {
        return error.what();
    } catch (const std::exception& error) {
        return std::string("internal error: ") + error.what();
    } catch (const Xapian::Error& error) {
        return "internal error: " + error.get_description();
    }
    return {};
}

}  // namespace newsdex
