/** @file clean_extract_fuzzer.cpp
 *  @brief libFuzzer target: any bytes through decode → front matter (or a web page's text,
 *  when they start as one: corpus/saved_page.html) → clean → extract →
 *  document. ArticleError is the only acceptable failure.
 */
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/error.hpp"
#include "common/index/document_builder.hpp"
#include "common/index/person_registry.hpp"
#include "common/index/pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        auto processed = newsdex::process_article("fuzz/input.txt", bytes);
        static newsdex::PersonRegistry people;
        static newsdex::DocumentBuilder builder(people, newsdex::schema::Layout::standalone);
        (void)builder.build(processed.stored, processed.signature, /*stamp=*/"");
    } catch (const newsdex::ArticleError&) {
    }
    return 0;
}
