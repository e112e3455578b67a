#include "sim/input_error.h"

#include <algorithm>
#include <sstream>

namespace negsim {

std::string FormatInputError(const SourcePos& pos, std::string_view key_path,
                             std::string_view problem, std::string_view fix) {
  std::ostringstream out;
  if (!pos.file.empty()) {
    out << pos.file;
    if (pos.line > 0) out << ':' << pos.line << ':' << pos.column;
    out << ": ";
  }
  if (!key_path.empty()) out << key_path << ": ";
  out << problem;
  if (!fix.empty()) out << "; " << fix;
  return out.str();
}

InputError::InputError(SourcePos pos, std::string key_path, std::string problem, std::string fix)
    : std::runtime_error(FormatInputError(pos, key_path, problem, fix)),
      pos_(std::move(pos)),
      key_path_(std::move(key_path)),
      problem_(std::move(problem)),
      fix_(std::move(fix)) {}

namespace {

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      const size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitute});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = std::max<size_t>(2, word.size() / 3) + 1;
  for (const std::string& candidate : candidates) {
    const size_t d = EditDistance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

std::string SuggestFrom(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string close = ClosestMatch(word, candidates);
  if (!close.empty()) return "did you mean '" + close + "'?";
  std::string list = "expected one of: ";
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (i > 0) list += ", ";
    list += candidates[i];
  }
  return list;
}

}  // namespace negsim
