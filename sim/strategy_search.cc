#include "sim/strategy_search.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "sim/check.h"
#include "sim/run_tables.h"

namespace negsim {

namespace {

int FindRoot(std::vector<int>& parent, int i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

}  // namespace

SearchLayout MakeSearchLayout(const Scenario& scenario, const AgendaStages& agenda, int actor,
                              int stage) {
  const IssueSpace& space = scenario.space();
  const int n = space.num_issues();
  const auto decided = [&](int i) { return agenda.phase(i, stage) != IssuePhase::kPending; };
  SearchLayout layout;
  std::vector<int> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  const auto join = [&](int a, int b) { parent[FindRoot(parent, a)] = FindRoot(parent, b); };
  const auto lines = scenario.red_lines();
  for (int r = 0; r < static_cast<int>(lines.size()); ++r) {
    const RedLine& line = lines[r];
    if (line.actor != actor || line.kind != RedLineKind::kIfThen) continue;
    if (!decided(line.issue) || !decided(line.then_issue)) continue;
    layout.rules.push_back(r);
    join(line.issue, line.then_issue);
  }
  const auto synergies = scenario.synergies();
  for (int s = 0; s < static_cast<int>(synergies.size()); ++s) {
    const Synergy& synergy = synergies[s];
    if (synergy.actor != actor || !decided(synergy.issue_a) || !decided(synergy.issue_b)) continue;
    layout.synergies.push_back(s);
    join(synergy.issue_a, synergy.issue_b);
  }

  // Options an issue contributes: the actor's allowed ones while open, one otherwise.
  const auto allowed = scenario.allowed(actor);
  std::vector<double> size(n, 1.0);
  for (int i = 0; i < n; ++i) {
    if (agenda.phase(i, stage) != IssuePhase::kOpen) continue;
    size[i] = 0;
    for (int o = 0; o < space.num_options(i); ++o) size[i] += allowed[space.offset(i) + o];
  }
  // Components of coupled issues, largest first, each to the smaller half.
  std::vector<std::vector<int>> components(n);
  for (int i = 0; i < n; ++i) components[FindRoot(parent, i)].push_back(i);
  std::erase_if(components, [](const std::vector<int>& c) { return c.empty(); });
  const auto product = [&](const std::vector<int>& issues) {
    double p = 1;
    for (int i : issues) p *= size[i];
    return p;
  };
  std::stable_sort(components.begin(), components.end(),
                   [&](const auto& a, const auto& b) { return product(a) > product(b); });
  std::array<double, 2> half_size = {1, 1};
  for (const std::vector<int>& component : components) {
    const int h = half_size[0] <= half_size[1] ? 0 : 1;
    half_size[h] *= product(component);
    layout.halves[h].insert(layout.halves[h].end(), component.begin(), component.end());
  }
  for (int h = 0; h < 2; ++h) {
    std::sort(layout.halves[h].begin(), layout.halves[h].end());
    if (half_size[h] > static_cast<double>(kMaxHalfEntries))
      throw InputError(scenario.spec().PosOf("issues"), "issues",
                       "actor '" + scenario.actor(actor).id + "' has too many packages to " +
                           "negotiate over (" + std::to_string(half_size[h]) +
                           " option combinations in half of its search, at most " +
                           std::to_string(kMaxHalfEntries) + ")",
                       "use fewer issues or options, or settle some issues in earlier agenda "
                       "stages");
    layout.capacity[h] = static_cast<std::size_t>(half_size[h]);
    const auto in_half = [&](int issue) {
      return std::binary_search(layout.halves[h].begin(), layout.halves[h].end(), issue);
    };
    for (int r : layout.rules)
      if (in_half(lines[r].issue)) layout.half_rules[h].push_back(r);
    for (int s : layout.synergies)
      if (in_half(synergies[s].issue_a)) layout.half_synergies[h].push_back(s);
  }
  return layout;
}

void PackageSearch::Reserve(const SearchLayout& layout, int num_issues) {
  std::size_t largest = 0;
  for (int h = 0; h < 2; ++h) {
    const std::size_t capacity = std::max(entries_[h].capacity(), layout.capacity[h]);
    entries_[h].reserve(capacity);
    sorting_[h].reserve(capacity);
    largest = std::max(largest, capacity);
    issues_[h].reserve(num_issues);
    flat_offsets_[h].reserve(num_issues);
    choices_[h].reserve(static_cast<std::size_t>(num_issues) * kMaxOptions);
    choice_begin_[h].reserve(num_issues + 1);
  }
  bucket_end_.reserve(largest);
  package_.resize(num_issues);
  odometer_.reserve(num_issues);
  partial_own_.reserve(num_issues + 1);
  partial_index_.reserve(num_issues + 1);
}

void PackageSearch::Reserve(SearchScratch& scratch, const SearchLayout& layout) {
  for (int h = 0; h < 2; ++h) {
    const std::size_t capacity = std::max(scratch.scores[h].capacity(), layout.capacity[h]);
    scratch.scores[h].reserve(capacity);
    scratch.slot_scores[h].reserve(capacity);
  }
  scratch.best_from.reserve(std::max(scratch.best_from.capacity(), layout.capacity[1]));
}

void PackageSearch::Build(const Scenario& scenario, const SearchLayout& layout,
                          std::span<const double> contributions,
                          std::span<const std::uint8_t> candidates) {
  for (int h = 0; h < 2; ++h) {
    BuildHalf(h, scenario, layout, contributions, candidates);
    SortHalf(h, std::max<std::size_t>(1, layout.capacity[h]));
  }
}

template <class T, class Child>
void PackageSearch::Expand(int h, T* items, Child child) const {
  const std::vector<int>& begin = choice_begin_[h];
  std::size_t size = 1;
  for (size_t j = 0; j + 1 < begin.size(); ++j) {
    const int n = begin[j + 1] - begin[j];
    // In place, from the last parent down: a parent's children land at or after it, on
    // parents already expanded.
    for (std::size_t p = size; p-- > 0;) {
      const T parent = items[p];
      for (int c = n; c-- > 0;) items[p * n + c] = child(parent, j, begin[j] + c);
    }
    size *= n;
  }
}

void PackageSearch::BuildHalf(int h, const Scenario& scenario, const SearchLayout& layout,
                              std::span<const double> contributions,
                              std::span<const std::uint8_t> candidates) {
  const IssueSpace& space = scenario.space();
  const std::vector<int>& issues = layout.halves[h];
  const int k = static_cast<int>(issues.size());
  std::vector<Entry>& entries = entries_[h];
  entries.clear();
  issues_[h].assign(issues.begin(), issues.end());
  flat_offsets_[h].clear();
  for (int issue : issues) flat_offsets_[h].push_back(space.offset(issue));
  NEGSIM_CHECK(entries.capacity() >= layout.capacity[h]);

  std::vector<OptionIndex>& choices = choices_[h];
  std::vector<int>& begin = choice_begin_[h];
  choices.clear();
  begin.assign(1, 0);
  num_slots_[h] = 1;
  for (int issue : issues) {
    for (int o = 0; o < space.num_options(issue); ++o)
      if (candidates[space.offset(issue) + o]) choices.push_back(static_cast<OptionIndex>(o));
    num_slots_[h] *= choices.size() - begin.back();
    begin.push_back(static_cast<int>(choices.size()));
  }
  if (num_slots_[h] == 0) return;  // an issue with no candidate: nothing passes

  // Bounds of an entry's utility, so that its bucket in SortHalf (the entries spread over the
  // half's capacity by utility) is known as it is made; rounding is clamped away.
  const auto lines = scenario.red_lines();
  const auto synergies = scenario.synergies();
  const std::vector<int>& offsets = flat_offsets_[h];
  double lo = 0, hi = 0;
  for (int j = 0; j < k; ++j) {
    double least = std::numeric_limits<double>::infinity(), most = -least;
    for (int c = begin[j]; c < begin[j + 1]; ++c) {
      least = std::min(least, contributions[offsets[j] + choices[c]]);
      most = std::max(most, contributions[offsets[j] + choices[c]]);
    }
    lo += least;
    hi += most;
  }
  for (int s : layout.half_synergies[h]) (synergies[s].value < 0 ? lo : hi) += synergies[s].value;
  const std::size_t num_buckets = std::max<std::size_t>(1, layout.capacity[h]);
  double scale = static_cast<double>(num_buckets) / (hi - lo);
  if (!std::isfinite(scale)) scale = 0;  // every entry alike, or a range too small to divide
  const auto bucket_of = [&](double own) {
    return static_cast<std::uint32_t>(
        std::min(num_buckets - 1, static_cast<std::size_t>(std::max(0.0, own - lo) * scale)));
  };

  if (layout.half_rules[h].empty() && layout.half_synergies[h].empty()) {
    // Every combination passes: built level by level, one addition per entry and issue (the
    // same additions in the same order as summing each entry from scratch).
    entries.resize(num_slots_[h]);
    entries[0] = Entry{};
    Expand(h, entries.data(), [&](const Entry& parent, size_t j, int c) {
      const OptionIndex o = choices[c];
      const std::uint32_t n = begin[j + 1] - begin[j];
      return Entry{parent.own + contributions[offsets[j] + o],
                   parent.index + o * space.stride(issues[j]),
                   parent.slot * n + static_cast<std::uint32_t>(c - begin[j]), 0};
    });
    for (Entry& entry : entries) entry.bucket = bucket_of(entry.own);
    return;
  }

  // With rules or synergies: an odometer over the combinations (the last issue turns fastest,
  // as in Expand) checks each. partial_own_[j], partial_index_[j]: the sums over the half's
  // first j issues, so that a turn recomputes only the issues it changed.
  odometer_.assign(k, 0);
  partial_own_.assign(k + 1, 0.0);
  partial_index_.assign(k + 1, 0);
  int changed = 0;  // the first issue whose option changed since the last combination
  for (std::uint32_t slot = 0;; ++slot) {
    for (int j = changed; j < k; ++j) {
      const OptionIndex o = choices[begin[j] + odometer_[j]];
      package_[issues[j]] = o;
      partial_own_[j + 1] = partial_own_[j] + contributions[offsets[j] + o];
      partial_index_[j + 1] = partial_index_[j] + o * space.stride(issues[j]);
    }
    bool crosses = false;
    for (int r : layout.half_rules[h]) crosses |= lines[r].Crosses(package_);
    if (!crosses) {
      Entry entry{partial_own_[k], partial_index_[k], slot, 0};
      for (int s : layout.half_synergies[h])
        if (SynergyHolds(space, synergies[s], package_)) entry.own += synergies[s].value;
      entry.bucket = bucket_of(entry.own);
      entries.push_back(entry);
    }
    int j = k - 1;
    while (j >= 0 && ++odometer_[j] == begin[j + 1] - begin[j]) odometer_[j--] = 0;
    if (j < 0) break;
    changed = j;
  }
}

// Sorts entries_[h] by (own, index) in about linear time: the entries were given buckets of
// equal utility width as they were made (a monotone map, so the buckets come in order); a
// counting pass places them bucket by bucket, and each bucket is then sorted on its own, by
// insertion while small.
void PackageSearch::SortHalf(int h, std::size_t num_buckets) {
  std::vector<Entry>& entries = entries_[h];
  const auto before = [](const Entry& a, const Entry& b) {
    return a.own < b.own || (a.own == b.own && a.index < b.index);
  };
  const auto sort_range = [&](Entry* begin, Entry* end) {
    if (end - begin > 32) return std::sort(begin, end, before);
    for (Entry* e = begin + 1; e < end; ++e) {
      const Entry moving = *e;
      Entry* to = e;
      for (; to > begin && before(moving, to[-1]); --to) *to = to[-1];
      *to = moving;
    }
  };
  const std::size_t n = entries.size();
  if (n <= 32) return sort_range(entries.data(), entries.data() + n);
  // bucket_end_[b]: first the start of bucket b, then, as entries are placed, its end.
  bucket_end_.assign(num_buckets, 0);
  for (const Entry& e : entries)
    if (e.bucket + 1 < num_buckets) ++bucket_end_[e.bucket + 1];
  for (std::size_t b = 1; b < num_buckets; ++b) bucket_end_[b] += bucket_end_[b - 1];
  std::vector<Entry>& sorted = sorting_[h];
  sorted.resize(n);
  for (const Entry& e : entries) sorted[bucket_end_[e.bucket]++] = e;
  std::uint32_t begin = 0;
  for (std::size_t b = 0; b < num_buckets; ++b) {
    sort_range(sorted.data() + begin, sorted.data() + bucket_end_[b]);
    begin = bucket_end_[b];
  }
  entries.swap(sorted);
}

PackageSearch::Pick PackageSearch::Best() const {
  NEGSIM_CHECK(!empty());
  Pick pick;
  for (int h = 0; h < 2; ++h) {
    const std::vector<Entry>& entries = entries_[h];
    // Sorted by (own, index): the first entry of the top run of equal utility.
    size_t e = entries.size() - 1;
    while (e > 0 && entries[e - 1].own == entries.back().own) --e;
    pick.entry[h] = static_cast<std::uint32_t>(e);
  }
  return pick;
}

void PackageSearch::Write(Pick pick, std::span<OptionIndex> package) const {
  for (int h = 0; h < 2; ++h) {
    const std::vector<int>& begin = choice_begin_[h];
    std::uint32_t slot = entries_[h][pick.entry[h]].slot;
    for (size_t j = issues_[h].size(); j-- > 0;) {
      const std::uint32_t n = begin[j + 1] - begin[j];
      package[issues_[h][j]] = choices_[h][begin[j] + slot % n];
      slot /= n;
    }
  }
}

// Walks half 0 from its highest utility down while a pointer climbs half 1 to the first entry
// that reaches `target` with it; `score_of(a, b)` gives the score of entry a of half 0 with
// the chosen entry of half 1 from position b on, and that entry.
template <class ScoreOf>
PackageSearch::Pick PackageSearch::Scan(double target, ScoreOf score_of, double* below) const {
  NEGSIM_CHECK(!empty());
  const std::vector<Entry>& a_entries = entries_[0];
  const std::vector<Entry>& b_entries = entries_[1];
  double best_score = -std::numeric_limits<double>::infinity();
  PackageIndex best_index = 0;
  Pick best;
  bool found = false;
  double highest_miss = -std::numeric_limits<double>::infinity();
  // The first half-1 entry that reaches the target with the top of half 0, found by bisection;
  // later ones only climb from there.
  const double first_need = target - a_entries.back().own;
  size_t b = std::partition_point(b_entries.begin(), b_entries.end(),
                                  [&](const Entry& e) { return e.own < first_need; }) -
             b_entries.begin();
  for (size_t a = a_entries.size(); a-- > 0;) {
    const double need = target - a_entries[a].own;
    while (b < b_entries.size() && b_entries[b].own < need) ++b;
    // Entry b - 1 of half 1 is the highest that misses with entry a (the first a to run out of
    // half 1 gives the highest miss of all the entries below it).
    if (below != nullptr && b > 0)
      highest_miss = std::max(highest_miss, a_entries[a].own + b_entries[b - 1].own);
    if (b == b_entries.size()) break;
    const auto [score, chosen] = score_of(a, b);
    if (found && score < best_score) continue;
    const PackageIndex index = a_entries[a].index + b_entries[chosen].index;
    if (!found || score > best_score || index < best_index) {
      found = true;
      best_score = score;
      best_index = index;
      best.entry[0] = static_cast<std::uint32_t>(a);
      best.entry[1] = static_cast<std::uint32_t>(chosen);
    }
  }
  if (below != nullptr) *below = highest_miss;
  return found ? best : Best();
}

PackageSearch::Pick PackageSearch::Nearest(double target) const {
  // Half 1 is sorted by utility, so its first entry reaching the target is the least one.
  return Scan(target, [&](size_t a, size_t b) {
    return std::pair{-(entries_[0][a].own + entries_[1][b].own), b};
  });
}

PackageSearch::Pick PackageSearch::Nearest(double target, NearestMemo& memo) const {
  if (memo.above < target && target <= memo.through) return memo.pick;
  double below = 0;
  const Pick pick = Scan(
      target,
      [&](size_t a, size_t b) {
        return std::pair{-(entries_[0][a].own + entries_[1][b].own), b};
      },
      &below);
  // Each half-1 entry a target is compared with stays on the same side of it for targets above
  // `below` and at most the answer's utility (or this target): the scan would find the same
  // pairs. The margin covers rounding in the scan's subtractions, as utilities are sums of
  // numbers of magnitude about 1.
  const auto margin = [](double x) { return 1e-9 * (1 + std::abs(x)); };
  const double reached = entries_[0][pick.entry[0]].own + entries_[1][pick.entry[1]].own;
  memo.above = below + margin(below);
  memo.through = std::max(target, reached >= target ? reached - margin(reached) : target);
  memo.pick = pick;
  return pick;
}

PackageSearch::Pick PackageSearch::BestFor(double target, std::span<const double> scores,
                                           SearchScratch& scratch) const {
  NEGSIM_CHECK(!empty());
  for (int h = 0; h < 2; ++h) {
    // Each combination's score, summed issue by issue, then each entry's.
    const std::vector<int>& offsets = flat_offsets_[h];
    std::vector<double>& slot_scores = scratch.slot_scores[h];
    slot_scores.resize(num_slots_[h]);
    slot_scores[0] = 0;
    Expand(h, slot_scores.data(), [&](double parent, size_t j, int c) {
      return parent + scores[offsets[j] + choices_[h][c]];
    });
    std::vector<double>& half_scores = scratch.scores[h];
    half_scores.clear();
    for (const Entry& entry : entries_[h]) half_scores.push_back(slot_scores[entry.slot]);
  }
  // best_from[b]: the entry of half 1 from position b on with the highest score.
  const std::vector<Entry>& b_entries = entries_[1];
  const std::vector<double>& b_scores = scratch.scores[1];
  std::vector<std::uint32_t>& best_from = scratch.best_from;
  best_from.resize(b_entries.size());
  for (size_t b = b_entries.size(); b-- > 0;) {
    std::uint32_t best = static_cast<std::uint32_t>(b);
    if (b + 1 < b_entries.size()) {
      const std::uint32_t next = best_from[b + 1];
      if (b_scores[next] > b_scores[b] ||
          (b_scores[next] == b_scores[b] && b_entries[next].index < b_entries[b].index))
        best = next;
    }
    best_from[b] = best;
  }
  return Scan(target, [&](size_t a, size_t b) {
    const std::uint32_t chosen = best_from[b];
    return std::pair{scratch.scores[0][a] + b_scores[chosen], static_cast<size_t>(chosen)};
  });
}

}  // namespace negsim
