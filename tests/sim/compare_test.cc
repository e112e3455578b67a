// CompareScenario, SpecUnderProtocol and WriteCompare (sim/compare.h) on the five-option line
// of run_test_support.h: a wants l0, b wants l4, both reserve 0.1, so the zone is {l1, l2, l3}
// and the Nash package l2 (gains 0.4 x 0.4 beat 0.65 x 0.15).
#include "sim/compare.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/sim/run_test_support.h"

namespace negsim::testing {
namespace {

RedLineSpec Line(const std::string& actor, RedLineKind kind, const std::string& bound,
                 const std::string& name) {
  RedLineSpec line;
  line.kind = kind;
  line.issue = "line";
  line.bound = bound;
  line.name = name;
  line.key = "actors." + actor + ".red_lines[0]";
  return line;
}

CompareRow Row(const ScenarioSpec& spec, std::uint64_t seed = 1) {
  const RunRegistries& registries = ScriptedRegistries();
  return CompareScenario("line.toml", spec, registries.protocols, registries.strategies, seed);
}

const ProtocolInfo& Protocol(const std::string& name) {
  return *ScriptedRegistries().protocols.Find(name);
}

TEST(CompareScenario, ZoneSizeAndNashPackageByName) {
  const CompareRow row = Row(LineSpec());
  EXPECT_EQ(row.scenario, "line.toml");
  EXPECT_EQ(row.name, "line");
  EXPECT_EQ(row.space_size, 5u);
  EXPECT_EQ(row.zone_size, 3u);
  EXPECT_EQ(row.nash, (NamedPackage{{"line", "l2"}}));
  EXPECT_TRUE(row.opening.empty());
}

TEST(CompareScenario, OneRunPerRegisteredProtocolAsPlayRunPlaysIt) {
  const ScenarioSpec spec = LineSpec();
  const CompareRow row = Row(spec, 5);
  ASSERT_EQ(row.runs.size(), 2u);
  for (const CompareRun& run : row.runs) {
    SCOPED_TRACE(run.protocol);
    const Played played = PlayOut(SpecUnderProtocol(spec, Protocol(run.protocol)), 5);
    EXPECT_EQ(run.end, played.outcome().end);
    if (run.end == RunEnd::kAgreement) {
      EXPECT_EQ(run.round, played.outcome().round);
      const auto agreed = played.state->settled();
      EXPECT_EQ(run.agreement, (NamedPackage{{"line", "l" + std::to_string(agreed[0])}}));
    }
  }
  EXPECT_EQ(row.runs[0].protocol, "alternating");
  EXPECT_EQ(row.runs[0].end, RunEnd::kAgreement);  // the two step negotiators meet in the zone
  EXPECT_EQ(row.runs[0].mediator, "");
  EXPECT_EQ(row.runs[1].protocol, "mediated");
  EXPECT_EQ(row.runs[1].mediator, "neutral");
}

TEST(CompareScenario, BindingLinesByNameOrKeyWithThePackagesGained) {
  ScenarioSpec spec = LineSpec();
  ActorOf(spec, "a").red_lines.push_back(Line("a", RedLineKind::kAtMost, "l2", "no-l3"));
  ActorOf(spec, "b").red_lines.push_back(Line("b", RedLineKind::kAtLeast, "l2", ""));
  const CompareRow row = Row(spec);
  EXPECT_EQ(row.zone_size, 1u);  // only l2 is left
  ASSERT_EQ(row.binding.size(), 2u);
  EXPECT_EQ(row.binding[0].red_line, "a.no-l3");
  EXPECT_EQ(row.binding[0].added, 1u);
  EXPECT_EQ(row.binding[1].red_line, "b.red_lines[0]");  // unnamed: its key
  EXPECT_EQ(row.binding[1].added, 1u);
}

TEST(CompareScenario, EmptyZoneGivesTheSmallestConcessionSet) {
  // a at most l1 against b at least l3: l1 needs only b's line given up, and has the lowest index.
  ScenarioSpec spec = LineSpec();
  ActorOf(spec, "a").red_lines.push_back(Line("a", RedLineKind::kAtMost, "l1", "low"));
  ActorOf(spec, "b").red_lines.push_back(Line("b", RedLineKind::kAtLeast, "l3", "high"));
  const CompareRow row = Row(spec);
  EXPECT_EQ(row.zone_size, 0u);
  EXPECT_TRUE(row.nash.empty());
  EXPECT_TRUE(row.binding.empty());  // one step of either line still leaves the other
  ASSERT_EQ(row.opening.size(), 1u);
  EXPECT_EQ(row.opening[0].actor, "b");
  EXPECT_EQ(row.opening[0].red_line, "b.high");
}

TEST(CompareScenario, ReservationShortfallIsAConcessionWithoutALine) {
  ScenarioSpec spec = LineSpec();
  ActorOf(spec, "a").reservation = 0.9;  // only l0 (1.0) is enough for a, where b has 0
  const CompareRow row = Row(spec);
  EXPECT_EQ(row.zone_size, 0u);
  ASSERT_EQ(row.opening.size(), 1u);
  EXPECT_EQ(row.opening[0].actor, "b");  // l0: b's 0 is 0.1 short, the least of any package
  EXPECT_EQ(row.opening[0].red_line, "");
  EXPECT_NEAR(row.opening[0].shortfall, 0.1, 1e-12);
}

TEST(CompareScenario, UnknownOwnProtocolIsBadInput) {
  ScenarioSpec spec = LineSpec();
  spec.protocol.name = "auction";
  EXPECT_THROW(Row(spec), InputError);
}

// The line mediated by actor a, who walks away after 4 rounds.
ScenarioSpec MediatedLineSpec() {
  ScenarioSpec spec = LineSpec();
  spec.protocol.name = "mediated";
  spec.protocol.mediator = "a";
  spec.protocol.params = {{"deadline", 4}, {"step", 0.3}};
  return spec;
}

TEST(SpecUnderProtocol, OwnProtocolRunsAsWritten) {
  const ScenarioSpec spec = MediatedLineSpec();
  const ScenarioSpec under = SpecUnderProtocol(spec, Protocol("mediated"));
  EXPECT_EQ(under.protocol.mediator, "a");
  EXPECT_EQ(under.protocol.params, spec.protocol.params);
}

TEST(SpecUnderProtocol, AlternatingDropsTheMediatorAndItsParameters) {
  const ScenarioSpec spec = MediatedLineSpec();
  const ScenarioSpec under = SpecUnderProtocol(spec, Protocol("alternating"));
  EXPECT_EQ(under.protocol.name, "alternating");
  EXPECT_EQ(under.protocol.mediator, "");
  EXPECT_TRUE(under.protocol.params.empty());
  EXPECT_EQ(under.protocol.max_rounds, spec.protocol.max_rounds);
}

TEST(SpecUnderProtocol, MediatedWithoutAMediatorInTheScenarioIsNeutral) {
  ScenarioSpec spec = LineSpec();
  spec.protocol.params = {{"random_order", 1}};
  const ScenarioSpec under = SpecUnderProtocol(spec, Protocol("mediated"));
  EXPECT_EQ(under.protocol.name, "mediated");
  EXPECT_EQ(under.protocol.mediator, "neutral");
  EXPECT_TRUE(under.protocol.params.empty());
  EXPECT_EQ(under.protocol.max_rounds, 10);
}

CompareRun FinishedRun(const std::string& protocol, const std::string& mediator, RunEnd end,
                       int round, const std::string& actor = "",
                       const NamedPackage& agreement = {}) {
  CompareRun run;
  run.protocol = protocol;
  run.mediator = mediator;
  run.end = end;
  run.round = round;
  run.actor = actor;
  run.agreement = agreement;
  return run;
}

TEST(DescribeCompareRun, EveryEnding) {
  EXPECT_EQ(DescribeCompareRun(FinishedRun("alternating", "", RunEnd::kAgreement, 7)),
            "agreed r7");
  EXPECT_EQ(DescribeCompareRun(FinishedRun("alternating", "", RunEnd::kWalkOut, 12, "russia")),
            "walk-out: russia r12");
  EXPECT_EQ(DescribeCompareRun(FinishedRun("mediated", "neutral", RunEnd::kDeadline, 26)),
            "deadline r26");
  EXPECT_EQ(DescribeCompareRun(FinishedRun("mediated", "us", RunEnd::kMediatorLeft, 6, "us")),
            "mediator left r6");
}

CompareRow HandRow(const std::string& name, PackageIndex zone_size) {
  CompareRow row;
  row.scenario = name + ".toml";
  row.name = name;
  row.space_size = 10;
  row.zone_size = zone_size;
  return row;
}

// Two hand-made rows: one with a zone, one without, covering every cell.
std::vector<CompareRow> HandRows() {
  CompareRow open = HandRow("a", 3);
  open.nash = {{"x", "x1"}, {"y", "y0"}};
  open.runs = {
      FinishedRun("alternating", "", RunEnd::kAgreement, 4, "", {{"x", "x1"}, {"y", "y1"}}),
      FinishedRun("mediated", "us", RunEnd::kMediatorLeft, 6, "us")};
  open.binding = {{"ru.land", 2}, {"ua.nato", 1}};
  CompareRow closed = HandRow("b", 0);
  closed.runs = {FinishedRun("alternating", "", RunEnd::kWalkOut, 3, "ru"),
                 FinishedRun("mediated", "neutral", RunEnd::kDeadline, 20)};
  closed.opening = {{"ru", "ru.land", 0}, {"ua", "", 0.125}};
  return {open, closed};
}

std::string Written(CompareFormat format, std::uint64_t seed = 1) {
  std::ostringstream out;
  WriteCompare(HandRows(), format, seed, out);
  return out.str();
}

TEST(WriteCompare, MarkdownTable) {
  EXPECT_EQ(Written(CompareFormat::kMarkdown),
            "| scenario | zone | Nash package | alternating | mediated | mediator | red lines that "
            "bind | smallest concession set that opens the zone |\n"
            "|---|--:|---|---|---|---|---|---|\n"
            "| `a.toml` | 3 | x=x1 y=y0 | agreed r4 | mediator left r6 | us | ru.land (+2), "
            "ua.nato (+1) | \u2014 |\n"
            "| `b.toml` | 0 | \u2014 | walk-out: ru r3 | deadline r20 | neutral | none | ru.land, "
            "ua accepts 0.1250 below its reservation |\n");
}

TEST(WriteCompare, CsvHasMachineColumnsPerProtocol) {
  EXPECT_EQ(Written(CompareFormat::kCsv),
            "scenario,name,space_size,zone_size,nash,alternating_outcome,alternating_result,"
            "alternating_round,alternating_actor,alternating_mediator,alternating_agreement,"
            "mediated_outcome,mediated_result,mediated_round,mediated_actor,mediated_mediator,"
            "mediated_agreement,binding,opening\n"
            "a.toml,a,10,3,x=x1 y=y0,agreed r4,agreement,4,,,x=x1 y=y1,mediator left r6,"
            "mediator_left,6,us,us,,\"ru.land (+2), ua.nato (+1)\",\n"
            "b.toml,b,10,0,,walk-out: ru r3,walk_out,3,ru,,,deadline r20,deadline,20,,neutral,,,"
            "\"ru.land, ua accepts 0.1250 below its reservation\"\n");
}

TEST(WriteCompare, JsonCarriesTheSeedAndStructuredCells) {
  const std::string json = Written(CompareFormat::kJson, 9);
  EXPECT_EQ(json.rfind("{\n", 0), 0u) << json;
  EXPECT_NE(json.find("\"seed\": 9"), std::string::npos) << json;
  EXPECT_NE(json.find("\"nash\": {\n        \"x\": \"x1\",\n        \"y\": \"y0\"\n      }"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"nash\": null"), std::string::npos) << json;
  EXPECT_NE(json.find("\"result\": \"mediator_left\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"red_line\": \"ru.land\",\n          \"added\": 2"), std::string::npos)
      << json;
  EXPECT_NE(json.find("\"red_line\": null,\n          \"shortfall\": 0.125"), std::string::npos)
      << json;
}

}  // namespace
}  // namespace negsim::testing
