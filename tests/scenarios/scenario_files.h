// Test helpers for the scenario loader: scenario text written into a fresh temporary directory
// per test, and the InputError an expression throws.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <string_view>

#include "sim/input_error.h"

namespace negsim {

// A temporary directory named after the running test, removed at the end of the test.
class ScenarioFiles {
 public:
  ScenarioFiles() {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("negsim-" + std::string(test->test_suite_name()) + "-" + test->name() + "-" +
            std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~ScenarioFiles() { std::filesystem::remove_all(dir_); }
  ScenarioFiles(const ScenarioFiles&) = delete;
  ScenarioFiles& operator=(const ScenarioFiles&) = delete;

  // Writes `text` to `name` (which may contain subdirectories); returns the file's path. One
  // leading newline is dropped, so that a raw string's first line after R"( is line 1.
  std::string Write(const std::string& name, std::string_view text) const {
    const std::filesystem::path path = dir_ / name;
    std::filesystem::create_directories(path.parent_path());
    if (text.starts_with('\n')) text.remove_prefix(1);
    std::ofstream(path) << text;
    return path.string();
  }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

 private:
  std::filesystem::path dir_;
};

// The InputError `action` throws; a test failure (and an empty error) when it throws none.
inline InputError CatchInputError(const std::function<void()>& action) {
  try {
    action();
  } catch (const InputError& error) {
    return error;
  }
  ADD_FAILURE() << "expected an InputError";
  return InputError(SourcePos{}, "", "", "");
}

// Asserts where an error points: file, line, column and key path.
inline void ExpectAt(const InputError& error, const std::string& file, int line, int column,
                     const std::string& key_path) {
  EXPECT_EQ(error.pos().file, file) << error.what();
  EXPECT_EQ(error.pos().line, line) << error.what();
  EXPECT_EQ(error.pos().column, column) << error.what();
  EXPECT_EQ(error.key_path(), key_path) << error.what();
}

}  // namespace negsim
