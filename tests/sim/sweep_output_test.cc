// The output directory of a sweep: reading rows back, resuming after an interruption (a torn
// last line included), refusing another sweep's files, and merging shards.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "sim/input_error.h"
#include "sim/sweep_csv.h"
#include "sim/sweep_engine.h"
#include "sim/sweep_output.h"
#include "tests/scenarios/scenario_files.h"
#include "tests/sim/sweep_test_jobs.h"

namespace negsim::testing {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(CsvReader, ReadsQuotedFieldsBackAndStopsBeforeATornLastRow) {
  std::istringstream in("a,\"b,c\",\"say \"\"hi\"\"\"\n,\"two\nlines\",\n1,2,3");
  CsvReader reader(in);
  std::vector<std::string> fields;
  ASSERT_TRUE(reader.Next(fields));
  EXPECT_EQ(fields, (std::vector<std::string>{"a", "b,c", "say \"hi\""}));
  EXPECT_EQ(reader.consumed(), 21u);
  ASSERT_TRUE(reader.Next(fields));
  EXPECT_EQ(fields, (std::vector<std::string>{"", "two\nlines", ""}));
  EXPECT_EQ(reader.consumed(), 35u);
  EXPECT_FALSE(reader.Next(fields));
  EXPECT_TRUE(reader.torn());
  EXPECT_EQ(reader.consumed(), 35u);
}

TEST(CsvReader, EndsCleanlyAfterAWholeLastRow) {
  std::istringstream in("x,y\n");
  CsvReader reader(in);
  std::vector<std::string> fields;
  EXPECT_TRUE(reader.Next(fields));
  EXPECT_FALSE(reader.Next(fields));
  EXPECT_FALSE(reader.torn());
}

class SweepOutputTest : public ::testing::Test {
 protected:
  // Runs the rest of `shard` into `dir` in `mode`, as `negsim sweep` does.
  static void RunInto(const SweepJob& job, const fs::path& dir, SweepOutput::Mode mode,
                      Shard shard = {}) {
    SweepOutput output(job, dir, shard, mode);
    SweepRunOptions options;
    options.threads = 2;
    options.shard = shard;
    options.first = output.first();
    RunSweep(job, options, [&](RunIndex, const std::string& row) { output.Append(row); });
    output.Finish();
  }

