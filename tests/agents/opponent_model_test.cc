// The opponent model's estimates approach the true weights of a scripted opponent: one that
// samples its offers with probability proportional to exp(lambda x its utility), the noisy
// maximiser OfferEstimator assumes. First the estimator alone, then inside a run.
#include <gtest/gtest.h>

#include <boost/random/discrete_distribution.hpp>
#include <cmath>

#include "agents/offer_estimator.h"
#include "agents/opponent_model.h"
#include "tests/agents/bargaining_fixtures.h"

namespace negsim::testing {
namespace {

constexpr double kLambda = 6;

// Draws one offer: each issue independently, option o with probability proportional to
// exp(lambda x weight x value(o)), the factorised form of exp(lambda x utility).
template <class ValueOf>
void SampleOffer(const IssueSpace& space, std::span<const double> weights, ValueOf value_of,
                 Rng& rng, std::span<OptionIndex> package) {
  for (int i = 0; i < space.num_issues(); ++i) {
    std::vector<double> odds;
    for (int o = 0; o < space.num_options(i); ++o)
      odds.push_back(std::exp(kLambda * weights[i] * value_of(i, o)));
    package[i] = static_cast<OptionIndex>(
        boost::random::discrete_distribution<int>(odds.begin(), odds.end())(rng));
  }
}

double WeightError(std::span<const double> estimate, std::span<const double> truth) {
  double error = 0;
  for (size_t i = 0; i < truth.size(); ++i) error += std::abs(estimate[i] - truth[i]);
  return error;
}

TEST(OfferEstimator, EstimatesApproachTheTrueWeightsOfANoisyMaximiser) {
  std::vector<Issue> issues;
  for (int i = 0; i < 3; ++i)
    issues.push_back(Issue{"i" + std::to_string(i), "", {"a", "b", "c", "d"}, {}, ""});
  const IssueSpace space(issues);
  const std::vector<double> truth = {0.5, 0.3, 0.2};
  // Values span [0,1] on every issue, in a different order on each.
  const double values[3][4] = {{1, 0.6, 0.3, 0}, {0, 0.3, 0.6, 1}, {0.3, 1, 0, 0.6}};
  const auto value_of = [&](int i, int o) { return values[i][o]; };
  OfferEstimator estimator(space);
  const std::vector<std::uint8_t> all(3, 1);
  std::vector<OptionIndex> offer(3);
  std::vector<double> weights(3), estimated_values(space.num_flat_options());
  Rng rng(11);
  std::vector<double> errors;
  for (int n = 1; n <= 4000; ++n) {
    SampleOffer(space, truth, value_of, rng, offer);
    estimator.Add(offer, all);
    if (n == 10 || n == 100 || n == 4000) {
      estimator.Estimate(weights, estimated_values);
      errors.push_back(WeightError(weights, truth));
    }
  }
  EXPECT_GT(errors[0], errors[2]);
  EXPECT_GT(errors[1], errors[2]);
  EXPECT_LT(errors[2], 0.06) << weights[0] << " " << weights[1] << " " << weights[2];
  // The values come out in the true order on every issue.
  for (int i = 0; i < 3; ++i)
    for (int o = 0; o < 4; ++o)
      for (int p = 0; p < 4; ++p)
        if (values[i][o] > values[i][p]) {
          EXPECT_GT(estimated_values[space.offset(i) + o], estimated_values[space.offset(i) + p])
              << "issue " << i;
        }
}

TEST(OfferEstimator, BeforeAnyOfferItKnowsNothing) {
  const IssueSpace space({Issue{"x", "", {"a", "b"}, {}, ""}, Issue{"y", "", {"a", "b"}, {}, ""}});
  OfferEstimator estimator(space);
  std::vector<double> weights(2), values(4);
  estimator.Estimate(weights, values);
  EXPECT_EQ(weights, (std::vector<double>{0.5, 0.5}));
  EXPECT_EQ(values, (std::vector<double>{0.5, 0.5, 0.5, 0.5}));
}

// The scripted opponent as a strategy: samples its proposals from its own preferences, never
// accepts anything.
class NoisyMaximiser final : public Strategy {
 public:
  double Aspiration(const Self& self, const Record&) override { return self.ceiling(); }
  bool Respond(const Self&, const Record&, const OfferView&, double) override { return false; }
  void Propose(const Self& self, const Record&, Rng& rng,
               std::span<OptionIndex> package) override {
    std::vector<double> weights(self.space().num_issues());
    for (int i = 0; i < self.space().num_issues(); ++i) weights[i] = self.weight(i);
    SampleOffer(self.space(), weights, [&](int i, int o) { return self.value(i, o); }, rng,
                package);
  }
};

TEST(OpponentModel, LearnsTheWeightsOfAScriptedOpponentDuringARun) {
  RunRegistries registries = BuiltinRegistries();
  registries.strategies.Add(StrategyInfo{"noisy_maximiser", "samples offers by utility", {},
                                         [](const StrategyConfig&) -> std::unique_ptr<Strategy> {
                                           return std::make_unique<NoisyMaximiser>();
                                         }});
  ScenarioSpec spec = LandArmySpec();
  spec.issues.push_back(IssueSpec{"aid", "", {"full", "half", "none"}, {}, ""});
  spec.protocol.max_rounds = 3000;
  ActorSpec& ru = ActorOf(spec, "ru");
  ru.strategy = StrategySpec{"noisy_maximiser", {}};
  ru.weights = {{"land", 0.6}, {"army", 0.3}, {"aid", 0.1}};
  ru.values["aid"].values = {0, 0.5, 1};
  ActorSpec& ua = ActorOf(spec, "ua");
  ua.strategy = StrategySpec{"opponent_model", {}};
  ua.values["aid"].values = {1, 0.5, 0};
  ua.reservation = 1;  // never accepts: the run lasts, and ru keeps offering
  ua.weights["aid"] = 0.1;
  RunSetup setup(Compile(spec), registries.protocols, registries.strategies);
  RunState state(setup);
  PlayRun(setup, state, 5);
  ASSERT_EQ(state.outcome().end, RunEnd::kDeadline);
  const auto& model = dynamic_cast<OpponentModelStrategy&>(state.strategy(1));
  EXPECT_EQ(model.estimator(0).num_offers(), 1500);
  std::vector<double> weights(3), values(setup.scenario().space().num_flat_options());
  model.estimator(0).Estimate(weights, values);
  EXPECT_LT(WeightError(weights, std::vector<double>{0.6, 0.3, 0.1}), 0.08)
      << weights[0] << " " << weights[1] << " " << weights[2];
  EXPECT_GT(weights[0], weights[1]);
  EXPECT_GT(weights[1], weights[2]);
}

}  // namespace
}  // namespace negsim::testing
