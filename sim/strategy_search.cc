#include "sim/strategy_search.h"

#include <algorithm>
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
  for (int h = 0; h < 2; ++h) {
    const std::size_t k = std::max<std::size_t>(1, layout.halves[h].size());
    entries_[h].reserve(std::max(entries_[h].capacity(), layout.capacity[h]));
    options_[h].reserve(std::max(options_[h].capacity(), layout.capacity[h] * k));
    issues_[h].reserve(num_issues);
    flat_offsets_[h].reserve(num_issues);
  }
  package_.resize(num_issues);
  choices_.reserve(static_cast<std::size_t>(num_issues) * kMaxOptions);
  choice_begin_.reserve(num_issues + 1);
  odometer_.reserve(num_issues);
}

void PackageSearch::Reserve(SearchScratch& scratch, const SearchLayout& layout) {
  for (int h = 0; h < 2; ++h)
    scratch.scores[h].reserve(std::max(scratch.scores[h].capacity(), layout.capacity[h]));
  scratch.best_from.reserve(std::max(scratch.best_from.capacity(), layout.capacity[1]));
}

void PackageSearch::Build(const Scenario& scenario, const SearchLayout& layout,
                          std::span<const double> contributions,
                          std::span<const std::uint8_t> candidates) {
  for (int h = 0; h < 2; ++h) BuildHalf(h, scenario, layout, contributions, candidates);
}

void PackageSearch::BuildHalf(int h, const Scenario& scenario, const SearchLayout& layout,
                              std::span<const double> contributions,
                              std::span<const std::uint8_t> candidates) {
  const IssueSpace& space = scenario.space();
  const std::vector<int>& issues = layout.halves[h];
  const int k = static_cast<int>(issues.size());
  std::vector<Entry>& entries = entries_[h];
  std::vector<OptionIndex>& options = options_[h];
  entries.clear();
  options.clear();
  issues_[h].assign(issues.begin(), issues.end());
  flat_offsets_[h].clear();
  for (int issue : issues) flat_offsets_[h].push_back(space.offset(issue));
  NEGSIM_CHECK(entries.capacity() >= layout.capacity[h]);

  choices_.clear();
  choice_begin_.assign(1, 0);
  for (int issue : issues) {
    for (int o = 0; o < space.num_options(issue); ++o)
      if (candidates[space.offset(issue) + o]) choices_.push_back(static_cast<OptionIndex>(o));
    if (static_cast<int>(choices_.size()) == choice_begin_.back()) return;  // nothing allowed
    choice_begin_.push_back(static_cast<int>(choices_.size()));
  }
  odometer_.assign(k, 0);
  const auto lines = scenario.red_lines();
  const auto synergies = scenario.synergies();
  while (true) {
    for (int j = 0; j < k; ++j) package_[issues[j]] = choices_[choice_begin_[j] + odometer_[j]];
    bool crosses = false;
    for (int r : layout.half_rules[h]) crosses |= lines[r].Crosses(package_);
    if (!crosses) {
      Entry entry;
      for (int issue : issues) {
        entry.own += contributions[space.offset(issue) + package_[issue]];
        entry.index += package_[issue] * space.stride(issue);
      }
      for (int s : layout.half_synergies[h])
        if (SynergyHolds(space, synergies[s], package_)) entry.own += synergies[s].value;
      entry.slot = static_cast<std::uint32_t>(entries.size());
      entries.push_back(entry);
      for (int issue : issues) options.push_back(package_[issue]);
    }
    // Advance the odometer; the last issue turns fastest.
    int j = k - 1;
    while (j >= 0 && ++odometer_[j] == choice_begin_[j + 1] - choice_begin_[j]) odometer_[j--] = 0;
    if (j < 0) break;
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.own < b.own || (a.own == b.own && a.index < b.index);
  });
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
    const size_t k = issues_[h].size();
    const OptionIndex* options = options_[h].data() + entries_[h][pick.entry[h]].slot * k;
    for (size_t j = 0; j < k; ++j) package[issues_[h][j]] = options[j];
  }
}

// Walks half 0 from its highest utility down while a pointer climbs half 1 to the first entry
// that reaches `target` with it; `score_of(a, b)` gives the score of entry a of half 0 with
// the chosen entry of half 1 from position b on, and that entry.
template <class ScoreOf>
PackageSearch::Pick PackageSearch::Scan(double target, ScoreOf score_of) const {
  NEGSIM_CHECK(!empty());
  const std::vector<Entry>& a_entries = entries_[0];
  const std::vector<Entry>& b_entries = entries_[1];
  double best_score = -std::numeric_limits<double>::infinity();
  PackageIndex best_index = 0;
  Pick best;
  bool found = false;
  size_t b = 0;
  for (size_t a = a_entries.size(); a-- > 0;) {
    const double need = target - a_entries[a].own;
    while (b < b_entries.size() && b_entries[b].own < need) ++b;
    if (b == b_entries.size()) break;
    const auto [score, chosen] = score_of(a, b);
    const PackageIndex index = a_entries[a].index + b_entries[chosen].index;
    if (!found || score > best_score || (score == best_score && index < best_index)) {
      found = true;
      best_score = score;
      best_index = index;
      best.entry[0] = static_cast<std::uint32_t>(a);
      best.entry[1] = static_cast<std::uint32_t>(chosen);
    }
  }
  return found ? best : Best();
}

PackageSearch::Pick PackageSearch::Nearest(double target) const {
  // Half 1 is sorted by utility, so its first entry reaching the target is the least one.
  return Scan(target, [&](size_t a, size_t b) {
    return std::pair{-(entries_[0][a].own + entries_[1][b].own), b};
  });
}

PackageSearch::Pick PackageSearch::BestFor(double target, std::span<const double> scores,
                                           SearchScratch& scratch) const {
  NEGSIM_CHECK(!empty());
  for (int h = 0; h < 2; ++h) {
    const std::vector<int>& offsets = flat_offsets_[h];
    const size_t k = offsets.size();
    std::vector<double>& half_scores = scratch.scores[h];
    half_scores.clear();
    for (const Entry& entry : entries_[h]) {
      const OptionIndex* options = options_[h].data() + entry.slot * k;
      double score = 0;
      for (size_t j = 0; j < k; ++j) score += scores[offsets[j] + options[j]];
      half_scores.push_back(score);
    }
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
