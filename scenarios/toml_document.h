// The TOML layer of the scenario loader, shared with the sweep loader: a parsed document as a
// plain tree whose every node remembers the file, line and column it came from. Positions
// survive what toml++ nodes lose them in (copies, extends merges, overrides), so a document
// can be loaded once and copied per run. Internal to scenarios/; no toml++ types here.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "scenarios/scenario_loader.h"
#include "sim/input_error.h"
#include "sim/spec.h"

namespace negsim {

// Where a document node came from; `file` is shared by every node of one source.
struct DocPos {
  std::shared_ptr<const std::string> file;
  int line = 0;  // 1-based; 0 when the value has no line (e.g. a --set override)
  int column = 0;

  SourcePos ToSourcePos() const;
};

enum class DocType { kString, kInteger, kFloat, kBoolean, kDateTime, kArray, kTable };

struct DocEntry;

// One TOML value. Only the members of its `type` are meaningful.
struct DocNode {
  DocType type = DocType::kTable;
  DocPos pos;
  std::string text;               // kString; kDateTime as written in TOML (ISO 8601)
  std::int64_t integer = 0;       // kInteger
  double number = 0;              // kFloat
  bool boolean = false;           // kBoolean
  std::vector<DocNode> items;     // kArray
  std::vector<DocEntry> entries;  // kTable, sorted by key (as toml++ orders them)

  // The entry `key`, or nullptr when it is absent (or this is not a table).
  const DocEntry* FindEntry(std::string_view key) const;
  // The entry's value, or nullptr when `key` is absent (or this is not a table).
  const DocNode* Find(std::string_view key) const;
  DocNode* Find(std::string_view key);
  // Inserts or replaces the entry `key`; returns its value.
  DocNode& Set(std::string_view key, const DocPos& key_pos, DocNode value);
  void Erase(std::string_view key);
  // Gives this node and everything under it the position `pos`.
  void SetPosRecursive(const DocPos& pos);
};

struct DocEntry {
  std::string key;
  DocPos key_pos;  // where the key itself was written (unknown-key errors point here)
  DocNode value;
};

// "a string", "an integer", ...: for "expected X, found Y" messages.
std::string DocTypeName(DocType type);

// Parses TOML text; `source` names it in positions. Syntax errors throw InputError.
DocNode ParseToml(std::string_view text, std::string source);
// Reads and parses one file as it is (its `extends` untouched).
DocNode ParseTomlFile(const std::string& file);

// Reads `file` and the chain of files it `extends` (each path relative to the file naming it),
// merged base first by MergeDocument, with the `extends` key removed. A cycle is an error
// naming the chain.
DocNode LoadDocument(const std::string& file);

// Merges `overlay` into `base`: tables merge key by key; an array of tables whose overlay
// elements all have a string `name` merges element by element on it (new names are appended);
// any other value replaces the base's. Nodes keep the positions of the file they came from.
void MergeDocument(DocNode& base, DocNode overlay);

// One step of a key path: a table key, or an array index.
struct PathStep {
  std::string key;  // empty for an index step
  size_t index = 0;
  bool is_index() const { return key.empty(); }
};

// Splits "actors.ukraine.red_lines[0].at_most" into steps. `label` names the path's origin in
// errors (e.g. "--set PATH=VALUE").
std::vector<PathStep> ParseKeyPath(std::string_view path, const std::string& label);
// "actors.ukraine.red_lines[0]": the key path of `steps` as used in ScenarioSpec::where.
std::string JoinKeyPath(const std::vector<PathStep>& steps);

// The value of a --set override: VALUE parsed as a TOML value, or a bare word
// ([A-Za-z0-9_.+-]+) as a string. Every node gets `pos`.
DocNode ParseOverrideValue(std::string_view text, const DocPos& pos);

// Puts `value` at `path` in `document`, replacing what was there. Missing tables on the way
// are created, except actors (an actor is defined in a file); an array index must exist.
// Errors are positioned at `pos`. Unknown keys are caught later, by ReadScenarioSpec.
void SetAtPath(DocNode& document, std::string_view path, DocNode value, const DocPos& pos);

// ParseOverrideValue + SetAtPath for one --set, positioned at "--set PATH=VALUE" (line 0).
void ApplyOverride(DocNode& document, const Override& override);

// Reads a merged document into a ScenarioSpec: checks every key and type and records in
// spec.where the position of every key path read. `file` becomes spec.file.
ScenarioSpec ReadScenarioSpec(const DocNode& document, const std::string& file);

// A number as a scenario file writes it: integral values without decimals ("600000"), others
// with round-trip precision ("0.25"). Numeric issues name their options with it.
std::string FormatTomlNumber(double value);
// `value` rounded to 15 significant digits: numeric issue levels are computed as from + k*step
// and rounded, so that steps of 0.1 give the level 0.3 rather than 0.30000000000000004.
double SnapLevel(double value);

}  // namespace negsim
