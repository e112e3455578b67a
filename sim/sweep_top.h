// TopCounter: the most frequent keys of a stream in bounded memory (Metwally et al.'s
// Space-Saving). Counts are exact while the stream has at most `capacity` distinct keys; past
// that, the least counted key makes room and a reported count may exceed the true one by at
// most its `overcount`. Deterministic: ties go to the key seen first.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace negsim {

class TopCounter {
 public:
  explicit TopCounter(size_t capacity) : capacity_(capacity) {}

  void Add(const std::string& key);

  struct Entry {
    std::string key;
    std::uint64_t count = 0;      // occurrences (an upper bound once exact() is false)
    std::uint64_t overcount = 0;  // count exceeds the truth by at most this
  };
  // The `k` most counted keys, by count descending, then key ascending.
  std::vector<Entry> Top(size_t k) const;
  // No key has been evicted: every count is exact and distinct() is the true number of keys.
  bool exact() const { return exact_; }
  size_t distinct() const { return counters_.size(); }

 private:
  struct Counter {
    std::uint64_t count = 0;
    std::uint64_t overcount = 0;
    std::uint64_t first_seen = 0;
  };
  size_t capacity_;
  bool exact_ = true;
  std::uint64_t seen_ = 0;
  std::map<std::string, Counter> counters_;
  // (count, first_seen, key) of every counter: the first element is the one to evict.
  std::set<std::tuple<std::uint64_t, std::uint64_t, std::string>> by_count_;
};

}  // namespace negsim
