// InputError: bad input from a user (a scenario file, a --set override, a sweep spec), reported
// as one line naming file, line, column, key path, what is wrong and how to fix it. The CLI
// prints it and exits with code 2.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace negsim {

// Where a value came from: a file and a 1-based line and column; line 0 means "no position"
// (a value built in code, or a whole-file problem).
struct SourcePos {
  std::string file;
  int line = 0;
  int column = 0;
};

class InputError : public std::runtime_error {
 public:
  InputError(SourcePos pos, std::string key_path, std::string problem, std::string fix);

  const SourcePos& pos() const { return pos_; }
  const std::string& key_path() const { return key_path_; }
  const std::string& problem() const { return problem_; }
  const std::string& fix() const { return fix_; }

 private:
  SourcePos pos_;
  std::string key_path_;
  std::string problem_;
  std::string fix_;
};

// "file:line:column: key: problem; fix" (parts without a value are left out).
std::string FormatInputError(const SourcePos& pos, std::string_view key_path,
                             std::string_view problem, std::string_view fix);

// The candidate closest to `word` by edit distance, if close enough to be a likely misspelling;
// empty otherwise. Used for "did you mean ..." suggestions.
std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates);

// "did you mean 'x'?" when a close match exists, else "expected one of: a, b, c".
std::string SuggestFrom(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace negsim
