// PackageSearch (meet in the middle) against brute force over every package, on random
// scenarios with red lines of every kind, synergies and agenda stages.
#include <gtest/gtest.h>

#include <boost/random/uniform_real_distribution.hpp>
#include <cmath>
#include <limits>

#include "sim/run_tables.h"
#include "sim/search_sort.h"
#include "sim/strategy_search.h"
#include "tests/sim/random_scenario.h"

namespace negsim::testing {
namespace {

constexpr double kSlack = 1e-9;  // the search adds the same terms in another order

struct Tables {
  std::vector<double> contributions;
  std::vector<std::uint8_t> candidates, judged;
};

Tables StageTablesOf(const Scenario& s, const AgendaStages& agenda, int actor, int stage,
                     std::span<const OptionIndex> settled) {
  const size_t n = s.space().num_flat_options();
  Tables t{std::vector<double>(n), std::vector<std::uint8_t>(n), std::vector<std::uint8_t>(n)};
  std::vector<double> values;
  for (int i = 0; i < s.space().num_issues(); ++i)
    for (int o = 0; o < s.space().num_options(i); ++o) values.push_back(s.value(actor, i, o));
  FillStageTables(s, agenda, actor, stage, s.actor(actor).weights, values, settled,
                  {t.contributions, t.candidates, t.judged});
  return t;
}

// Brute force over the packages the search may return: candidates on every issue, no rule in
// force crossed; utility by the stage tables plus the synergies in force.
struct Brute {
  std::vector<std::vector<OptionIndex>> packages;
  std::vector<double> utility;
};

Brute Enumerate(const Scenario& s, const SearchLayout& layout, const Tables& t) {
  Brute brute;
  const IssueSpace& space = s.space();
  for (PackageIndex p = 0; p < space.size(); ++p) {
    const std::vector<OptionIndex> package = space.Decode(p);
    bool ok = true;
    for (int i = 0; i < space.num_issues(); ++i)
      ok &= t.candidates[space.offset(i) + package[i]] != 0;
    for (int r : layout.rules) ok &= !s.red_lines()[r].Crosses(package);
    if (!ok) continue;
    double u = 0;
    for (int i = 0; i < space.num_issues(); ++i) u += t.contributions[space.offset(i) + package[i]];
    for (int k : layout.synergies)
      if (SynergyHolds(space, s.synergies()[k], package)) u += s.synergies()[k].value;
    brute.packages.push_back(package);
    brute.utility.push_back(u);
  }
  return brute;
}

double Score(const Scenario& s, std::span<const double> scores, std::span<const OptionIndex> p) {
  double total = 0;
  for (int i = 0; i < s.space().num_issues(); ++i) total += scores[s.space().offset(i) + p[i]];
  return total;
}

void CheckActor(const Scenario& s, const AgendaStages& agenda, int actor, int stage,
                std::span<const OptionIndex> settled, boost::random::mt19937_64& rng) {
  const SearchLayout layout = MakeSearchLayout(s, agenda, actor, stage);
  const Tables t = StageTablesOf(s, agenda, actor, stage, settled);
  PackageSearch search;
  search.Reserve(layout, s.space().num_issues());
  search.Build(s, layout, t.contributions, t.candidates);
  const Brute brute = Enumerate(s, layout, t);
  ASSERT_EQ(search.empty(), brute.packages.empty());
  if (brute.packages.empty()) return;
  SearchScratch scratch;
  PackageSearch::Reserve(scratch, layout);
  std::vector<OptionIndex> found(s.space().num_issues());
  const auto utility_of = [&](std::span<const OptionIndex> p) {
    for (size_t k = 0; k < brute.packages.size(); ++k)
      if (std::equal(p.begin(), p.end(), brute.packages[k].begin())) return brute.utility[k];
    ADD_FAILURE() << "the search returned a package outside its space: " << s.space().Describe(p);
    return 0.0;
  };
  const double top = *std::max_element(brute.utility.begin(), brute.utility.end());
  search.Write(search.Best(), found);
  EXPECT_NEAR(utility_of(found), top, kSlack);
  EXPECT_EQ(search.IndexOf(search.Best()), s.space().Encode(found));

  boost::random::uniform_real_distribution<double> unit(-0.2, 1.2);
  std::vector<double> scores(s.space().num_flat_options());
  for (int trial = 0; trial < 12; ++trial) {
    // Targets: random ones and exact utilities of packages (ties at the threshold).
    const double target = trial % 2 == 0 ? unit(rng) : brute.utility[trial % brute.utility.size()];
    double nearest = std::numeric_limits<double>::infinity();
    for (double u : brute.utility)
      if (u >= target + kSlack) nearest = std::min(nearest, u);
    search.Write(search.Nearest(target), found);
    if (nearest == std::numeric_limits<double>::infinity()) {
      // Nothing clearly reaches the target: within rounding of it, or the best package.
      EXPECT_TRUE(utility_of(found) >= target - kSlack || utility_of(found) >= top - kSlack);
    } else {
      EXPECT_GE(utility_of(found), target - kSlack);
      EXPECT_LE(utility_of(found), nearest + kSlack);
    }
    for (double& score : scores) score = unit(rng);
    double best_score = -std::numeric_limits<double>::infinity();
    for (size_t k = 0; k < brute.packages.size(); ++k)
      if (brute.utility[k] >= target + kSlack)
        best_score = std::max(best_score, Score(s, scores, brute.packages[k]));
    search.Write(search.BestFor(target, scores, scratch), found);
    if (best_score > -std::numeric_limits<double>::infinity()) {
      EXPECT_GE(utility_of(found), target - kSlack);
      EXPECT_GE(Score(s, scores, found), best_score - kSlack);
    }
  }
}

TEST(PackageSearch, MatchesBruteForceOnRandomScenarios) {
  boost::random::mt19937_64 rng(99);
  for (std::uint64_t seed = 0; seed < 60; ++seed) {
    RandomScenarioOptions options;
    options.max_issues = 5;
    options.max_options = 5;
    options.rule_probability = 0.6;
    options.synergy_probability = 0.6;
    options.value_grid = seed % 2 == 0 ? 4 : 0;
    ScenarioSpec spec = RandomScenarioSpec(seed, options);
    if (seed % 3 == 0 && spec.issues.size() >= 3)
      spec.agenda[spec.issues[2].name] = {spec.issues[0].name};
    const auto s = Compile(spec);
    const AgendaStages agenda(*s);
    for (int a = 0; a < s->num_actors(); ++a)
      for (int stage = 0; stage < agenda.num_stages(); ++stage) {
        // Settle earlier stages at random options.
        std::vector<OptionIndex> settled(s->space().num_issues(), 0);
        for (int i = 0; i < s->space().num_issues(); ++i)
          settled[i] = static_cast<OptionIndex>(rng() % s->space().num_options(i));
        SCOPED_TRACE("seed " + std::to_string(seed) + " actor " + std::to_string(a) + " stage " +
                     std::to_string(stage));
        CheckActor(*s, agenda, a, stage, settled, rng);
      }
  }
}

// A one-actor scenario without red lines or synergies: issue i has counts[i] options, weight
// weights[i] and option o the value value(i, o).
template <class Value>
ScenarioSpec OneActorSpec(const std::vector<int>& counts, const std::vector<double>& weights,
                          Value value) {
  ScenarioSpec spec = RandomScenarioSpec(7, {});
  spec.issues.clear();
  spec.actors.resize(1);
  ActorSpec& actor = spec.actors[0];
  actor.red_lines.clear();
  actor.synergies.clear();
  actor.values.clear();
  actor.weights.clear();
  for (size_t i = 0; i < counts.size(); ++i) {
    IssueSpec issue{"i" + std::to_string(i), "", {}, {}, ""};
    for (int o = 0; o < counts[i]; ++o) {
      issue.options.push_back("o" + std::to_string(o));
      actor.values[issue.name].values.push_back(value(static_cast<int>(i), o));
    }
    actor.weights[issue.name] = weights[i];
    spec.issues.push_back(issue);
  }
  return spec;
}

// Checks Nearest of actor 0's search against a scan of every package over targets from `lo` to
// `hi` by `step`: the least utility at or above the target and, among equal ones, the lowest
// package index. Utilities must be exact in binary (sums of dyadic numbers), so that the order
// of the additions does not matter.
void ExpectNearestAsAFullScan(const Scenario& s, double lo, double hi, double step) {
  const AgendaStages agenda(s);
  const SearchLayout layout = MakeSearchLayout(s, agenda, 0, 0);
  const Tables t = StageTablesOf(s, agenda, 0, 0, {});
  PackageSearch search;
  search.Reserve(layout, s.space().num_issues());
  search.Build(s, layout, t.contributions, t.candidates);
  std::vector<double> utility(s.space().size());
  for (PackageIndex p = 0; p < s.space().size(); ++p)
    utility[p] = s.Utility(0, s.space().Decode(p));
  int checked = 0;
  for (double target = lo; target <= hi; target += step) {
    double least = std::numeric_limits<double>::infinity();
    PackageIndex first = 0;
    for (PackageIndex p = 0; p < s.space().size(); ++p) {
      if (utility[p] >= target && utility[p] < least) {
        least = utility[p];
        first = p;
      }
    }
    if (least == std::numeric_limits<double>::infinity()) continue;
    ++checked;
    EXPECT_EQ(search.IndexOf(search.Nearest(target)), first) << "target " << target;
  }
  EXPECT_GT(checked, 10);
}

// Halves of 144 combinations with utilities on a grid of quarters, exact in binary: many exact
// ties, within buckets both large and small. Nearest must give the least utility at or above
// the target and, among equal ones, the lowest package index, as a scan of every package does.
TEST(PackageSearch, NearestBreaksExactTiesByTheLowestIndexOnLargeHalves) {
  const auto s = Compile(OneActorSpec({12, 12, 12, 12}, {0.25, 0.25, 0.25, 0.25},
                                      [](int i, int o) { return (o * 7 + i) % 5 * 0.25; }));
  ASSERT_EQ(MakeSearchLayout(*s, AgendaStages(*s), 0, 0).capacity[0], 144u);
  ExpectNearestAsAFullScan(*s, -0.125, 1.125, 0.0625);
}

// Half 0 is one heavy issue of 150 options far apart, half 1 two light issues (144 packed
// combinations): between two half-0 entries the scan's half-1 position jumps by more than its
// window, so the step-by-step climb is taken too. Values are multiples of 1/64 (exact sums).
TEST(PackageSearch, NearestIsExactWhenHalf1RunsPastTheScanWindow) {
  const auto s = Compile(OneActorSpec({150, 12, 12}, {0.75, 0.125, 0.125}, [](int i, int o) {
    return i == 0 ? (o * 37 % 150) / 256.0 : (o * 5 + i) % 12 / 64.0;
  }));
  const SearchLayout layout = MakeSearchLayout(*s, AgendaStages(*s), 0, 0);
  ASSERT_EQ(layout.capacity[0], 150u);
  ASSERT_EQ(layout.capacity[1], 144u);
  ExpectNearestAsAFullScan(*s, -0.01, 0.5, 0.001953125);
}

// The sorter against std::stable_sort, on both of its paths (ranking up to kRankedMax entries,
// buckets above), with distinct utilities, many exact ties, all alike (one overfull bucket),
// utilities that differ by less than a float can tell (the ranking by rounded utilities must
// give way), and bounds a little inside the true range (rounding past them must be clamped).
TEST(SearchSorter, SortsStablyByUtilityOnEveryPath) {
  boost::random::mt19937_64 rng(11);
  boost::random::uniform_real_distribution<double> unit(-1, 1);
  SearchSorter sorter;
  sorter.Reserve(5000);
  for (std::size_t n : {0, 1, 2, 7, 63, 64, 65, 100, 1000, 5000}) {
    for (int grid : {0, 4, 1, -1}) {
      std::vector<SearchItem> items(n);
      for (std::size_t e = 0; e < n; ++e) {
        const double x = unit(rng);
        const double own = grid == 0    ? x
                           : grid == 1  ? 0.5
                           : grid == -1 ? 0.5 + x * 1e-10
                                        : std::round(x * grid) / grid;
        items[e] =
            SearchItem{own, {static_cast<std::uint32_t>(e), static_cast<std::uint32_t>(e * 3)}};
      }
      std::vector<SearchItem> expected = items;
      std::stable_sort(expected.begin(), expected.end(),
                       [](const SearchItem& a, const SearchItem& b) { return a.own < b.own; });
      UtilityBounds bounds;
      if (n > 0) {
        bounds.lo = expected.front().own + 1e-12;
        bounds.hi = expected.back().own - 1e-12;
      }
      std::vector<double> own(n);
      std::vector<SearchTag> tags(n);
      sorter.Sort(items, bounds, own.data(), tags.data());
      for (std::size_t i = 0; i < n; ++i) {
        ASSERT_EQ(own[i], expected[i].own) << "n " << n << " grid " << grid << " at " << i;
        ASSERT_EQ(tags[i].slot, expected[i].tag.slot) << "n " << n << " grid " << grid;
        ASSERT_EQ(tags[i].code, expected[i].tag.code) << "n " << n << " grid " << grid;
      }
    }
  }
}

// A memo may only skip scans: over falling, rising, repeated and tied targets (exact package
// utilities among them, where a gap closes), Nearest with a memo gives what a fresh scan gives.
TEST(PackageSearch, NearestWithAMemoAnswersAsAFreshScan) {
  boost::random::mt19937_64 rng(3);
  boost::random::uniform_real_distribution<double> unit(-0.1, 1.1);
  int hits = 0, queries = 0;
  for (std::uint64_t seed = 0; seed < 30; ++seed) {
    RandomScenarioOptions options;
    options.max_issues = 5;
    options.max_options = 5;
    options.value_grid = seed % 2 == 0 ? 4 : 0;
    const auto s = Compile(RandomScenarioSpec(seed, options));
    const AgendaStages agenda(*s);
    for (int a = 0; a < s->num_actors(); ++a) {
      const SearchLayout layout = MakeSearchLayout(*s, agenda, a, 0);
      const Tables t = StageTablesOf(*s, agenda, a, 0, {});
      PackageSearch search;
      search.Reserve(layout, s->space().num_issues());
      search.Build(*s, layout, t.contributions, t.candidates);
      if (search.empty()) continue;
      const Brute brute = Enumerate(*s, layout, t);
      // Half of the runs start from the memo of the top package, as a run does.
      NearestMemo memo = seed % 2 == 0 ? NearestMemo{} : search.TopMemo();
      double target = 1.1;
      for (int q = 0; q < 200; ++q) {
        // Mostly small falls, as a conceding aspiration makes; some jumps, repeats and exact
        // utilities of packages.
        switch (q % 8) {
          case 3: target = unit(rng); break;
          case 5: target = brute.utility[rng() % brute.utility.size()]; break;
          case 6: break;
          default: target -= 0.01 * unit(rng) + 0.001;
        }
        const PackageSearch::Pick fresh = search.Nearest(target);
        const NearestMemo before = memo;
        const PackageSearch::Pick remembered = search.Nearest(target, memo);
        ++queries;
        hits += before.above < target && target <= before.through;
        ASSERT_EQ(search.IndexOf(remembered), search.IndexOf(fresh))
            << "seed " << seed << " actor " << a << " query " << q << " target " << target;
      }
    }
  }
  // The memo must answer a good share of slowly falling targets, or it is not working.
  EXPECT_GT(hits, queries / 5);
}

TEST(PackageSearch, CoupledIssuesShareAHalfAndFreeOnesAreBalanced) {
  ScenarioSpec spec = RandomScenarioSpec(5, {});
  spec.issues.clear();
  for (int i = 0; i < 4; ++i)
    spec.issues.push_back(IssueSpec{"i" + std::to_string(i), "", {"x", "y", "z"}, {}, ""});
  spec.actors.resize(1);
  ActorSpec& actor = spec.actors[0];
  actor.red_lines.clear();
  actor.synergies = {SynergySpec{{"i0", "x"}, {"i3", "y"}, 0.1}};
  actor.weights = {{"i0", 1}};
  actor.values.clear();
  actor.values["i0"].values = {1, 0, 0};
  const auto s = Compile(spec);
  const SearchLayout layout = MakeSearchLayout(*s, AgendaStages(*s), 0, 0);
  const auto& h0 = layout.halves[0];
  const auto& h1 = layout.halves[1];
  const bool together = (std::find(h0.begin(), h0.end(), 0) != h0.end()) ==
                        (std::find(h0.begin(), h0.end(), 3) != h0.end());
  EXPECT_TRUE(together);
  EXPECT_EQ(h0.size(), 2u);
  EXPECT_EQ(h1.size(), 2u);
  EXPECT_EQ(layout.capacity[0] * layout.capacity[1], 81u);
}

TEST(PackageSearch, AHalfTooLargeIsAnInputError) {
  // Three issues of 200 options chained by if/then rules: one half of 8,000,000 combinations.
  ScenarioSpec spec;
  spec.file = "big.toml";
  for (int i = 0; i < 3; ++i) {
    IssueSpec issue{"i" + std::to_string(i), "", {}, {}, ""};
    for (int o = 0; o < 200; ++o) issue.options.push_back("o" + std::to_string(o));
    spec.issues.push_back(issue);
  }
  ActorSpec actor;
  actor.id = "a";
  actor.signatory = true;
  actor.weights = {{"i0", 1}};
  actor.values["i0"].ideal = 0;
  for (int i = 0; i < 2; ++i) {
    RedLineSpec rule;
    rule.kind = RedLineKind::kIfThen;
    rule.issue = "i" + std::to_string(i);
    rule.options = {"o0"};
    rule.then_issue = "i" + std::to_string(i + 1);
    rule.then_options = {"o0"};
    actor.red_lines.push_back(rule);
  }
  spec.actors = {actor};
  const auto s = Compile(spec);
  try {
    MakeSearchLayout(*s, AgendaStages(*s), 0, 0);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.key_path(), "issues");
    EXPECT_NE(e.problem().find("too many packages"), std::string::npos) << e.what();
    EXPECT_NE(e.problem().find("'a'"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace negsim::testing
