/** @file side_thread.hpp
 *  @brief A second core for one search: a thread kept by the database handle that runs
 *  the tasks handed to it, in order.
 *
 * A search's stored articles (decode and snippet) and its facet tally need nothing of each
 * other, and the machines newsdex runs on have spare cores, so the searcher builds hits
 * here while it counts facets (searcher.cpp). Starting a thread costs about 60 µs on a
 * small VM, a tenth of a warm search, so one is started per handle and kept; after each
 * task it waits awake for 200 µs before it sleeps, since waking it costs the searcher
 * a system call and the other core an interrupt.
 *
 * Tasks own what they use: the searcher never waits for a task that has not started (it
 * takes the remaining work itself), so a task may run after the search that handed it
 * over has returned.
 */
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace newsdex {

class SideThread {
  public:
    SideThread();
    /// Runs the tasks still queued, then stops the thread.
    ~SideThread();
    SideThread(const SideThread&) = delete;
    SideThread& operator=(const SideThread&) = delete;

    /// Queues `task`; it must not throw.
    void run(std::function<void()> task);

  private:
    void loop();
    /// Waits a little for a task without sleeping (and without holding `lock`).
    void stay_awake(std::unique_lock<std::mutex>& lock);

    std::mutex mutex_;
    std::condition_variable queued_;
    std::deque<std::function<void()>> tasks_;
    /// A task is queued or the thread is to stop: ends a wait awake (read without the lock).
    std::atomic<bool> wake_{false};
    bool stopping_ = false;
    std::thread thread_;  ///< last: started once the members above exist
};

}  // namespace newsdex
