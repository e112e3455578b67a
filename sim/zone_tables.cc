#include "sim/zone_tables.h"

#include <limits>

namespace negsim {

ZoneTables::ZoneTables(const Scenario& scenario) : scenario_(&scenario) {
  const IssueSpace& space = scenario.space();
  const int num_flat = space.num_flat_options();
  signatories_.assign(scenario.signatories().begin(), scenario.signatories().end());
  lanes_ = (num_signatories() + kLaneBlock - 1) / kLaneBlock * kLaneBlock;
  std::vector<int> lane_of(scenario.num_actors(), -1);
  reservations_.assign(lanes_, -std::numeric_limits<double>::infinity());
  for (int lane = 0; lane < num_signatories(); ++lane) {
    lane_of[signatories_[lane]] = lane;
    reservations_[lane] = scenario.actor(signatories_[lane]).reservation;
  }

  contributions_.assign(static_cast<size_t>(num_flat) * lanes_, 0.0);
  for (int flat = 0; flat < num_flat; ++flat)
    for (int lane = 0; lane < num_signatories(); ++lane)
      contributions_[static_cast<size_t>(flat) * lanes_ + lane] =
          scenario.contributions()(flat, signatories_[lane]);

  allowed_.assign(num_flat, 1);
  crossings_.assign(num_flat, 0);
  const std::span<const RedLine> lines = scenario.red_lines();
  for (int k = 0; k < static_cast<int>(lines.size()); ++k) {
    const RedLine& line = lines[k];
    if (lane_of[line.actor] < 0) continue;
    signatory_lines_.push_back(k);
    if (line.kind == RedLineKind::kIfThen) {
      rules_.push_back(k);
      continue;
    }
    for (int o = 0; o < space.num_options(line.issue); ++o) {
      if (line.accept[o]) continue;
      allowed_[space.offset(line.issue) + o] = 0;
      ++crossings_[space.offset(line.issue) + o];
    }
  }

  for (const Synergy& s : scenario.synergies()) {
    if (lane_of[s.actor] < 0) continue;
    synergies_.push_back(LaneSynergy{lane_of[s.actor], s.issue_a,
                                     s.flat_a - space.offset(s.issue_a), s.issue_b,
                                     s.flat_b - space.offset(s.issue_b), s.value});
  }
}

std::vector<std::uint8_t> ZoneTables::AllowedWithout(int line) const {
  const IssueSpace& space = this->space();
  const RedLine& removed = scenario_->red_lines()[line];
  std::vector<std::uint8_t> allowed = allowed_;
  // Only the removed line's issue changes: rebuild its options from the remaining lines.
  for (int o = 0; o < space.num_options(removed.issue); ++o)
    allowed[space.offset(removed.issue) + o] = 1;
  for (int k : signatory_lines_) {
    const RedLine& other = scenario_->red_lines()[k];
    if (k == line || other.kind == RedLineKind::kIfThen || other.issue != removed.issue) continue;
    for (int o = 0; o < space.num_options(other.issue); ++o)
      if (!other.accept[o]) allowed[space.offset(other.issue) + o] = 0;
  }
  return allowed;
}

void ZoneTables::ExactUtilities(std::span<const OptionIndex> package, double* utilities) const {
  for (int lane = 0; lane < lanes_; ++lane)
    utilities[lane] =
        lane < num_signatories() ? scenario_->Utility(signatories_[lane], package) : 0.0;
}

}  // namespace negsim
