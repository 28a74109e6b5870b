/** @file document_data_fuzzer.cpp
 *  @brief libFuzzer target: any bytes as the stored document data and as a position map
 *  (a damaged index). For document data a std::runtime_error naming the problem is the
 *  only acceptable failure, for a position map a false answer; neither reader may read
 *  past its bytes or take unbounded time.
 */
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "common/index/position_map.hpp"
#include "common/index/stored_article.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        (void)newsdex::decode_document_data(bytes);
    } catch (const std::runtime_error&) {
    }
    // Hashes of one slot, sorted, as the searcher asks for them.
    static const std::vector<std::uint32_t> hashes{0x08000000u, 0x08000008u, 0x0a5a5a58u, 0x0ffffff8u};
    std::vector<std::vector<Xapian::termpos>> positions;
    (void)newsdex::PositionMap(bytes).find(hashes, positions);
    return 0;
}
