// PackageSearch: how a negotiator finds its proposal without scanning the issue space. The
// issues are split in two halves; each half's option combinations that pass the actor's own
// red lines are enumerated once with the actor's utility and sorted by it. A query "best
// package by some additive score among those worth at least `target` to me" then walks one half
// down and the other up (meet in the middle), in O(|A| + |B|) for |A| x |B| packages: 60 + 60
// steps for a 3,600-package space (Nearest takes a vector of half-0 entries per step: least_sum.h).
// If/then rules and synergies in force for the actor keep both of their issues in the same
// half, so every package a query returns crosses none of the actor's red lines. Ties go to the
// lowest package index.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "sim/agenda.h"
#include "sim/issue_space.h"
#include "sim/least_sum.h"
#include "sim/scenario.h"
#include "sim/search_sort.h"

namespace negsim {

// Most entries one half may hold (16 MiB per half and actor, plus 36 MiB of scratch shared by
// the halves while building); a larger half is an input error.
inline constexpr std::size_t kMaxHalfEntries = std::size_t{1} << 20;

// Half-1 entries a scan compares at once (see PackageSearch::Scan and FindLeastSum): one
// window for both, as both count in it alike (CountBelowWindow counts as FindLeastSum does).
inline constexpr std::size_t kScanWindow = kLeastSumWindow;

// How one actor's search splits the issues at one agenda stage, with the actor's if/then red
// lines and synergies in force then (both issues decided: settled or open).
struct SearchLayout {
  std::array<std::vector<int>, 2> halves;          // issues of each half, ascending
  std::array<std::size_t, 2> capacity{};           // most entries each half can hold
  std::array<std::vector<int>, 2> half_rules;      // indices into Scenario::red_lines()
  std::array<std::vector<int>, 2> half_synergies;  // indices into Scenario::synergies()
  std::vector<int> rules;                          // all rules in force, ascending
  std::vector<int> synergies;                      // all synergies in force, ascending
};

// The layout of `actor` at `stage`: coupled issues (by a rule or synergy in force) stay
// together; otherwise the halves are balanced by size. Throws InputError (key "issues") when a
// half would exceed kMaxHalfEntries.
SearchLayout MakeSearchLayout(const Scenario& scenario, const AgendaStages& agenda, int actor,
                              int stage);

// A package found by a query: one entry of each half, by sorted position.
struct SearchPick {
  std::uint32_t entry[2] = {0, 0};
};

// The last Nearest answer of a run, with the targets that give the same answer: any target in
// (above, through], since no package utility lies between. A Boulware aspiration moves by less
// than that gap in about half its rounds, and those queries need no scan.
struct NearestMemo {
  double above = 0, through = -1;  // empty while above >= through
  SearchPick pick;
};

// Per-run scratch of the queries (so that a built search can be shared by runs).
struct SearchScratch {
  std::array<std::vector<double>, 2> slot_scores;  // per combination of each half
  std::array<std::vector<double>, 2> scores;       // per sorted entry of each half
  std::vector<std::uint32_t> best_from;            // per sorted entry of half 1
  NearestMemo nearest;                             // reset whenever the search is rebuilt
};

class PackageSearch {
 public:
  using Pick = SearchPick;

  // Allocates for `layout` (call once per layout the search will be built for; no allocation
  // happens later when building for a layout it was reserved for).
  void Reserve(const SearchLayout& layout, int num_issues);
  static void Reserve(SearchScratch& scratch, const SearchLayout& layout);

  // Enumerates and sorts both halves. `contributions[flat]`: the actor's utility of each flat
  // option (weight x value); `candidates[flat]`: 1 if the option may appear (the actor's
  // option-level red lines and the agenda already applied).
  void Build(const Scenario& scenario, const SearchLayout& layout,
             std::span<const double> contributions, std::span<const std::uint8_t> candidates);

  // No package passes the actor's red lines (with the agenda's fixed options).
  bool empty() const { return size_[0] == 0 || size_[1] == 0; }
  // The package of highest own utility (lowest index among ties). Requires !empty().
  Pick Best() const;
  // The package of least own utility at or above `target` (the nearest concession), or Best()
  // when none reaches it. Requires !empty().
  Pick Nearest(double target) const;
  // The same, answered from `memo` when `target` lies in its gap; otherwise scanned and
  // remembered there. The memo must be reset (NearestMemo{} or TopMemo()) when the search is
  // rebuilt.
  Pick Nearest(double target, NearestMemo& memo) const {
    if (memo.above < target && target <= memo.through) return memo.pick;  // half the rounds
    return Walk(target, memo);
  }
  // A memo that already answers every target above the second-highest package utility (the
  // first aspiration of a conceding actor is its ceiling). Requires !empty().
  NearestMemo TopMemo() const;
  // The package with the highest sum of `scores[flat]` (one per flat option) among those of own
  // utility at or above `target`, or Best() when none reaches it. Requires !empty().
  Pick BestFor(double target, std::span<const double> scores, SearchScratch& scratch) const;

