// Golden transcripts: every bundled scenario (scenarios/**/*.toml but the sweep files in
// scenarios/sweeps/) played with seed 1 gives exactly the transcript stored in
// tests/golden/<path>.txt (slashes become "__"). A change in behaviour shows up as a diff
// there. After an intended change, regenerate and review:
//   NEGSIM_UPDATE_GOLDEN=1 build/tests/agents/negsim_agents_tests --gtest_filter='*Golden*'
//   git diff tests/golden/
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "scenarios/scenario_loader.h"
#include "tests/agents/bargaining_fixtures.h"

namespace negsim::testing {
namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t kGoldenSeed = 1;

// Bundled scenario files relative to the source tree, sorted.
std::vector<std::string> BundledScenarios() {
  std::vector<std::string> files;
  const fs::path root = fs::path(NEGSIM_SOURCE_DIR) / "scenarios";
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const std::string file = fs::relative(entry.path(), NEGSIM_SOURCE_DIR).generic_string();
    if (entry.is_regular_file() && entry.path().extension() == ".toml" &&
        !file.starts_with("scenarios/sweeps/"))
      files.push_back(file);
  }
  std::sort(files.begin(), files.end());
  return files;
}

fs::path GoldenPath(std::string file) {
  file = file.substr(0, file.size() - std::string(".toml").size());
  for (size_t at; (at = file.find('/')) != std::string::npos;) file.replace(at, 1, "__");
  return fs::path(NEGSIM_SOURCE_DIR) / "tests" / "golden" / (file + ".txt");
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, TranscriptMatches) {
  const std::string file = GetParam();
  const RunSetup setup(LoadScenario((fs::path(NEGSIM_SOURCE_DIR) / file).string()),
                       Builtins().protocols, Builtins().strategies);
  RunState state(setup);
  PlayRun(setup, state, kGoldenSeed);
  const std::string transcript = Output(state, RunFormat::kText, kGoldenSeed);
  const fs::path golden = GoldenPath(file);
  if (std::getenv("NEGSIM_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(golden, std::ios::binary) << transcript;
    return;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing; generate it with "
                                  << "NEGSIM_UPDATE_GOLDEN=1 (see this file's header)";
  EXPECT_EQ(transcript, ReadFile(golden)) << "regenerate with NEGSIM_UPDATE_GOLDEN=1 if the "
                                             "change is intended, and review the diff";
}

INSTANTIATE_TEST_SUITE_P(BundledScenarios, Golden, ::testing::ValuesIn(BundledScenarios()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           for (char& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

}  // namespace
}  // namespace negsim::testing
