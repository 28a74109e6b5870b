/** @file document_compression.cpp
 *  @brief Zstandard compression with one reused context per thread.
 */
#include "common/index/document_compression.hpp"

#include <zstd.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "common/corpus/article.hpp"

namespace newsdex {

namespace {

/// Level 3 (Zstandard's default) compresses the articles as well as zlib's level 6 does
/// and several times faster; higher levels gain under 2% (README, Performance: what did
/// not help).
constexpr int compression_level = 3;

/// A frame starts with these four bytes (little-endian 0xFD2FB528); CBOR data, which
/// starts with a map header, never does.
constexpr std::string_view frame_magic = "\x28\xb5\x2f\xfd";

/// The most a frame may claim to hold: the stored form of the largest article read
/// (its text, with the extracted facets around it). A damaged header claiming more is
/// refused before anything is allocated for it.
constexpr unsigned long long max_document_data_bytes = 4ULL * max_article_bytes;

struct ContextDeleter {
    void operator()(ZSTD_CCtx* context) const { ZSTD_freeCCtx(context); }
    void operator()(ZSTD_DCtx* context) const { ZSTD_freeDCtx(context); }
};

// Contexts hold the codec's tables; creating one per document cost more than decoding it.
ZSTD_CCtx* compression_context() {
    thread_local std::unique_ptr<ZSTD_CCtx, ContextDeleter> context = [] {
        std::unique_ptr<ZSTD_CCtx, ContextDeleter> created(ZSTD_createCCtx());
        ZSTD_CCtx_setParameter(created.get(), ZSTD_c_compressionLevel, compression_level);
        // A checksum turns a damaged block into an error instead of a wrong article.
        ZSTD_CCtx_setParameter(created.get(), ZSTD_c_checksumFlag, 1);
        return created;
    }();
    return context.get();
}

ZSTD_DCtx* decompression_context() {
    thread_local std::unique_ptr<ZSTD_DCtx, ContextDeleter> context(ZSTD_createDCtx());
    return context.get();
}

}  // namespace

std::string compress_document_data(std::string_view data) {
    std::string frame(ZSTD_compressBound(data.size()), '\0');
    std::size_t size = ZSTD_compress2(compression_context(), frame.data(), frame.size(), data.data(), data.size());
    if (ZSTD_isError(size)) throw std::runtime_error(std::string("zstd compression: ") + ZSTD_getErrorName(size));
    frame.resize(size);
    return frame;
}

std::string decompress_document_data(std::string_view stored) {
    if (!stored.starts_with(frame_magic)) return std::string(stored);
    unsigned long long content_size = ZSTD_getFrameContentSize(stored.data(), stored.size());
    if (content_size == ZSTD_CONTENTSIZE_ERROR || content_size == ZSTD_CONTENTSIZE_UNKNOWN) {
        throw std::runtime_error("document data: damaged zstd frame header");
    }
    if (content_size > max_document_data_bytes) {
        throw std::runtime_error("document data: zstd frame claims " + std::to_string(content_size) +
                                 " bytes, more than any stored article");
    }
    std::string data(content_size, '\0');
    std::size_t size =
        ZSTD_decompressDCtx(decompression_context(), data.data(), data.size(), stored.data(), stored.size());
    if (ZSTD_isError(size) || size != content_size) {
        throw std::runtime_error(std::string("document data: damaged zstd frame: ") +
                                 (ZSTD_isError(size) ? ZSTD_getErrorName(size) : "short content"));
    }
    return data;
}

}  // namespace newsdex
