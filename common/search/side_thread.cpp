/** @file side_thread.cpp
 *  @brief The helper thread's queue.
 */
#include "common/search/side_thread.hpp"

#include <chrono>

namespace newsdex {

namespace {

/// How long the thread waits awake for the next task before it sleeps: waking a sleeping
/// thread took a twelfth of a warm search's own time on the benchmark VM (a system call
/// and an interrupt to the other core), and searches often come in runs (a server, a
/// script, the benchmark).
constexpr auto awake_after_task = std::chrono::microseconds(200);

}  // namespace

SideThread::SideThread() : thread_([this] { loop(); }) {}

SideThread::~SideThread() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        wake_.store(true, std::memory_order_release);
    }
    queued_.notify_one();
    thread_.join();
}

void SideThread::run(std::function<void()> task) {
    {
        std::lock_guard lock(mutex_);
        tasks_.push_back(std::move(task));
        wake_.store(true, std::memory_order_release);
    }
    queued_.notify_one();
}

void SideThread::loop() {
    std::unique_lock lock(mutex_);
    for (;;) {
        if (tasks_.empty() && !stopping_) stay_awake(lock);
        queued_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
        if (tasks_.empty()) return;  // stopping, and nothing left to run
        std::function<void()> task = std::move(tasks_.front());
        tasks_.pop_front();
        wake_.store(!tasks_.empty() || stopping_, std::memory_order_relaxed);
        lock.unlock();
        task();
        lock.lock();
    }
}

void SideThread::stay_awake(std::unique_lock<std::mutex>& lock) {
    lock.unlock();
    auto until = std::chrono::steady_clock::now() + awake_after_task;
    while (!wake_.load(std::memory_order_acquire) && std::chrono::steady_clock::now() < until) {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();  // lets a sibling hyperthread run meanwhile
#endif
    }
    lock.lock();
}

}  // namespace newsdex
