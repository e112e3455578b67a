// The run's outputs on a hand-checked run (run_engine_test.cc): the text transcript in full,
// the CSV rows and the JSON outcome.
#include <gtest/gtest.h>

#include "tests/sim/run_test_support.h"

namespace negsim::testing {
namespace {

TEST(RunWriter, TextTranscript) {
  const auto played = PlayOut(LineSpec());
  EXPECT_EQ(Output(*played.state),
            "negsim run: line\n"
            "protocol alternating, deadline 10 rounds, seed 1\n"
            "actors:\n"
            "  a: signatory, strategy step, reservation 0.100\n"
            "  b: signatory, strategy step, reservation 0.100\n"
            "\n"
            "round 0  a proposes: line=l0\n"
            "        a 1.000 accept | b 0.000 reject\n"
            "round 1  b proposes: line=l4\n"
            "        a 0.000 reject | b 1.000 accept\n"
            "round 2  a proposes: line=l0\n"
            "        a 1.000 accept | b 0.000 reject\n"
            "round 3  b proposes: line=l3\n"
            "        a 0.250 reject | b 0.750 accept\n"
            "round 4  a proposes: line=l1\n"
            "        a 0.750 accept | b 0.250 reject\n"
            "round 5  b proposes: line=l2\n"
            "        a 0.500 accept | b 0.500 accept\n"
            "\n"
            "outcome: agreement in round 5\n"
            "package: line=l2\n"
            "  actor        utility  reservation     gain\n"
            "  a              0.500        0.100    0.400\n"
            "  b              0.500        0.100    0.400\n");
}

TEST(RunWriter, CsvHasOneRowPerOffer) {
  const auto played = PlayOut(LineSpec());
  const std::string csv = Output(*played.state, RunFormat::kCsv);
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "round,stage,kind,proposer,line,a_utility,b_utility,a_response,b_response");
  EXPECT_NE(csv.find("\n3,1,proposal,b,l3,0.25,0.75,reject,accept\n"), std::string::npos) << csv;
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 7);  // header + 6 offers
}

TEST(RunWriter, JsonCarriesTheOutcome) {
  const auto played = PlayOut(LineSpec());
  const std::string json = Output(*played.state, RunFormat::kJson);
  EXPECT_NE(json.find("\"outcome\": {\n    \"result\": \"agreement\",\n    \"round\": 5,"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"package\": {\n      \"line\": \"l2\"\n    }"), std::string::npos)
      << json;
  EXPECT_NE(json.find("\"gain\": 0.4"), std::string::npos) << json;
  EXPECT_EQ(json.back(), '\n');
}

TEST(RunWriter, BreakdownsSayWhy) {
  ScenarioSpec spec = LineSpec();
  for (ActorSpec& actor : spec.actors) actor.strategy = StrategySpec{"step", {{"step", 0}}};
  const auto played = PlayOut(spec);
  const std::string json = Output(*played.state, RunFormat::kJson);
  EXPECT_NE(json.find("\"result\": \"deadline\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"package\": null"), std::string::npos) << json;
  EXPECT_NE(json.find("\"utility\": null"), std::string::npos) << json;
}

}  // namespace
}  // namespace negsim::testing
