// RunSetup: every bad input a bargaining run can meet is an InputError naming the key, its
// position and the fix, before any round is played; parameters get their defaults.
#include <gtest/gtest.h>

#include "tests/sim/run_test_support.h"

namespace negsim::testing {
namespace {

// Expects an InputError at `key` (positioned at line 9 through spec.where[where_key]) whose
// message holds `problem` and whose fix holds `fix`.
void ExpectError(ScenarioSpec spec, const std::string& where_key, const std::string& key,
                 const std::string& problem, const std::string& fix) {
  spec.where[where_key] = SourcePos{"line.toml", 9, 4};
  try {
    const RunRegistries& registries = ScriptedRegistries();
    RunSetup setup(Compile(spec), registries.protocols, registries.strategies);
    FAIL() << "no error for " << key;
  } catch (const InputError& e) {
    EXPECT_EQ(e.key_path(), key) << e.what();
    EXPECT_NE(e.problem().find(problem), std::string::npos) << e.what();
    EXPECT_NE(e.fix().find(fix), std::string::npos) << e.what();
    EXPECT_EQ(e.pos().line, 9) << e.what();
  }
}

TEST(RunSetupErrors, UnknownProtocolSuggestsTheClosest) {
  ScenarioSpec spec = LineSpec();
  spec.protocol.name = "alternatng";
  ExpectError(spec, "protocol.name", "protocol.name", "unknown protocol 'alternatng'",
              "did you mean 'alternating'?");
}

TEST(RunSetupErrors, UnknownStrategyListsTheRegisteredOnes) {
  ScenarioSpec spec = LineSpec();
  ActorOf(spec, "b").strategy->name = "nash";
  ExpectError(spec, "actors.b.strategy.name", "actors.b.strategy.name",
              "unknown strategy 'nash'", "expected one of: step, yes");
}

TEST(RunSetupErrors, UnknownParameterListsTheValidOnes) {
  ScenarioSpec spec = LineSpec();
  ActorOf(spec, "a").strategy->params["stpe"] = 0.2;
  ExpectError(spec, "actors.a.strategy.stpe", "actors.a.strategy.stpe",
              "unknown parameter 'stpe' of strategy 'step'",
              "did you mean 'step'?; valid parameters: step (default 0.1, in [0, 1])");
}

TEST(RunSetupErrors, ParameterOfAStrategyWithoutParameters) {
  ScenarioSpec spec = LineSpec();
  ActorOf(spec, "a").strategy = StrategySpec{"yes", {{"level", 1}}};
  ExpectError(spec, "actors.a.strategy.level", "actors.a.strategy.level",
              "unknown parameter 'level'", "takes no parameters");
}

TEST(RunSetupErrors, ParameterOutOfRange) {
  ScenarioSpec spec = LineSpec();
  ActorOf(spec, "a").strategy->params["step"] = 1.5;
  ExpectError(spec, "actors.a.strategy.step", "actors.a.strategy.step",
              "step = 1.5 is outside [0, 1] for strategy 'step'", "use a value in [0, 1]");
}

TEST(RunSetupErrors, IntegerParameterMustBeWhole) {
  ScenarioSpec spec = LineSpec();
  spec.protocol.params["random_order"] = 0.5;
  ExpectError(spec, "protocol.params.random_order", "protocol.params.random_order",
              "is not a whole number", "use a whole number in [0, 1]");
}

TEST(RunSetupErrors, ActorWithoutStrategyNamesTheActorAndTheFix) {
  ScenarioSpec spec = LineSpec();
  ActorOf(spec, "b").strategy.reset();
  ExpectError(spec, "actors.b", "actors.b.strategy", "actor 'b' has no strategy",
              "add [actors.b.strategy] with name = one of: step, yes");
}

TEST(RunSetupErrors, MediatedNeedsAMediator) {
  ScenarioSpec spec = LineSpec();
  spec.protocol.name = "mediated";
  ExpectError(spec, "protocol", "protocol.mediator", "protocol 'mediated' needs a mediator",
              "mediator = \"neutral\"");
}

TEST(RunSetupErrors, AlternatingHasNoMediator) {
  ScenarioSpec spec = LineSpec();
  spec.protocol.mediator = "a";
  ExpectError(spec, "protocol.mediator", "protocol.mediator",
              "protocol 'alternating' has no mediator", "name = \"mediated\"");
}

TEST(RunSetupErrors, InfluencesIntoOneActorWeighingMoreThanOne) {
  ScenarioSpec spec = LineSpec();
  ActorSpec c = spec.actors[0];
  c.id = "c";
  spec.actors.push_back(c);
  spec.influence.push_back(InfluenceSpec{"a", "b", 0.75, "weights"});
  spec.influence.push_back(InfluenceSpec{"c", "b", 0.3, "reservation"});  // another kind
  spec.influence.push_back(InfluenceSpec{"c", "b", 0.5, "weights"});
  ExpectError(spec, "influence[2].weight", "influence[2].weight",
              "the weights influences on 'b' weigh 1.25 in total", "sum to 1 at most");
}

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
  EXPECT_EQ(setup.deadline(), 7);               // the mediator's, before max_rounds = 10
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
