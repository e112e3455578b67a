#include "sim/zone_enumerator.h"

#include <algorithm>
#include <limits>

namespace negsim {

namespace {

// The exact utilities of one leaf, computed at most once and only if asked for.
class LazyExact {
 public:
  LazyExact(const ZoneTables& tables, std::span<const OptionIndex> package,
            std::vector<double>& buffer)
      : tables_(tables), package_(package), buffer_(buffer) {}
  const double* operator()() {
    if (!known_) tables_.ExactUtilities(package_, buffer_.data());
    known_ = true;
    return buffer_.data();
  }

 private:
  const ZoneTables& tables_;
  std::span<const OptionIndex> package_;
  std::vector<double>& buffer_;
  bool known_ = false;
};

class SurveyVisitor {
 public:
  static constexpr bool kPrunes = false;
  static constexpr bool kCountsWhole = false;

  SurveyVisitor(const ZoneTables& tables, WorkBudget& budget, ZoneSurvey& survey)
      : tables_(tables),
        budget_(budget),
        survey_(survey),
        scores_(tables_.reservations().first(tables_.num_signatories()), {}),
        upper_(tables_.lanes()),
        exact_(tables_.lanes()) {}

  void Leaf(const double* sums, std::span<const OptionIndex> package, PackageIndex index) {
    ++survey_.size;
    LazyExact exact(tables_, package, exact_);
    for (int s = 0; s < tables_.num_signatories(); ++s) {
      upper_[s] = sums[s] + kRoundingSlack;
      if (upper_[s] >= survey_.best_utility[s])
        survey_.best_utility[s] = std::max(survey_.best_utility[s], exact()[s]);
    }
    budget_.Spend(survey_.pareto.Offer(sums, index, exact));
    const SolutionScores::Basic upper = scores_.BasicScores(upper_.data());
    const auto exact_scores = [&] { return scores_.BasicScores(exact()); };
    survey_.nash.Offer(upper.nash, index, [&] { return exact_scores().nash; });
    survey_.utilitarian.Offer(upper.utilitarian, index, [&] { return exact_scores().utilitarian; });
    survey_.egalitarian.Offer(upper.egalitarian, index, [&] { return exact_scores().egalitarian; });
  }

 private:
  const ZoneTables& tables_;
  WorkBudget& budget_;
  ZoneSurvey& survey_;
  SolutionScores scores_;
  std::vector<double> upper_;  // per lane: an upper bound of the exact utility
  std::vector<double> exact_;
};

class KalaiSmorodinskyVisitor {
 public:
  static constexpr bool kPrunes = true;
  static constexpr bool kCountsWhole = false;

  KalaiSmorodinskyVisitor(const SearchPlan& plan, const ZoneSurvey& survey, BestPackage& best)
      : plan_(plan),
        tables_(plan.tables()),
        best_utility_(survey.best_utility),
        scores_(tables_.reservations().first(tables_.num_signatories()), best_utility_),
        best_(best),
        upper_(tables_.lanes()),
        exact_(tables_.lanes()) {}

  // No member of the zone beats a signatory's best utility, so bounds are capped there.
  bool Prune(int depth, const double* partial, PackageIndex min_index) {
    const double* rest = plan_.rest_max(depth);
    for (int s = 0; s < tables_.num_signatories(); ++s)
      upper_[s] = std::min(partial[s] + rest[s] + kRoundingSlack, best_utility_[s]);
    return !best_.CouldImprove(Score(upper_.data()), min_index);
  }

  void Leaf(const double* sums, std::span<const OptionIndex> package, PackageIndex index) {
    for (int s = 0; s < tables_.num_signatories(); ++s)
      upper_[s] = std::min(sums[s] + kRoundingSlack, best_utility_[s]);
    LazyExact exact(tables_, package, exact_);
    best_.Offer(Score(upper_.data()), index, [&] { return Score(exact()); });
  }

  double Score(const double* utilities) const {
    return scores_.Score(ZoneSolution::kKalaiSmorodinsky, utilities);
  }

 private:
  const SearchPlan& plan_;
  const ZoneTables& tables_;
  const std::vector<double>& best_utility_;
  SolutionScores scores_;
  BestPackage& best_;
  std::vector<double> upper_;
  std::vector<double> exact_;
};

}  // namespace

ZoneSurvey SurveyZone(const SearchPlan& plan, int listed, WorkBudget& budget) {
  const ZoneTables& tables = plan.tables();
  ZoneSurvey survey(tables.num_signatories(), listed);
  survey.best_utility.assign(tables.num_signatories(), -std::numeric_limits<double>::infinity());
  SurveyVisitor visitor(tables, budget, survey);
  SearchZone(plan, budget, visitor);
  return survey;
}

BestPackage FindKalaiSmorodinsky(const SearchPlan& plan, const ZoneSurvey& survey,
                                 WorkBudget& budget) {
  BestPackage best;
  KalaiSmorodinskyVisitor visitor(plan, survey, best);
  // Some maximiser is Pareto-efficient, so the skyline gives the final score; the search then
  // only looks for ties with a lower index.
  for (int m = 0; m < survey.pareto.size(); ++m) {
    const double score = visitor.Score(survey.pareto.utilities(m));
    best.Offer(score, survey.pareto.lowest_index(m), [&] { return score; });
  }
  SearchZone(plan, budget, visitor);
  return best;
}

}  // namespace negsim
