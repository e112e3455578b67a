// End-to-end: `negsim sweep` run as a user would, killed and resumed, on one and two threads,
// sharded and merged, interrupted with Ctrl-C, and given bad input.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "tests/cli/run_cli.h"
#include "tests/scenarios/scenario_files.h"

namespace negsim::testing {
namespace {

namespace fs = std::filesystem;

// A sweep of the toy scenario with both analyses: 10 grid points x `samples` runs.
std::string ToySweep(int samples) {
  return "[sweep]\nname = \"toy\"\nscenario = \"" + std::string(NEGSIM_SOURCE_DIR) +
         "/scenarios/examples/toy.toml\"\nanalysis = \"both\"\nseed = 11\nsamples = " +
         std::to_string(samples) +
         "\n\n[[grid]]\npath = \"actors.ukraine.red_lines[0].at_most\"\n"
         "values = [\"full_restoration\", \"frozen_line\"]\n\n"
         "[[grid]]\npath = \"actors.russia.reservation\"\nfrom = 0.1\nto = 0.5\nstep = 0.1\n\n"
         "[[monte_carlo]]\npath = \"actors.ukraine.reservation\"\ndistribution = \"normal\"\n"
         "mean = 0.3\nsd = 0.1\nmin = 0.1\nmax = 0.5\n";
}

// A sweep long enough to be stopped part-way (10000 runs, seconds under ASan) and the rows
// to wait for before stopping it: a fiftieth of it, so a slow poll still finds it running.
constexpr int kLongSweepSamples = 1000;
constexpr int kRowsBeforeStop = 200;

class SweepCliTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& text) const {
    return files_.Write(name, text);
  }
  std::string Out(const std::string& name) const { return files_.Path(name); }
  std::string Read(const std::string& path) const { return ReadWholeFile(path); }

