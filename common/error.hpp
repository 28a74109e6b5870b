/** @file error.hpp
 *  @brief Typed errors thrown by common/ and mapped to messages and exit codes by each main.
 */
#pragma once

#include <stdexcept>
#include <string>

namespace newsdex {

/// One article cannot be indexed (bad encoding, binary, unreadable...). The indexer reports
/// it and goes on with the others. what() names the reason; the caller adds the file.
class ArticleError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// The user asked for something that cannot work (bad option value, bad query filter).
class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// The database is missing, foreign, or built with another schema.
class DatabaseError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// `error` with the index it is about in front: code that reads a database without
/// knowing where it lives (the schema check, the person table) throws without it, and
/// the caller that opened the database adds it.
[[nodiscard]] inline DatabaseError in_database(const std::string& path, const DatabaseError& error) {
    return path.empty() ? error : DatabaseError(path + ": " + error.what());
}

/// Exit codes shared by both programs.
namespace exit_code {
inline constexpr int ok = 0;
/// newsdex-search: nothing matched. newsdex-index: some files failed.
inline constexpr int partial = 1;
/// Usage, database or query error: the user must act.
inline constexpr int error = 2;
}  // namespace exit_code

}  // namespace newsdex
