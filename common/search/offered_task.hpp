/** @file offered_task.hpp
 *  @brief Work offered to the side thread (side_thread.hpp) that the searching thread
 *  takes back when the side thread has not started it, or not finished it in time.
 *
 * A search must never wait for work nobody has started: the side thread may be asleep,
 * busy, or stalled by the VM's host. So whichever thread claims the task first does it.
 * If the side thread claimed it, the searching thread waits for its result only as long
 * as its caller's patience allows, then does the task itself; the side thread's late
 * result is then dropped unseen. Both threads hold the task by a shared pointer, so a
 * side thread may finish after the search has returned.
 */
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <utility>

namespace newsdex {

/// The side thread starts a task later than it is offered (waking or starting, opening its
/// handle, building its query), so the searching thread waits this much beyond its own
/// time before it takes the task back.
constexpr auto side_head_start = std::chrono::milliseconds(1);

template <typename Result>
class OfferedTask {
  public:
    /// The side thread: whether it is to do the task (the searching thread has not taken it).
    [[nodiscard]] bool claim_for_side() { return claim(side_working); }

    /// The side thread: its result, or nothing when it could not do the task.
    void finish(std::optional<Result> result) {
        {
            std::lock_guard lock(mutex_);
            result_ = std::move(result);
            state_ = side_done;
        }
        done_.notify_one();
    }

    /// The searching thread: the side thread's result, if it claimed the task and finished
    /// it within `patience`; nothing otherwise, and the task is then the searching thread's.
    [[nodiscard]] std::optional<Result> take(std::chrono::steady_clock::duration patience) {
        if (claim(searcher_took)) return std::nullopt;
        std::unique_lock lock(mutex_);
        if (!done_.wait_for(lock, patience, [this] { return state_ == side_done; })) return std::nullopt;
        return std::move(result_);
    }

    /// The searching thread, leaving without the result (a failure of its own): the side
    /// thread is not to start the task for nobody.
    void withdraw() { claim(searcher_took); }

  private:
    enum State : int { unclaimed, side_working, side_done, searcher_took };

    bool claim(State by) {
        int expected = unclaimed;
        return state_.compare_exchange_strong(expected, by);
    }

    std::atomic<int> state_{unclaimed};
    std::mutex mutex_;
    std::condition_variable done_;
    std::optional<Result> result_;
};

/// Withdraws a task when the searching thread leaves the scope without taking it (a
/// failure of its own), so that the side thread does not do it for nobody.
template <typename Result>
struct WithdrawOnExit {
    OfferedTask<Result>& task;
    ~WithdrawOnExit() { task.withdraw(); }
};
/// (Clang 14 deduces no aggregate's arguments by itself.)
template <typename Result>
WithdrawOnExit(OfferedTask<Result>&) -> WithdrawOnExit<Result>;

}  // namespace newsdex
