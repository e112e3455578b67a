// RunSetup: every bad input a bargaining run can meet is an InputError naming the key, its
// position and the fix, before any round is played; parameters get their defaults.
#include <gtest/gtest.h>

#include <functional>
#include <ostream>

#include "tests/sim/run_test_support.h"

namespace negsim::testing {
namespace {

// A bad input: `spoil` breaks LineSpec(); RunSetup must then throw an InputError at `key`
// (positioned at line 9 through spec.where[where_key]) whose message holds `problem` and whose
// fix holds `fix`.
struct BadInput {
  std::string name;
  std::function<void(ScenarioSpec&)> spoil;
  std::string where_key, key, problem, fix;
};

std::vector<BadInput> BadInputs() {
  return {
      {"UnknownProtocolSuggestsTheClosest",
       [](ScenarioSpec& spec) { spec.protocol.name = "alternatng"; }, "protocol.name",
       "protocol.name", "unknown protocol 'alternatng'", "did you mean 'alternating'?"},
      {"UnknownStrategyListsTheRegisteredOnes",
       [](ScenarioSpec& spec) { ActorOf(spec, "b").strategy->name = "nash"; },
       "actors.b.strategy.name", "actors.b.strategy.name", "unknown strategy 'nash'",
       "expected one of: step, yes"},
      {"UnknownParameterListsTheValidOnes",
       [](ScenarioSpec& spec) { ActorOf(spec, "a").strategy->params["stpe"] = 0.2; },
       "actors.a.strategy.stpe", "actors.a.strategy.stpe",
       "unknown parameter 'stpe' of strategy 'step'",
       "did you mean 'step'?; valid parameters: step (default 0.1, in [0, 1])"},
      {"ParameterOfAStrategyWithoutParameters",
       [](ScenarioSpec& spec) {
         ActorOf(spec, "a").strategy = StrategySpec{"yes", {{"level", 1}}};
       },
       "actors.a.strategy.level", "actors.a.strategy.level", "unknown parameter 'level'",
       "takes no parameters"},
      {"ParameterOutOfRange",
       [](ScenarioSpec& spec) { ActorOf(spec, "a").strategy->params["step"] = 1.5; },
       "actors.a.strategy.step", "actors.a.strategy.step",
       "step = 1.5 is outside [0, 1] for strategy 'step'", "use a value in [0, 1]"},
      {"IntegerParameterMustBeWhole",
       [](ScenarioSpec& spec) { spec.protocol.params["random_order"] = 0.5; },
       "protocol.params.random_order", "protocol.params.random_order", "is not a whole number",
       "use a whole number in [0, 1]"},
      {"ActorWithoutStrategyNamesTheActorAndTheFix",
       [](ScenarioSpec& spec) { ActorOf(spec, "b").strategy.reset(); }, "actors.b",
       "actors.b.strategy", "actor 'b' has no strategy",
       "add [actors.b.strategy] with name = one of: step, yes"},
      {"MediatedNeedsAMediator", [](ScenarioSpec& spec) { spec.protocol.name = "mediated"; },
       "protocol", "protocol.mediator", "protocol 'mediated' needs a mediator",
       "mediator = \"neutral\""},
      {"AlternatingHasNoMediator", [](ScenarioSpec& spec) { spec.protocol.mediator = "a"; },
       "protocol.mediator", "protocol.mediator", "protocol 'alternating' has no mediator",
       "name = \"mediated\""},
      {"InfluencesIntoOneActorWeighingMoreThanOne",
       [](ScenarioSpec& spec) {
         ActorSpec c = spec.actors[0];
         c.id = "c";
         spec.actors.push_back(c);
         spec.influence.push_back(InfluenceSpec{"a", "b", 0.75, "weights"});
         spec.influence.push_back(InfluenceSpec{"c", "b", 0.3, "reservation"});  // another kind
         spec.influence.push_back(InfluenceSpec{"c", "b", 0.5, "weights"});
       },
       "influence[2].weight", "influence[2].weight",
       "the weights influences on 'b' weigh 1.25 in total", "sum to 1 at most"},
  };
}

// How GoogleTest shows a parameter: its name, not its bytes.
void PrintTo(const BadInput& bad, std::ostream* out) { *out << bad.name; }

class RunSetupErrors : public ::testing::TestWithParam<BadInput> {};

TEST_P(RunSetupErrors, IsAnInputErrorAtTheKeyWithItsFix) {
  const BadInput& bad = GetParam();
  ScenarioSpec spec = LineSpec();
  bad.spoil(spec);
  spec.where[bad.where_key] = SourcePos{"line.toml", 9, 4};
  try {
    const RunRegistries& registries = ScriptedRegistries();
    RunSetup setup(Compile(spec), registries.protocols, registries.strategies);
    FAIL() << "no error for " << bad.key;
  } catch (const InputError& e) {
    EXPECT_EQ(e.key_path(), bad.key) << e.what();
    EXPECT_NE(e.problem().find(bad.problem), std::string::npos) << e.what();
    EXPECT_NE(e.fix().find(bad.fix), std::string::npos) << e.what();
    EXPECT_EQ(e.pos().line, 9) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(BadInputs, RunSetupErrors, ::testing::ValuesIn(BadInputs()),
                         [](const ::testing::TestParamInfo<BadInput>& info) {
                           return info.param.name;
                         });

TEST(RunSetup, ResolvesParametersWithDefaultsAndTheDeadline) {
  ScenarioSpec spec = LineSpec();
  ActorOf(spec, "b").strategy->params["step"] = 0.25;
  spec.protocol.name = "mediated";
  spec.protocol.mediator = "b";
  spec.protocol.params["deadline"] = 7;
  const RunRegistries& registries = ScriptedRegistries();
  const RunSetup setup(Compile(spec), registries.protocols, registries.strategies);
  EXPECT_EQ(setup.strategy_params(0)[0], 0.1);  // a: the default
  EXPECT_EQ(setup.strategy_params(1)[0], 0.25);
  EXPECT_EQ(setup.protocol_params()[0], 0.5);  // step
  EXPECT_EQ(setup.protocol_params()[2], 7);    // deadline
  EXPECT_EQ(setup.mediator(), 1);
  EXPECT_EQ(setup.deadline(), 7);  // the mediator's, before max_rounds = 10
  EXPECT_EQ(setup.max_offers(), 7 * (1 + 2 * 2));
}

TEST(AgendaStages, StageIsTheLongestChainOfPrerequisites) {
  ScenarioSpec spec = LineSpec();
  for (const std::string name : {"ceasefire", "territory", "sanctions", "elections"})
    spec.issues.push_back(IssueSpec{name, "", {"x", "y"}, {}, ""});
  spec.agenda["territory"] = {"ceasefire"};
  spec.agenda["elections"] = {"territory", "line"};
  const auto s = Compile(spec);
  const AgendaStages agenda(*s);
  ASSERT_EQ(agenda.num_stages(), 3);
  const auto& space = s->space();
  EXPECT_EQ(agenda.stage(space.FindIssue("line")), 0);
  EXPECT_EQ(agenda.stage(space.FindIssue("ceasefire")), 0);
  EXPECT_EQ(agenda.stage(space.FindIssue("sanctions")), 0);
  EXPECT_EQ(agenda.stage(space.FindIssue("territory")), 1);
  EXPECT_EQ(agenda.stage(space.FindIssue("elections")), 2);
  EXPECT_EQ(agenda.phase(space.FindIssue("territory"), 0), IssuePhase::kPending);
  EXPECT_EQ(agenda.phase(space.FindIssue("territory"), 1), IssuePhase::kOpen);
  EXPECT_EQ(agenda.phase(space.FindIssue("territory"), 2), IssuePhase::kSettled);
}

TEST(RunSeed, DistinctPerRunAndStable) {
  EXPECT_NE(RunSeed(1, 0), RunSeed(1, 1));
  EXPECT_NE(RunSeed(1, 0), RunSeed(2, 0));
  EXPECT_EQ(RunSeed(42, 7), RunSeed(42, 7));
}

}  // namespace
}  // namespace negsim::testing