  // Starts `negsim sweep SPEC --out OUT ARGS...` as a child process, output to files
  // child.out and child.err.
  pid_t Spawn(std::vector<std::string> args) const {
    args.insert(args.begin(), {NEGSIM_BINARY, "sweep"});
    const std::string out = Out("child.out"), err = Out("child.err");
    const pid_t pid = ::fork();
    if (pid == 0) {
      ::dup2(::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644), STDOUT_FILENO);
      ::dup2(::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644), STDERR_FILENO);
      std::vector<char*> argv;
      for (std::string& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(NEGSIM_BINARY, argv.data());
      ::_exit(127);
    }
    return pid;
  }

  // Waits until `file` holds at least `lines` lines, or the child ends; true in the first case.
  static bool WaitForLines(const std::string& file, int lines, pid_t child) {
    for (;;) {
      int status = 0;
      if (::waitpid(child, &status, WNOHANG) == child) return false;
      std::ifstream in(file);
      int count = 0;
      for (std::string line; std::getline(in, line);) ++count;
      if (count >= lines) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }

  static int Wait(pid_t child) {
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

  const ScenarioFiles files_;
};

TEST_F(SweepCliTest, AKilledSweepResumedGivesTheUninterruptedFiles) {
  const std::string spec = Write("sweep.toml", ToySweep(kLongSweepSamples));
  const CliResult whole =
      RunCli("sweep '" + spec + "' --out '" + Out("whole") + "' --threads 2 --quiet");
  ASSERT_EQ(whole.exit_code, 0) << whole.err;

  const pid_t child = Spawn({spec, "--out", Out("killed"), "--threads", "1", "--quiet"});
  ASSERT_TRUE(WaitForLines(Out("killed") + "/runs.csv", kRowsBeforeStop, child))
      << "the sweep ended before it could be killed";
  ::kill(child, SIGKILL);
  EXPECT_EQ(Wait(child), 128 + SIGKILL);
  const std::string partial = Read(Out("killed") + "/runs.csv");
  ASSERT_LT(partial.size(), Read(Out("whole") + "/runs.csv").size());
  EXPECT_FALSE(fs::exists(Out("killed") + "/summary.json"));

  const CliResult resumed =
      RunCli("sweep '" + spec + "' --out '" + Out("killed") + "' --resume --threads 2");
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_NE(resumed.err.find(" done before"), std::string::npos) << resumed.err;
  EXPECT_EQ(Read(Out("killed") + "/runs.csv"), Read(Out("whole") + "/runs.csv"));
  EXPECT_EQ(Read(Out("killed") + "/summary.json"), Read(Out("whole") + "/summary.json"));
}

TEST_F(SweepCliTest, CtrlCStopsWithEveryFinishedRowWrittenAndResumeCompletesIt) {
  const std::string spec = Write("sweep.toml", ToySweep(kLongSweepSamples));
  const pid_t child = Spawn({spec, "--out", Out("stopped"), "--threads", "2"});
  ASSERT_TRUE(WaitForLines(Out("stopped") + "/runs.csv", kRowsBeforeStop, child));
  ::kill(child, SIGINT);
  EXPECT_EQ(Wait(child), 130);
  EXPECT_NE(Read(Out("child.err")).find("--resume"), std::string::npos) << Read(Out("child.err"));
  ASSERT_EQ(RunCli("sweep '" + spec + "' --out '" + Out("stopped") + "' --resume --quiet")
                .exit_code,
            0);
  ASSERT_EQ(RunCli("sweep '" + spec + "' --out '" + Out("whole") + "' --quiet").exit_code, 0);
  EXPECT_EQ(Read(Out("stopped") + "/runs.csv"), Read(Out("whole") + "/runs.csv"));
}

TEST_F(SweepCliTest, OneAndTwoThreadsAndMergedShardsGiveIdenticalFiles) {
  const std::string spec = Write("sweep.toml", ToySweep(30));
  const std::string run = "sweep '" + spec + "' --quiet --out '";
  ASSERT_EQ(RunCli(run + Out("t1") + "' --threads 1").exit_code, 0);
  ASSERT_EQ(RunCli(run + Out("t2") + "' --threads 2").exit_code, 0);
  ASSERT_EQ(RunCli(run + Out("s1") + "' --shard 1/1").exit_code, 0);
  ASSERT_EQ(RunCli(run + Out("a") + "' --shard 1/2").exit_code, 0);
  ASSERT_EQ(RunCli(run + Out("b") + "' --shard 2/2").exit_code, 0);
  const CliResult merge =
      RunCli(run + Out("m") + "' --merge '" + Out("b") + "' --merge '" + Out("a") + "'");
  ASSERT_EQ(merge.exit_code, 0) << merge.err;
  EXPECT_EQ(merge.err, "") << "--quiet";
  EXPECT_NE(merge.out.find("toy: deal exists in "), std::string::npos) << merge.out;
  for (const char* file : {"/runs.csv", "/summary.json"}) {
    const std::string expected = Read(Out("t1") + file);
    EXPECT_FALSE(expected.empty());
    EXPECT_EQ(Read(Out("t2") + file), expected) << file;
    EXPECT_EQ(Read(Out("s1") + file), expected) << file;
    EXPECT_EQ(Read(Out("m") + file), expected) << file;
  }
  EXPECT_NE(Read(Out("a") + "/runs.csv"), Read(Out("b") + "/runs.csv"));
}

TEST_F(SweepCliTest, PrintsTheHeadlineAndPlainProgressWhenStderrIsNoTerminal) {
  const std::string spec = Write("sweep.toml", ToySweep(3));
  const CliResult r = RunCli("sweep '" + spec + "' --out '" + Out("o") + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("toy: deal exists in "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("; agreed in "), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("negsim: sweep: 30/30 runs (100%)"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find('\r'), std::string::npos) << "no progress bar off a terminal";
  const CliResult quiet =
      RunCli("sweep '" + spec + "' --out '" + Out("q") + "' --quiet");
  ASSERT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.err, "");
}

TEST_F(SweepCliTest, ExistingRowsNeedResumeOrOverwrite) {
  const std::string spec = Write("sweep.toml", ToySweep(1));
  ASSERT_EQ(RunCli("sweep '" + spec + "' --quiet --out '" + Out("o") + "'").exit_code, 0);
  const CliResult again = RunCli("sweep '" + spec + "' --quiet --out '" + Out("o") + "'");
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("--resume"), std::string::npos) << again.err;
  EXPECT_EQ(RunCli("sweep '" + spec + "' --quiet --overwrite --out '" + Out("o") + "'")
                .exit_code,
            0);
}

TEST_F(SweepCliTest, ABadSweepFileIsOneLineWithItsPositionAndExitCode2) {
  std::string text = ToySweep(1);
  text.replace(text.find("actors.russia.reservation"), 25, "actors.russia.reservaton");
  const std::string spec = Write("sweep.toml", text);
  const CliResult r = RunCli("sweep '" + spec + "' --out '" + Out("o") + "'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(spec + ":13:8: grid[1].path: unknown key 'reservaton' in actors.russia"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("did you mean 'reservation'"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_FALSE(fs::exists(Out("o")));
}

TEST_F(SweepCliTest, BadArgumentsAreBadInput) {
  const std::string spec = Write("sweep.toml", ToySweep(1));
  for (const char* args : {"--shard 3/2", "--shard x", "--threads 0", "--resume --overwrite",
                           "--merge a --shard 1/2"}) {
    const CliResult r = RunCli("sweep '" + spec + "' --out '" + Out("o") + "' " + args);
    EXPECT_EQ(r.exit_code, 2) << args << ": " << r.err;
  }
}

TEST_F(SweepCliTest, BundledSweepsRun) {
  for (const auto& entry : fs::directory_iterator(fs::path(NEGSIM_SOURCE_DIR) / "scenarios" /
                                                  "sweeps")) {
    if (entry.path().extension() != ".toml") continue;
    const CliResult r = RunCli("sweep scenarios/sweeps/" + entry.path().filename().string() +
                               " --quiet --out '" + Out(entry.path().stem().string()) + "'");
    EXPECT_EQ(r.exit_code, 0) << entry.path() << ": " << r.err;
    EXPECT_TRUE(fs::exists(Out(entry.path().stem().string()) + "/summary.json"));
  }
}

}  // namespace
}  // namespace negsim::testing
