#include "sim/sweep_top.h"

#include <algorithm>

namespace negsim {

void TopCounter::Add(const std::string& key) {
  ++seen_;
  auto it = counters_.find(key);
  if (it == counters_.end()) {
    Counter counter{1, 0, seen_};
    if (counters_.size() == capacity_) {
      // Space-Saving: the new key takes over the least counted key's count.
      const auto [count, first_seen, evicted] = *by_count_.begin();
      by_count_.erase(by_count_.begin());
      counters_.erase(evicted);
      counter = Counter{count + 1, count, seen_};
      exact_ = false;
    }
    it = counters_.emplace(key, counter).first;
    by_count_.emplace(it->second.count, it->second.first_seen, key);
    return;
  }
  Counter& counter = it->second;
  by_count_.erase({counter.count, counter.first_seen, key});
  ++counter.count;
  by_count_.emplace(counter.count, counter.first_seen, key);
}

std::vector<TopCounter::Entry> TopCounter::Top(size_t k) const {
  std::vector<Entry> entries;
  for (const auto& [key, counter] : counters_)
    entries.push_back(Entry{key, counter.count, counter.overcount});
  const auto order = [](const Entry& a, const Entry& b) {
    return a.count != b.count ? a.count > b.count : a.key < b.key;
  };
  const size_t n = std::min(k, entries.size());
  std::partial_sort(entries.begin(), entries.begin() + n, entries.end(), order);
  entries.resize(n);
  return entries;
}

}  // namespace negsim
