// Compile(): a ScenarioSpec checked and turned into the immutable Scenario's tables.
#include "sim/scenario.h"

#include <gtest/gtest.h>

namespace negsim {
namespace {

// Two issues: a categorical "land" (3 options) and a numeric "army" (900k..500k step 200k).
ScenarioSpec TwoIssueSpec() {
  ScenarioSpec spec;
  spec.file = "two.toml";
  spec.name = "two";
  spec.issues.push_back(IssueSpec{"land", "", {"keep", "freeze", "cede"}, {}, ""});
  spec.issues.push_back(
      IssueSpec{"army", "", {"900000", "700000", "500000"}, {900000, 700000, 500000}, "troops"});
  ActorSpec ua;
  ua.id = "ua";
  ua.signatory = true;
  ua.reservation = 0.3;
  ua.weights = {{"land", 3}, {"army", 1}};
  ua.values["land"].values = {1.0, 0.6, 0.0};
  ua.values["army"].ideal = 900000;
  ua.values["army"].loss = Loss::kQuadratic;
  ActorSpec ru;
  ru.id = "ru";
  ru.signatory = true;
  ru.reservation = 0.4;
  ru.weights = {{"land", 0.5}, {"army", 0.5}};
  ru.values["land"].ideal = 2;  // categorical ideal: option index of "cede"
  ru.values["army"].ideal = 500000;
  spec.actors = {ru, ua};  // sorted by id, as the loader gives them
  return spec;
}

TEST(Compile, NormalisesWeightsAndSaysSo) {
  std::vector<std::string> notes;
  const auto s = Compile(TwoIssueSpec(), &notes);
  const int ua = s->FindActor("ua");
  EXPECT_DOUBLE_EQ(s->actor(ua).weights[0], 0.75);
  EXPECT_DOUBLE_EQ(s->actor(ua).weights[1], 0.25);
  ASSERT_EQ(notes.size(), 1u);  // ru's weights already sum to 1
  EXPECT_NE(notes[0].find("actors.ua.weights"), std::string::npos);
  EXPECT_NE(notes[0].find("normalised"), std::string::npos);
}

TEST(Compile, DerivesValuesFromIdealPoints) {
  const auto s = Compile(TwoIssueSpec());
  const int ua = s->FindActor("ua"), ru = s->FindActor("ru");
  // ua: ideal 900k, quadratic, farthest option 400k away: 1 - (d/400k)^2.
  EXPECT_DOUBLE_EQ(s->value(ua, 1, 0), 1.0);
  EXPECT_DOUBLE_EQ(s->value(ua, 1, 1), 0.75);
  EXPECT_DOUBLE_EQ(s->value(ua, 1, 2), 0.0);
  // ru: ideal 500k, linear.
  EXPECT_DOUBLE_EQ(s->value(ru, 1, 1), 0.5);
  // ru: categorical ideal "cede" (index 2), linear over option positions.
  EXPECT_DOUBLE_EQ(s->value(ru, 0, 0), 0.0);
  EXPECT_DOUBLE_EQ(s->value(ru, 0, 1), 0.5);
  EXPECT_DOUBLE_EQ(s->value(ru, 0, 2), 1.0);
}

TEST(Compile, UtilityIsTheWeightedSumPlusSynergies) {
  ScenarioSpec spec = TwoIssueSpec();
  spec.actors[1].synergies.push_back(SynergySpec{{"land", "freeze"}, {"army", "900000"}, 0.1});
  const auto s = Compile(spec);
  const int ua = s->FindActor("ua");
  const std::vector<OptionIndex> freeze_900k = {1, 0}, freeze_700k = {1, 1};
  EXPECT_DOUBLE_EQ(s->Utility(ua, freeze_900k), 0.75 * 0.6 + 0.25 * 1.0 + 0.1);
  EXPECT_DOUBLE_EQ(s->Utility(ua, freeze_700k), 0.75 * 0.6 + 0.25 * 0.75);
}

TEST(Compile, RedLinesBecomeMasksAndConditions) {
  ScenarioSpec spec = TwoIssueSpec();
  RedLineSpec at_most;
  at_most.kind = RedLineKind::kAtMost;
  at_most.issue = "land";
  at_most.bound = "freeze";
  RedLineSpec if_then;
  if_then.kind = RedLineKind::kIfThen;
  if_then.issue = "land";
  if_then.options = {"freeze"};
  if_then.then_issue = "army";
  if_then.then_options = {"900000"};
  RedLineSpec inactive = at_most;
  inactive.bound = "keep";
  inactive.active = false;
  spec.actors[1].red_lines = {at_most, if_then, inactive};
  const auto s = Compile(spec);
  const int ua = s->FindActor("ua");
  ASSERT_EQ(s->red_lines().size(), 2u);  // the inactive line is dropped
  EXPECT_EQ(s->red_lines()[0].label, "ua: land at most freeze");
  const auto allowed = s->allowed(ua);
  EXPECT_EQ(std::vector<int>(allowed.begin(), allowed.begin() + 3), (std::vector<int>{1, 1, 0}));
  const std::vector<OptionIndex> cede = {2, 0}, freeze_700k = {1, 1}, freeze_900k = {1, 0};
  EXPECT_TRUE(s->CrossesRedLine(ua, cede));
  EXPECT_TRUE(s->CrossesRedLine(ua, freeze_700k));  // the if/then rule
  EXPECT_FALSE(s->CrossesRedLine(ua, freeze_900k));
  EXPECT_FALSE(s->CrossesRedLine(s->FindActor("ru"), cede));
}

TEST(Compile, InZoneRequiresEverySignatoryAtItsReservation) {
  const auto s = Compile(TwoIssueSpec());
  const int ua = s->FindActor("ua"), ru = s->FindActor("ru");
  for (PackageIndex i = 0; i < s->space().size(); ++i) {
    const auto p = s->space().Decode(i);
    const bool expected = s->Utility(ua, p) >= 0.3 && s->Utility(ru, p) >= 0.4;
    EXPECT_EQ(s->InZone(p), expected) << s->space().Describe(p);
  }
}

// Each bad input names its key and the position recorded for it.
void ExpectError(ScenarioSpec spec, const std::string& key, const std::string& problem) {
  spec.where[key] = SourcePos{"two.toml", 7, 3};
  try {
    Compile(spec);
    FAIL() << "no error for " << key;
  } catch (const InputError& e) {
    EXPECT_EQ(e.key_path(), key);
    EXPECT_NE(e.problem().find(problem), std::string::npos) << e.what();
    EXPECT_EQ(e.pos().line, 7) << e.what();
    EXPECT_NE(std::string(e.what()).find("two.toml:7:3: " + key), std::string::npos) << e.what();
  }
}

TEST(CompileErrors, UnknownIssueInWeightsSuggestsTheClosest) {
  ScenarioSpec spec = TwoIssueSpec();
  spec.actors[1].weights["lnd"] = 1;
  ExpectError(spec, "actors.ua.weights.lnd", "no issue named 'lnd'");
  try {
    Compile(spec);
  } catch (const InputError& e) {
    EXPECT_EQ(e.fix(), "did you mean 'land'?");
  }
}

TEST(CompileErrors, NegativeWeight) {
  ScenarioSpec spec = TwoIssueSpec();
  spec.actors[1].weights["army"] = -1;
  ExpectError(spec, "actors.ua.weights.army", "weights must be >= 0");
}

TEST(CompileErrors, AllWeightsZero) {
  ScenarioSpec spec = TwoIssueSpec();
  spec.actors[1].weights = {{"land", 0}};
  ExpectError(spec, "actors.ua.weights", "no positive weight");
}

TEST(CompileErrors, ValueOutsideUnitInterval) {
  ScenarioSpec spec = TwoIssueSpec();
  spec.actors[1].values["land"].values = {1.0, 1.5, 0.0};
  ExpectError(spec, "actors.ua.values.land[1]", "outside [0,1]");
}

TEST(CompileErrors, ValueListOfTheWrongLength) {
  ScenarioSpec spec = TwoIssueSpec();
  spec.actors[1].values["land"].values = {1.0, 0.0};
  ExpectError(spec, "actors.ua.values.land", "has 2 values but issue 'land' has 3 options");
}

TEST(CompileErrors, WeightedIssueWithoutValues) {
  ScenarioSpec spec = TwoIssueSpec();
  spec.actors[1].values.erase("army");
  ExpectError(spec, "actors.ua.weights.army", "has a weight but no values");
}

TEST(CompileErrors, ReservationOutsideUnitInterval) {
  ScenarioSpec spec = TwoIssueSpec();
  spec.actors[0].reservation = 1.2;
  ExpectError(spec, "actors.ru.reservation", "outside [0,1]");
}

TEST(CompileErrors, RedLineNamingAMissingIssue) {
  ScenarioSpec spec = TwoIssueSpec();
  RedLineSpec line;
  line.kind = RedLineKind::kForbid;
  line.issue = "nato";
  line.options = {"ban"};
  line.key = "actors.ua.red_lines[0]";
  spec.actors[1].red_lines = {line};
  ExpectError(spec, "actors.ua.red_lines[0].issue", "no issue named 'nato'");
}

TEST(CompileErrors, RedLineNamingAMissingOption) {
  ScenarioSpec spec = TwoIssueSpec();
  RedLineSpec line;
  line.kind = RedLineKind::kAtMost;
  line.issue = "land";
  line.bound = "frieze";
  line.key = "actors.ua.red_lines[0]";
  spec.actors[1].red_lines = {line};
  ExpectError(spec, "actors.ua.red_lines[0].at_most", "has no option 'frieze'");
}

TEST(CompileErrors, InfluenceFromAnUnknownActor) {
  ScenarioSpec spec = TwoIssueSpec();
  spec.influence.push_back(InfluenceSpec{"eu", "ua", 0.2, "reservation"});
  ExpectError(spec, "influence[0].from", "no actor named 'eu'");
}

TEST(CompileErrors, AgendaCycle) {
  ScenarioSpec spec = TwoIssueSpec();
  spec.agenda["land"] = {"army"};
  spec.agenda["army"] = {"land"};
  ExpectError(spec, "agenda.army", "cycle");
}

TEST(CompileErrors, NoSignatory) {
  ScenarioSpec spec = TwoIssueSpec();
  for (ActorSpec& a : spec.actors) a.signatory = false;
  ExpectError(spec, "actors", "no actor is a signatory");
}

TEST(CompileErrors, SpaceTooLargeToIndex) {
  ScenarioSpec spec = TwoIssueSpec();
  for (int i = 0; i < 40; ++i)
    spec.issues.push_back(IssueSpec{"x" + std::to_string(i), "", {"a", "b", "c"}, {}, ""});
  ExpectError(spec, "issues", "cannot be indexed");
}

TEST(CompileErrors, PositionFallsBackToTheNearestRecordedAncestor) {
  ScenarioSpec spec = TwoIssueSpec();
  spec.actors[1].weights["army"] = -1;
  spec.where["actors.ua"] = SourcePos{"two.toml", 12, 1};
  try {
    Compile(spec);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.pos().line, 12);
  }
}

}  // namespace
}  // namespace negsim
