// Key paths and overrides on a document: how `--set PATH=VALUE` (and, later, a sweep's
// parameters) change a loaded scenario before it is read.
#include <cctype>

#include "scenarios/toml_document.h"

namespace negsim {

namespace {

bool IsBareKeyChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}

bool IsBareWord(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (!IsBareKeyChar(c) && c != '.' && c != '+') return false;
  return true;
}

constexpr const char* kPathSyntax =
    "write keys of letters, digits, '_' and '-' joined by '.', with [n] for array elements, "
    "e.g. actors.ukraine.red_lines[0].at_most";

}  // namespace

std::vector<PathStep> ParseKeyPath(std::string_view path, const std::string& label) {
  const auto fail = [&](const std::string& problem) {
    throw InputError(SourcePos{label, 0, 0}, std::string(path), problem, kPathSyntax);
  };
  if (path.empty()) fail("the key path is empty");
  std::vector<PathStep> steps;
  size_t i = 0;
  while (true) {
    const size_t start = i;
    while (i < path.size() && IsBareKeyChar(path[i])) ++i;
    if (i == start)
      fail("expected a key at character " + std::to_string(start + 1) + " of the path");
    steps.push_back(PathStep{std::string(path.substr(start, i - start))});
    while (i < path.size() && path[i] == '[') {
      const size_t digits = ++i;
      while (i < path.size() && i - digits < 9 && std::isdigit(static_cast<unsigned char>(path[i])))
        ++i;
      if (i == digits || i >= path.size() || path[i] != ']')
        fail("expected [n] with a whole number n at character " + std::to_string(digits + 1));
      steps.push_back(PathStep{"", std::stoul(std::string(path.substr(digits, i - digits)))});
      ++i;
    }
    if (i == path.size()) return steps;
    if (path[i] != '.')
      fail("unexpected '" + std::string(1, path[i]) + "' at character " + std::to_string(i + 1));
    ++i;
  }
}

std::string JoinKeyPath(const std::vector<PathStep>& steps) {
  std::string path;
  for (const PathStep& step : steps) {
    if (step.is_index()) {
      path += '[' + std::to_string(step.index) + ']';
    } else {
      if (!path.empty()) path += '.';
      path += step.key;
    }
  }
  return path;
}

DocNode ParseOverrideValue(std::string_view text, const DocPos& pos) {
  const std::string label = pos.file ? *pos.file : std::string();
  std::string syntax_problem;
  try {
    DocNode document = ParseToml("v = " + std::string(text), label);
    if (document.entries.size() == 1 && document.entries[0].key == "v") {
      DocNode value = std::move(document.entries[0].value);
      value.SetPosRecursive(pos);
      return value;
    }
    syntax_problem = "it holds more than one value";
  } catch (const InputError& error) {
    syntax_problem = error.problem();
  }
  if (IsBareWord(text)) {
    DocNode word;
    word.type = DocType::kString;
    word.text = std::string(text);
    word.pos = pos;
    return word;
  }
  throw InputError(pos.ToSourcePos(), "",
                   "VALUE '" + std::string(text) + "' is not a TOML value (" + syntax_problem + ")",
                   "write a number, true/false, a bare word, or quoted text such as "
                   "'PATH=\"two words\"'");
}

void SetAtPath(DocNode& document, std::string_view path, DocNode value, const DocPos& pos) {
  const std::vector<PathStep> steps = ParseKeyPath(path, pos.ToSourcePos().file);
  std::vector<PathStep> walked;
  const auto fail = [&](const std::string& problem, const std::string& fix) {
    throw InputError(pos.ToSourcePos(), JoinKeyPath(walked), problem, fix);
  };
  DocNode* node = &document;
  for (size_t s = 0; s < steps.size(); ++s) {
    const PathStep& step = steps[s];
    const bool last = s + 1 == steps.size();
    const std::string here = walked.empty() ? "the top level" : JoinKeyPath(walked);
    walked.push_back(step);
    if (step.is_index()) {
      if (node->type != DocType::kArray)
        fail(here + " is " + DocTypeName(node->type) + ", not an array", "drop the [n]");
      const size_t size = node->items.size();
      if (step.index >= size)
        fail("index " + std::to_string(step.index) + " is out of range: " + here + " has " +
                 std::to_string(size) + " element" + (size == 1 ? "" : "s"),
             size == 0 ? "it has no element to change" :
                         "use an index from 0 to " + std::to_string(size - 1));
      if (last) {
        node->items[step.index] = std::move(value);
        return;
      }
      node = &node->items[step.index];
      continue;
    }
    if (node->type != DocType::kTable)
      fail(here + " is " + DocTypeName(node->type) + ", not a table, so it has no key '" +
               step.key + "'",
           "shorten the path to " + here);
    if (last) {
      node->Set(step.key, pos, std::move(value));
      return;
    }
    DocNode* child = node->Find(step.key);
    if (child == nullptr) {
      // A misspelt actor id would otherwise become a new, incomplete actor.
      if (walked.size() == 2 && walked[0].key == "actors") {
        std::vector<std::string> ids;
        for (const DocEntry& entry : node->entries) ids.push_back(entry.key);
        fail("no actor '" + step.key + "' to change", SuggestFrom(step.key, ids));
      }
      if (steps[s + 1].is_index())
        fail("no array '" + step.key + "' in " + here, "check the path");
      DocNode table;
      table.pos = pos;
      child = &node->Set(step.key, pos, std::move(table));
    }
    node = child;
  }
}

void ApplyOverride(DocNode& document, const Override& override) {
  const DocPos pos{
      std::make_shared<const std::string>("--set " + override.path + "=" + override.value), 0, 0};
  SetAtPath(document, override.path, ParseOverrideValue(override.value, pos), pos);
}

}  // namespace negsim
