#include "sim/zone_plan.h"

#include <algorithm>
#include <limits>
#include <numeric>

#include "sim/check.h"

namespace negsim {

namespace {

bool Tried(std::span<const std::uint8_t> allowed, int flat, PlanPurpose purpose) {
  return purpose != PlanPurpose::kZone || allowed[flat] != 0;
}

}  // namespace

SearchPlan::SearchPlan(const ZoneTables& tables, std::span<const std::uint8_t> allowed,
                       std::span<const int> rules, PlanPurpose purpose)
    : tables_(&tables) {
  const IssueSpace& space = tables.space();
  NEGSIM_CHECK(static_cast<int>(allowed.size()) == space.num_flat_options());
  const std::vector<int> order = IssueOrder(allowed, purpose);
  std::vector<int> depth_of(space.num_issues());
  depths_.resize(order.size());
  for (int d = 0; d < num_depths(); ++d) {
    depth_of[order[d]] = d;
    BuildDepth(d, order[d], allowed, purpose);
    if (depths_[d].options.empty()) empty_ = true;
  }
  for (int k : rules) AddRule(tables.scenario().red_lines()[k], depth_of);
  for (const LaneSynergy& s : tables.synergies()) AddSynergy(s, depth_of);
  BuildBounds();
}

// Issues that can exhaust a signatory's slack (best possible utility minus reservation) go
// first, so that partial sums fall below the bound high in the tree; forced issues (one
// option) go before everything. The nearest-package search puts issues with options that
// cross red lines first, so that its count of lines crossed rises early.
std::vector<int> SearchPlan::IssueOrder(std::span<const std::uint8_t> allowed,
                                        PlanPurpose purpose) const {
  const IssueSpace& space = tables_->space();
  const int lanes = tables_->lanes();
  const int n = space.num_issues();
  std::vector<int> order(n);
  std::iota(order.begin(), order.end(), 0);
  if (purpose == PlanPurpose::kInIndexOrder) return order;
  std::vector<double> hi(static_cast<size_t>(n) * lanes, 0.0), lo = hi;
  std::vector<int> tried(n, 0), crossing(n, 0);
  std::vector<double> slack(lanes, 0.0);
  for (int i = 0; i < n; ++i) {
    for (int o = 0; o < space.num_options(i); ++o) {
      const int flat = space.offset(i) + o;
      if (!Tried(allowed, flat, purpose)) continue;
      crossing[i] += tables_->crossings()[flat] > 0;
      const double* c = tables_->contribution(flat);
      for (int l = 0; l < lanes; ++l) {
        hi[i * lanes + l] = tried[i] == 0 ? c[l] : std::max(hi[i * lanes + l], c[l]);
        lo[i * lanes + l] = tried[i] == 0 ? c[l] : std::min(lo[i * lanes + l], c[l]);
      }
      ++tried[i];
    }
    for (int l = 0; l < lanes; ++l) slack[l] += hi[i * lanes + l];
  }
  for (const LaneSynergy& s : tables_->synergies()) slack[s.lane] += std::max(0.0, s.value);
  for (int l = 0; l < tables_->num_signatories(); ++l)
    slack[l] = std::max(slack[l] - tables_->reservations()[l], 1e-12);

  std::vector<double> score(n, 0.0);
  for (int i = 0; i < n; ++i) {
    for (int l = 0; l < tables_->num_signatories(); ++l)
      score[i] = std::max(score[i], (hi[i * lanes + l] - lo[i * lanes + l]) / slack[l]);
    if (purpose == PlanPurpose::kNearest)
      score[i] = crossing[i] + score[i] / (1.0 + score[i]);  // crossing options dominate
  }
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    if ((tried[a] <= 1) != (tried[b] <= 1)) return tried[a] <= 1;
    return score[a] > score[b];
  });
  return order;
}

void SearchPlan::BuildDepth(int d, int issue, std::span<const std::uint8_t> allowed,
                            PlanPurpose purpose) {
  const IssueSpace& space = tables_->space();
  const int lanes = tables_->lanes();
  PlanDepth& depth = depths_[d];
  depth.issue = issue;
  depth.stride = space.stride(issue);
  for (int o = 0; o < space.num_options(issue); ++o)
    if (Tried(allowed, space.offset(issue) + o, purpose))
      depth.options.push_back(static_cast<OptionIndex>(o));
  // Promising options first: the first packages reached then set tight bounds for the
  // branch-and-bound searches and a good start for the Pareto skyline.
  const auto sum = [&](OptionIndex o) {
    const double* c = tables_->contribution(space.offset(issue) + o);
    return std::accumulate(c, c + lanes, 0.0);
  };
  const auto crossings = [&](OptionIndex o) {
    return tables_->crossings()[space.offset(issue) + o];
  };
  if (purpose != PlanPurpose::kInIndexOrder) {
    std::stable_sort(depth.options.begin(), depth.options.end(), [&](OptionIndex a, OptionIndex b) {
      if (purpose == PlanPurpose::kNearest && crossings(a) != crossings(b))
        return crossings(a) < crossings(b);
      return sum(a) > sum(b);
    });
  }
  for (OptionIndex o : depth.options) {
    const double* c = tables_->contribution(space.offset(issue) + o);
    depth.rows.insert(depth.rows.end(), c, c + lanes);
    depth.crossings.push_back(crossings(o));
  }
}