  const ScenarioFiles files_;
  const fs::path root_ = files_.Path("out");  // created by the first output written there
};

TEST_F(SweepOutputTest, ResumingAfterAnInterruptionGivesTheUninterruptedFiles) {
  const SweepJob job = HandJob(4);
  const fs::path whole = root_ / "whole";
  RunInto(job, whole, SweepOutput::Mode::kNew);
  const std::string rows = ReadFile(whole / "runs.csv");
  const size_t header = rows.find('\n') + 1;
  const size_t third_row = header + 2 * (rows.find('\n', header) + 1 - header) + 5;
  // Cut after the header, mid-header, on a row's end, inside a row, and just before the end.
  for (size_t cut : {header, header / 2, rows.find('\n', header) + 1, third_row,
                     rows.size() - 1}) {
    const fs::path dir = root_ / ("cut" + std::to_string(cut));
    fs::create_directories(dir);
    fs::copy_file(whole / "sweep.id", dir / "sweep.id");
    std::ofstream(dir / "runs.csv", std::ios::binary) << rows.substr(0, cut);
    RunInto(job, dir, SweepOutput::Mode::kResume);
    EXPECT_EQ(ReadFile(dir / "runs.csv"), rows) << "cut at byte " << cut;
    EXPECT_EQ(ReadFile(dir / "summary.json"), ReadFile(whole / "summary.json"));
  }
}

TEST_F(SweepOutputTest, ResumingACompleteSweepChangesNothing) {
  const SweepJob job = HandJob(2);
  RunInto(job, root_, SweepOutput::Mode::kNew);
  const std::string rows = ReadFile(root_ / "runs.csv");
  SweepOutput again(job, root_, Shard{}, SweepOutput::Mode::kResume);
  EXPECT_EQ(again.first(), job.plan.num_runs());
  again.Finish();
  EXPECT_EQ(ReadFile(root_ / "runs.csv"), rows);
}

TEST_F(SweepOutputTest, ANewSweepRefusesToReplaceRowsUnlessTold) {
  const SweepJob job = HandJob(1);
  RunInto(job, root_, SweepOutput::Mode::kNew);
  EXPECT_THROW(SweepOutput(job, root_, Shard{}, SweepOutput::Mode::kNew), InputError);
  SweepOutput fresh(job, root_, Shard{}, SweepOutput::Mode::kOverwrite);
  EXPECT_EQ(fresh.first(), 0u);
  EXPECT_FALSE(fs::exists(root_ / "summary.json"));
}

TEST_F(SweepOutputTest, ResumeRefusesAnotherSweepsOrShardsRows) {
  const SweepJob job = HandJob(2, 42);
  RunInto(job, root_, SweepOutput::Mode::kNew);
  const SweepJob other = HandJob(2, 43);
  EXPECT_THROW(SweepOutput(other, root_, Shard{}, SweepOutput::Mode::kResume), InputError);
  EXPECT_THROW(SweepOutput(job, root_, Shard{1, 2}, SweepOutput::Mode::kResume), InputError);
}

TEST_F(SweepOutputTest, ResumeRefusesRowsOutOfOrder) {
  const SweepJob job = HandJob(2);
  RunInto(job, root_, SweepOutput::Mode::kNew);
  std::string rows = ReadFile(root_ / "runs.csv");
  const size_t second = rows.find("\n1,");
  rows.replace(second + 1, 1, "5");
  std::ofstream(root_ / "runs.csv", std::ios::binary) << rows;
  try {
    SweepOutput output(job, root_, Shard{}, SweepOutput::Mode::kResume);
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_NE(error.problem().find("line 3 is not run 1"), std::string::npos) << error.what();
  }
}

TEST_F(SweepOutputTest, MergedShardsAreTheUnshardedFiles) {
  const SweepJob job = HandJob(5);
  RunInto(job, root_ / "whole", SweepOutput::Mode::kNew);
  std::vector<fs::path> shards;
  for (std::uint64_t index : {3, 1, 2}) {
    shards.push_back(root_ / ("shard" + std::to_string(index)));
    RunInto(job, shards.back(), SweepOutput::Mode::kNew, Shard{index, 3});
  }
  MergeSweepShards(job, root_ / "merged", shards, SweepOutput::Mode::kNew);
  for (const char* file : {"runs.csv", "summary.json", "sweep.id"})
    EXPECT_EQ(ReadFile(root_ / "merged" / file), ReadFile(root_ / "whole" / file)) << file;
}

TEST_F(SweepOutputTest, MergeRefusesAMissingRepeatedOrIncompleteShard) {
  const SweepJob job = HandJob(5);
  const fs::path one = root_ / "one", two = root_ / "two";
  RunInto(job, one, SweepOutput::Mode::kNew, Shard{1, 2});
  RunInto(job, two, SweepOutput::Mode::kNew, Shard{2, 2});
  EXPECT_THROW(MergeSweepShards(job, root_ / "m1", {one}, SweepOutput::Mode::kNew), InputError);
  EXPECT_THROW(MergeSweepShards(job, root_ / "m2", {one, one}, SweepOutput::Mode::kNew),
               InputError);
  std::string rows = ReadFile(two / "runs.csv");
  rows.resize(rows.size() - 30);
  std::ofstream(two / "runs.csv", std::ios::binary) << rows;
  try {
    MergeSweepShards(job, root_ / "m3", {one, two}, SweepOutput::Mode::kNew);
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_NE(error.problem().find("shard 2/2 stops before run"), std::string::npos)
        << error.what();
  }
}

}  // namespace
}  // namespace negsim::testing
