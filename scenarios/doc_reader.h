// DocCursor: one node of a document being read into a ScenarioSpec, with its key path. Typed
// accessors report wrong types, missing and unknown keys as InputErrors at the node's file,
// line and column; every cursor records its position in spec.where as it is created.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "scenarios/toml_document.h"
#include "sim/spec.h"

namespace negsim {

class DocCursor {
 public:
  // Records the position of `path` (the document root, path "", is not recorded).
  DocCursor(const DocNode& node, std::string path, ScenarioSpec& spec, std::string_view key = {});

  const DocNode& node() const { return *node_; }
  const std::string& path() const { return path_; }
  // The table key this node is stored under ("" for array elements and the root).
  std::string_view key() const { return key_; }
  DocType type() const { return node_->type; }

  [[noreturn]] void Fail(const std::string& problem, const std::string& fix) const;

  // Values: a wrong type is "expected a number, found a string". Numbers accept integers and
  // floats and must be finite.
  std::string String() const;
  double Number() const;
  std::int64_t Integer() const;
  bool Bool() const;
  // An option name: a string, or a number naming a level of a numeric issue ("600000").
  std::string OptionName() const;
  std::vector<std::string> Strings() const;
  std::vector<std::string> OptionNames() const;
  std::vector<double> Numbers() const;

  // Tables. Every other key is an "unknown key" error with a did-you-mean suggestion.
  void AllowOnly(std::initializer_list<std::string_view> keys) const;
  std::optional<DocCursor> Get(std::string_view key) const;
  // A missing key is an error; `example` shows a value for the fix ("true", "\"crimea\"").
  DocCursor Require(std::string_view key, std::string_view example) const;
  std::vector<DocCursor> Entries() const;  // every entry of a table, in key order
  std::vector<DocCursor> Items() const;    // every element of an array

 private:
  void Expect(DocType type, const char* expected, const char* fix) const;
  std::string ChildPath(std::string_view key) const;
  std::string TableName() const;

  const DocNode* node_;
  std::string path_;
  ScenarioSpec* spec_;
  std::string_view key_;
};

}  // namespace negsim