void SearchPlan::AddRule(const RedLine& line, const std::vector<int>& depth_of) {
  const IssueSpace& space = tables_->space();
  const bool if_later = depth_of[line.issue] > depth_of[line.then_issue];
  const int earlier_issue = if_later ? line.then_issue : line.issue;
  PlanDepth& later = depths_[depth_of[if_later ? line.issue : line.then_issue]];
  PlanRule rule;
  rule.earlier_depth = depth_of[earlier_issue];
  const int slots = later.num_slots();
  rule.ok.assign(static_cast<size_t>(space.num_options(earlier_issue)) * slots, 1);
  for (int e = 0; e < space.num_options(earlier_issue); ++e) {
    for (int k = 0; k < slots; ++k) {
      const int if_option = if_later ? later.options[k] : e;
      const int then_option = if_later ? e : later.options[k];
      if (line.accept[if_option] && !line.then_accept[then_option]) rule.ok[e * slots + k] = 0;
    }
  }
  later.rules.push_back(std::move(rule));
}

void SearchPlan::AddSynergy(const LaneSynergy& synergy, const std::vector<int>& depth_of) {
  const bool b_later = depth_of[synergy.issue_b] > depth_of[synergy.issue_a];
  PlanDepth& later = depths_[depth_of[b_later ? synergy.issue_b : synergy.issue_a]];
  const int later_option = b_later ? synergy.option_b : synergy.option_a;
  const auto slot = std::find(later.options.begin(), later.options.end(), later_option);
  if (slot == later.options.end()) return;  // never chosen in this plan
  later.synergies.push_back(PlanSynergy{depth_of[b_later ? synergy.issue_a : synergy.issue_b],
                                        b_later ? synergy.option_a : synergy.option_b,
                                        static_cast<int>(slot - later.options.begin()),
                                        synergy.lane, synergy.value});
}

void SearchPlan::BuildBounds() {
  const int lanes = tables_->lanes();
  const int n = num_depths();
  const size_t size = static_cast<size_t>(n + 1) * lanes;
  std::vector<double> rest_min(size, 0.0);
  rest_max_.assign(size, 0.0);
  whole_size_.assign(n + 1, 1);
  for (int d = n - 1; d >= 0; --d) {
    const PlanDepth& depth = depths_[d];
    // Each slot's row with every synergy it may complete: positive ones for the best case,
    // negative ones for the worst.
    std::vector<double> best = depth.rows, worst = depth.rows;
    for (const PlanSynergy& s : depth.synergies) {
      const size_t at = static_cast<size_t>(s.slot) * lanes + s.lane;
      (s.value > 0 ? best[at] : worst[at]) += s.value;
    }
    for (int l = 0; l < lanes; ++l) {
      double most = depth.options.empty() ? 0.0 : -std::numeric_limits<double>::infinity();
      double least = depth.options.empty() ? 0.0 : std::numeric_limits<double>::infinity();
      for (int k = 0; k < depth.num_slots(); ++k) {
        most = std::max(most, best[k * lanes + l]);
        least = std::min(least, worst[k * lanes + l]);
      }
      rest_max_[d * lanes + l] = rest_max_[(d + 1) * lanes + l] + most;
      rest_min[d * lanes + l] = rest_min[(d + 1) * lanes + l] + least;
    }
    whole_size_[d] = depth.rules.empty() ? whole_size_[d + 1] * depth.num_slots() : 0;
  }
  need_.resize(size);
  sure_.resize(size);
  high_.resize(lanes);
  const std::span<const double> reservation = tables_->reservations();
  for (size_t at = 0; at < size; ++at) {
    need_[at] = reservation[at % lanes] - kRoundingSlack - rest_max_[at];
    sure_[at] = reservation[at % lanes] + kRoundingSlack - rest_min[at];
  }
  for (int l = 0; l < lanes; ++l) high_[l] = reservation[l] + kRoundingSlack;
}

PlanScratch::PlanScratch(const SearchPlan& plan)
    : plan_(&plan), chosen_(plan.num_depths(), 0), offset_(plan.num_depths() + 1, 0) {
  for (int d = 0; d < plan.num_depths(); ++d)
    offset_[d + 1] = offset_[d] + plan.depth(d).num_slots();
  rows_.resize(static_cast<size_t>(offset_.back()) * plan.lanes());
  ok_.resize(offset_.back());
  crossings_.resize(offset_.back());
}

const double* PlanScratch::SynergyRows(int d) {
  const PlanDepth& depth = plan_->depth(d);
  const int lanes = plan_->lanes();
  double* rows = rows_.data() + static_cast<size_t>(offset_[d]) * lanes;
  std::copy(depth.rows.begin(), depth.rows.end(), rows);
  for (const PlanSynergy& s : depth.synergies)
    if (chosen_[s.earlier_depth] == s.earlier_option)
      rows[static_cast<size_t>(s.slot) * lanes + s.lane] += s.value;
  return rows;
}

const std::uint8_t* PlanScratch::CombinedOk(int d) {
  const PlanDepth& depth = plan_->depth(d);
  const int slots = depth.num_slots();
  std::uint8_t* ok = ok_.data() + offset_[d];
  std::fill(ok, ok + slots, 1);
  for (const PlanRule& rule : depth.rules) {
    const std::uint8_t* row = RuleRow(rule, slots);
    for (int k = 0; k < slots; ++k) ok[k] &= row[k];
  }
  return ok;
}

const int* PlanScratch::RuleCrossings(int d) {
  const PlanDepth& depth = plan_->depth(d);
  if (depth.rules.empty()) return nullptr;
  const int slots = depth.num_slots();
  int* crossings = crossings_.data() + offset_[d];
  std::fill(crossings, crossings + slots, 0);
  for (const PlanRule& rule : depth.rules) {
    const std::uint8_t* row = RuleRow(rule, slots);
    for (int k = 0; k < slots; ++k) crossings[k] += row[k] == 0;
  }
  return crossings;
}

}  // namespace negsim
