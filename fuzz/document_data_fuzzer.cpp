/** @file document_data_fuzzer.cpp
 *  @brief libFuzzer target: any bytes as the stored document data (a damaged index). A
 *  std::runtime_error naming the problem is the only acceptable failure; the reader must
 *  never read past the data or take unbounded time.
 */
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "common/index/stored_article.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        (void)newsdex::decode_document_data(std::string(reinterpret_cast<const char*>(data), size));
    } catch (const std::runtime_error&) {
    }
    return 0;
}
