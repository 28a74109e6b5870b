/** @file exit_at_once.cpp
 *  @brief Ending a one-shot search without taking its objects apart.
 */
#include "searcher/exit_at_once.hpp"

#include <cstdio>
#include <cstdlib>
#include <iostream>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

namespace newsdex {

void exit_at_once(int code) {
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
#if defined(__SANITIZE_ADDRESS__)
    __lsan_do_leak_check();
#endif
    std::_Exit(code);
}

}  // namespace newsdex