  PackageIndex IndexOf(Pick pick) const {
    return IndexOf(0, pick.entry[0]) + IndexOf(1, pick.entry[1]);
  }
  // Writes the picked package's options (every issue belongs to one half).
  void Write(Pick pick, std::span<OptionIndex> package) const;

 private:
  // One issue of a half: where its choice sits in an entry's code, and how to read it.
  struct Digit {
    int issue = 0;
    int begin = 0;            // its first candidate in choices_[h]
    std::uint32_t shift = 0;  // the choice (0 .. candidates - 1) is (code >> shift) & mask
    std::uint32_t mask = 0;
    PackageIndex stride = 0;  // IssueSpace::stride(issue)
  };
  // Sentinels around each half's sorted utilities: one -inf before the first entry and
  // kScanWindow +inf after the last, so that the scans need no bounds checks.
  static constexpr std::size_t kOwnPadding = 1 + kScanWindow;

  const double* Own(int h) const { return own_[h].data() + 1; }
  // Nearest without the memo's answer: walks, and remembers the answer in `memo`.
  Pick Walk(double target, NearestMemo& memo) const;
  PackageIndex IndexOf(int h, std::uint32_t entry) const;
  // The option of `digit`'s issue in an entry of half h with `code`.
  OptionIndex OptionOf(int h, const Digit& digit, std::uint32_t code) const;
  // kLeast: the score is minus the sum of the two utilities, so that a run of half-0 entries
  // all meeting the target with half 1's lowest entry can be skipped to its lowest. Nearest
  // asks only when FindLeastSum finds a tie.
  template <bool kLeast, class ScoreOf>
  Pick Scan(double target, ScoreOf score_of) const;
  // Fills `items[0, num_slots_[h])`, from items[0] (the empty combination), with every
  // combination of half h's candidates, the last issue turning fastest: child(parent, j, c, n)
  // makes the item that adds candidate choices_[h][c] of the half's issue j (of n candidates)
  // to `parent`.
  template <class T, class Child>
  void Expand(int h, T* items, Child child) const;
  void BuildHalf(int h, const Scenario& scenario, const SearchLayout& layout,
                 std::span<const double> contributions, std::span<const std::uint8_t> candidates);
  // Bounds of the utilities of half h's entries, from its candidates' least and greatest
  // contributions and its synergies.
  UtilityBounds Bounds(int h, const Scenario& scenario, const SearchLayout& layout,
                       std::span<const double> contributions) const;
  // Keeps the combinations of items_ that cross none of the half's rules, adding the half's
  // synergies to their utility; returns how many are kept (at the front of items_).
  std::size_t KeepPassing(int h, const Scenario& scenario, const SearchLayout& layout);

  std::array<std::vector<double>, 2> own_;           // sorted utilities, with kOwnPadding
  std::array<std::vector<SearchTag>, 2> tags_;       // per sorted entry
  std::array<std::size_t, 2> size_{};                // entries of each half
  std::array<std::vector<int>, 2> flat_offsets_;     // per half issue: IssueSpace::offset
  std::array<std::vector<Digit>, 2> digits_;         // per half issue
  std::array<std::vector<OptionIndex>, 2> choices_;  // the candidate options, issue by issue
  std::array<std::vector<int>, 2> choice_begin_;     // per half issue + 1: where its start
  std::array<std::size_t, 2> num_slots_{};           // combinations of the candidates
  // What choosing one candidate adds to an item.
  struct Step {
    double own = 0;
    std::uint32_t choice = 0;  // among its issue's candidates
    std::uint32_t code = 0;    // choice << its Digit::shift
  };
  std::vector<Step> steps_;        // scratch: per candidate of a half
  std::vector<SearchItem> items_;  // scratch: one per combination
  SearchSorter sorter_;
  std::vector<OptionIndex> package_;  // scratch: one full package
  std::vector<int> odometer_;         // scratch: per half issue
};

}  // namespace negsim
