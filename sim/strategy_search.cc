#include "sim/strategy_search.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>

#include "sim/check.h"
#include "sim/run_tables.h"

namespace negsim {

namespace {

// Slack around a memo's bounds for rounding in a scan's subtractions (target - utility), as
// utilities are sums of numbers of magnitude about 1.
// (None for -inf, a bound that no target can fall below.)
double MemoMargin(double x) { return std::isfinite(x) ? 1e-9 * (1 + std::abs(x)) : 0; }

// Half-0 entries per block of a scan.
constexpr std::size_t kBlock = 4;

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
  std::size_t largest = items_.capacity();
  for (int h = 0; h < 2; ++h) {
    const std::size_t capacity = std::max(tags_[h].capacity(), layout.capacity[h]);
    own_[h].reserve(capacity + kOwnPadding);
    tags_[h].reserve(capacity);
    largest = std::max(largest, capacity);
    flat_offsets_[h].reserve(num_issues);
    digits_[h].reserve(num_issues);
    choices_[h].reserve(static_cast<std::size_t>(num_issues) * kMaxOptions);
    choice_begin_[h].reserve(num_issues + 1);
  }
  items_.reserve(largest);
  steps_.reserve(static_cast<std::size_t>(num_issues) * kMaxOptions);
  sorter_.Reserve(largest);
  package_.resize(num_issues);
  odometer_.reserve(num_issues);
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
  for (int h = 0; h < 2; ++h) BuildHalf(h, scenario, layout, contributions, candidates);
}

template <class T, class Child>
void PackageSearch::Expand(int h, T* items, Child child) const {
  const std::vector<int>& begin = choice_begin_[h];
  std::size_t size = 1;
  for (size_t j = 0; j + 1 < begin.size(); ++j) {
    const int n = begin[j + 1] - begin[j];
    // In place, from the last parent down: a parent's children land at or after it, on
    // parents already expanded.
    const int first = begin[j];
    for (std::size_t p = size; p-- > 0;) {
      const T parent = items[p];
      for (int c = n; c-- > 0;) items[p * n + c] = child(parent, j, first + c, n);
    }
    size *= n;
  }
}

void PackageSearch::BuildHalf(int h, const Scenario& scenario, const SearchLayout& layout,
                              std::span<const double> contributions,
                              std::span<const std::uint8_t> candidates) {
  const IssueSpace& space = scenario.space();
  std::vector<OptionIndex>& choices = choices_[h];
  std::vector<int>& begin = choice_begin_[h];
  std::vector<int>& offsets = flat_offsets_[h];
  std::vector<Digit>& digits = digits_[h];
  NEGSIM_CHECK(tags_[h].capacity() >= layout.capacity[h]);
  choices.clear();
  begin.assign(1, 0);
  offsets.clear();
  digits.clear();
  num_slots_[h] = 1;
  std::uint32_t shift = 0;
  for (int issue : layout.halves[h]) {
    for (int o = 0; o < space.num_options(issue); ++o)
      if (candidates[space.offset(issue) + o]) choices.push_back(static_cast<OptionIndex>(o));
    const std::uint32_t n = static_cast<std::uint32_t>(choices.size()) - begin.back();
    // At most 2^20 combinations need at most 26 bits: ceil(log2 n) <= 1.3 log2 n.
    const std::uint32_t bits = n <= 1 ? 0 : std::bit_width(n - 1);
    digits.push_back(Digit{issue, begin.back(), shift, (1u << bits) - 1, space.stride(issue)});
    shift += bits;
    num_slots_[h] *= n;
    begin.push_back(static_cast<int>(choices.size()));
    offsets.push_back(space.offset(issue));
  }
  NEGSIM_CHECK(shift <= 32);
  size_[h] = 0;
  if (num_slots_[h] > 0) {  // else an issue has no candidate: nothing passes
    // Every combination, built level by level: one addition per entry and issue (the same
    // additions in the same order as summing each entry from scratch).
    steps_.clear();
    for (std::size_t j = 0; j < digits.size(); ++j)
      for (int c = begin[j]; c < begin[j + 1]; ++c) {
        const std::uint32_t choice = c - begin[j];
        steps_.push_back(
            Step{contributions[offsets[j] + choices[c]], choice, choice << digits[j].shift});
      }
    items_.resize(num_slots_[h]);
    items_[0] = SearchItem{};
    Expand(h, items_.data(), [&](const SearchItem& parent, size_t, int c, std::uint32_t n) {
      const Step step = steps_[c];
      return SearchItem{parent.own + step.own,
                        {parent.tag.slot * n + step.choice, parent.tag.code | step.code}};
    });
    const bool filtered = !layout.half_rules[h].empty() || !layout.half_synergies[h].empty();
    size_[h] = filtered ? KeepPassing(h, scenario, layout) : num_slots_[h];
  }
  // Only the sentinels: the sorter writes every entry between them.
  own_[h].resize(size_[h] + kOwnPadding);
  own_[h][0] = -std::numeric_limits<double>::infinity();
  std::fill(own_[h].begin() + 1 + size_[h], own_[h].end(),
            std::numeric_limits<double>::infinity());
  tags_[h].resize(size_[h]);
  sorter_.Sort(std::span(items_).first(size_[h]), Bounds(h, scenario, layout, contributions),
               own_[h].data() + 1, tags_[h].data());
}

UtilityBounds PackageSearch::Bounds(int h, const Scenario& scenario, const SearchLayout& layout,
                                    std::span<const double> contributions) const {
  UtilityBounds bounds;
  const std::vector<int>& begin = choice_begin_[h];
  for (size_t j = 0; j + 1 < begin.size(); ++j) {
    const auto first = contributions.begin() + flat_offsets_[h][j];
    double least = std::numeric_limits<double>::infinity(), most = -least;
    for (int c = begin[j]; c < begin[j + 1]; ++c) {
      least = std::min(least, first[choices_[h][c]]);
      most = std::max(most, first[choices_[h][c]]);
    }
    bounds.lo += least;
    bounds.hi += most;
  }
  for (int s : layout.half_synergies[h]) {
    const double value = scenario.synergies()[s].value;
    (value < 0 ? bounds.lo : bounds.hi) += value;
  }
  return bounds;
}

std::size_t PackageSearch::KeepPassing(int h, const Scenario& scenario,
                                       const SearchLayout& layout) {
  // An odometer over the combinations (the last issue turning fastest, as in Expand) keeps
  // package_ up to date with the options of each, turning only the issues that change.
  const IssueSpace& space = scenario.space();
  const auto lines = scenario.red_lines();
  const auto synergies = scenario.synergies();
  const std::vector<int>& begin = choice_begin_[h];
  const std::vector<Digit>& digits = digits_[h];
  const int k = static_cast<int>(digits.size());
  odometer_.assign(k, 0);
  for (const Digit& digit : digits) package_[digit.issue] = choices_[h][digit.begin];
  std::size_t kept = 0;
  for (std::size_t slot = 0;; ++slot) {
    bool crosses = false;
    for (int r : layout.half_rules[h]) crosses |= lines[r].Crosses(package_);
    if (!crosses) {
      // Kept in place: kept <= slot, so nothing unread is overwritten.
      SearchItem item = items_[slot];
      for (int s : layout.half_synergies[h])
        if (SynergyHolds(space, synergies[s], package_)) item.own += synergies[s].value;
      items_[kept++] = item;
    }
    int j = k - 1;
    while (j >= 0 && ++odometer_[j] == begin[j + 1] - begin[j]) {
      odometer_[j] = 0;
      package_[digits[j].issue] = choices_[h][digits[j].begin];
      --j;
    }
    if (j < 0) break;
    package_[digits[j].issue] = choices_[h][digits[j].begin + odometer_[j]];
  }
  return kept;
}

PackageSearch::Pick PackageSearch::Best() const {
  NEGSIM_CHECK(!empty());
  Pick pick;
  for (int h = 0; h < 2; ++h) {
    const double* own = Own(h);
    // Sorted by (own, index): the first entry of the top run of equal utility.
    std::size_t e = size_[h] - 1;
    while (e > 0 && own[e - 1] == own[size_[h] - 1]) --e;
    pick.entry[h] = static_cast<std::uint32_t>(e);
  }
  return pick;
}

OptionIndex PackageSearch::OptionOf(int h, const Digit& digit, std::uint32_t code) const {
  return choices_[h][digit.begin + ((code >> digit.shift) & digit.mask)];
}

PackageIndex PackageSearch::IndexOf(int h, std::uint32_t entry) const {
  const std::uint32_t code = tags_[h][entry].code;
  PackageIndex index = 0;
  for (const Digit& digit : digits_[h]) index += OptionOf(h, digit, code) * digit.stride;
  return index;
}

void PackageSearch::Write(Pick pick, std::span<OptionIndex> package) const {
  for (int h = 0; h < 2; ++h) {
    const std::uint32_t code = tags_[h][pick.entry[h]].code;
    for (const Digit& digit : digits_[h]) package[digit.issue] = OptionOf(h, digit, code);
  }
}

// Walks half 0 from its highest utility down while a pointer climbs half 1 to the first entry
// that reaches `target` with it; `score_of(a, b)` gives the score of entry a of half 0 with
// the chosen entry of half 1 from position b on, and that entry. The best score wins, then the
// lowest package index (computed only for equal scores).
template <bool kLeast, class ScoreOf>
PackageSearch::Pick PackageSearch::Scan(double target, ScoreOf score_of) const {
  NEGSIM_CHECK(!empty());
  const double* a_own = Own(0);
  const double* b_own = Own(1);  // b_own[-1] = -inf, b_own[nb] = +inf
  const std::size_t na = size_[0], nb = size_[1];
  double best_score = -std::numeric_limits<double>::infinity();
  Pick best;
  bool found = false;
  const auto consider = [&](std::size_t a, std::size_t b) {
    const auto [score, chosen] = score_of(a, b);
    if (found && score < best_score) return;
    const Pick pick{{static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(chosen)}};
    if (!found || score > best_score || IndexOf(pick) < IndexOf(best)) {
      found = true;
      best_score = score;
      best = pick;
    }
  };
  // The first half-1 entry that reaches the target with the top of half 0, found by bisection;
  // later ones only climb from there.
  const double first_need = target - a_own[na - 1];
  std::size_t b =
      std::partition_point(b_own, b_own + nb, [&](double x) { return x < first_need; }) - b_own;
  std::size_t a = na;
  if (kLeast && b == 0) {
    // Half-0 entries from `a` up all reach the target with half 1's lowest entry, their sums
    // rising with them: only the lowest can win, with any whose sum rounds to the same.
    a = std::partition_point(a_own, a_own + na, [&](double x) { return b_own[0] < target - x; }) -
        a_own;
    for (std::size_t e = a; e < na && a_own[e] + b_own[0] == a_own[a] + b_own[0]; ++e)
      consider(e, 0);
  }
  // The rest in blocks of kBlock half-0 entries: each one's first half-1 entry reaching the
  // target is counted in one window of kScanWindow entries from where the last block stopped,
  // without the branch of a step-by-step climb; a block that runs past the window climbs.
  bool open = true;
  while (open && a > 0) {
    const std::size_t count = std::min(kBlock, a);
    std::size_t reach[kBlock];  // per entry a - 1 - i
    for (std::size_t i = 0; i < count; ++i)
      reach[i] = b + CountBelowWindow(b_own + b, target - a_own[a - 1 - i]);
    if (reach[count - 1] == b + kScanWindow) {
      for (std::size_t i = 0, r = b; i < count; ++i) {
        const double need = target - a_own[a - 1 - i];
        while (b_own[r] < need) ++r;
        reach[i] = r;
      }
    }
    for (std::size_t i = 0; i < count && open; ++i) {
      open = reach[i] < nb;
      if (open) consider(a - 1 - i, reach[i]);
    }
    b = reach[count - 1];
    a -= count;
  }
  return found ? best : Best();
}

NearestMemo PackageSearch::TopMemo() const {
  NEGSIM_CHECK(!empty());
  const double* a_own = Own(0);
  const double* b_own = Own(1);  // with -inf before each half's first entry
  const std::size_t na = size_[0], nb = size_[1];
  const double top = a_own[na - 1] + b_own[nb - 1];
  const double second = std::max(a_own[na - 2] + b_own[nb - 1], a_own[na - 1] + b_own[nb - 2]);
  // Only the top package reaches a target above the second; when it does not either, the
  // answer is still the best package.
  if (!(second < top)) return NearestMemo{};  // tied at the top: left to a scan
  return NearestMemo{second + MemoMargin(second), std::numeric_limits<double>::infinity(),
                     Best()};
}

PackageSearch::Pick PackageSearch::Nearest(double target) const {
  NearestMemo fresh;  // answers nothing
  return Nearest(target, fresh);
}

PackageSearch::Pick PackageSearch::Walk(double target, NearestMemo& memo) const {
  NEGSIM_CHECK(!empty());
  const double* a_own = Own(0);
  const double* b_own = Own(1);
  const LeastSum walk = FindLeastSum(a_own, size_[0], b_own, size_[1], target);
  const double below = walk.below;
  Pick pick;
  if (!walk.found) {
    pick = Best();
  } else if (walk.unique) {
    pick = Pick{{static_cast<std::uint32_t>(walk.a), static_cast<std::uint32_t>(walk.b)}};
  } else {
    // Equal sums: the scan breaks the tie by package index. Half 1 is sorted by utility, so
    // its first entry reaching the target is the least one.
    pick = Scan<true>(target, [&](size_t a, size_t b) {
      return std::pair{-(a_own[a] + b_own[b]), b};
    });
  }
  // Each half-1 entry a target is compared with stays on the same side of it for targets above
  // `below` and at most the answer's utility (or this target): the scan would find the same
  // pairs.
  const double reached = a_own[pick.entry[0]] + b_own[pick.entry[1]];
  memo.above = below + MemoMargin(below);
  memo.through = std::max(target, reached >= target ? reached - MemoMargin(reached) : target);
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
    Expand(h, slot_scores.data(), [&](double parent, size_t j, int c, std::uint32_t) {
      return parent + scores[offsets[j] + choices_[h][c]];
    });
    std::vector<double>& half_scores = scratch.scores[h];
    half_scores.clear();
    for (const SearchTag& tag : std::span(tags_[h]).first(size_[h]))
      half_scores.push_back(slot_scores[tag.slot]);
  }
  // best_from[b]: the entry of half 1 from position b on with the highest score (within a half,
  // slots and package indices rise together).
  const std::size_t nb = size_[1];
  const std::vector<SearchTag>& b_tags = tags_[1];
  const std::vector<double>& b_scores = scratch.scores[1];
  std::vector<std::uint32_t>& best_from = scratch.best_from;
  best_from.resize(nb);
  for (size_t b = nb; b-- > 0;) {
    std::uint32_t best = static_cast<std::uint32_t>(b);
    if (b + 1 < nb) {
      const std::uint32_t next = best_from[b + 1];
      if (b_scores[next] > b_scores[b] ||
          (b_scores[next] == b_scores[b] && b_tags[next].slot < b_tags[b].slot))
        best = next;
    }
    best_from[b] = best;
  }
  return Scan<false>(target, [&](size_t a, size_t b) {
    const std::uint32_t chosen = best_from[b];
    return std::pair{scratch.scores[0][a] + b_scores[chosen], static_cast<size_t>(chosen)};
  });
}

}  // namespace negsim
