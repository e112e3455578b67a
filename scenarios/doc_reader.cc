#include "scenarios/doc_reader.h"

#include <cmath>

namespace negsim {

namespace {

constexpr const char* kStringFix = "put the text in double quotes, e.g. \"text\"";
constexpr const char* kArrayFix = "write a list in brackets, e.g. [\"a\", \"b\"]";
constexpr const char* kTableFix = "write a table: a [section] or { key = value }";

}  // namespace

DocCursor::DocCursor(const DocNode& node, std::string path, ScenarioSpec& spec,
                     std::string_view key)
    : node_(&node), path_(std::move(path)), spec_(&spec), key_(key) {
  if (!path_.empty()) spec_->where[path_] = node.pos.ToSourcePos();
}

void DocCursor::Fail(const std::string& problem, const std::string& fix) const {
  throw InputError(node_->pos.ToSourcePos(), path_, problem, fix);
}

void DocCursor::Expect(DocType type, const char* expected, const char* fix) const {
  if (node_->type != type)
    Fail(std::string("expected ") + expected + ", found " + DocTypeName(node_->type), fix);
}

std::string DocCursor::String() const {
  Expect(DocType::kString, "a string", kStringFix);
  return node_->text;
}

double DocCursor::Number() const {
  if (node_->type == DocType::kInteger) return static_cast<double>(node_->integer);
  Expect(DocType::kFloat, "a number", "write a number without quotes, e.g. 0.5");
  if (!std::isfinite(node_->number))
    Fail("expected a finite number, found " + FormatTomlNumber(node_->number),
         "write an ordinary number, e.g. 0.5");
  return node_->number;
}

std::int64_t DocCursor::Integer() const {
  Expect(DocType::kInteger, "an integer", "write a whole number without quotes, e.g. 30");
  return node_->integer;
}

bool DocCursor::Bool() const {
  Expect(DocType::kBoolean, "a boolean", "write true or false (no quotes)");
  return node_->boolean;
}

std::string DocCursor::OptionName() const {
  if (node_->type == DocType::kInteger || node_->type == DocType::kFloat)
    return FormatTomlNumber(Number());
  Expect(DocType::kString, "an option name", kStringFix);
  return node_->text;
}

std::vector<std::string> DocCursor::Strings() const {
  std::vector<std::string> out;
  for (const DocCursor& item : Items()) out.push_back(item.String());
  return out;
}

std::vector<std::string> DocCursor::OptionNames() const {
  std::vector<std::string> out;
  for (const DocCursor& item : Items()) out.push_back(item.OptionName());
  return out;
}

std::vector<double> DocCursor::Numbers() const {
  std::vector<double> out;
  for (const DocCursor& item : Items()) out.push_back(item.Number());
  return out;
}

std::string DocCursor::ChildPath(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

std::string DocCursor::TableName() const { return path_.empty() ? "the top level" : path_; }

void DocCursor::AllowOnly(std::initializer_list<std::string_view> keys) const {
  Expect(DocType::kTable, "a table", kTableFix);
  for (const DocEntry& entry : node_->entries) {
    bool known = false;
    for (std::string_view key : keys) known = known || key == entry.key;
    if (known) continue;
    throw InputError(entry.key_pos.ToSourcePos(), ChildPath(entry.key),
                     "unknown key '" + entry.key + "' in " + TableName(),
                     SuggestFrom(entry.key, std::vector<std::string>(keys.begin(), keys.end())));
  }
}

std::optional<DocCursor> DocCursor::Get(std::string_view key) const {
  Expect(DocType::kTable, "a table", kTableFix);
  const DocEntry* entry = node_->FindEntry(key);
  if (entry == nullptr) return std::nullopt;
  return DocCursor(entry->value, ChildPath(key), *spec_, entry->key);
}

DocCursor DocCursor::Require(std::string_view key, std::string_view example) const {
  std::optional<DocCursor> child = Get(key);
  if (!child)
    throw InputError(node_->pos.ToSourcePos(), ChildPath(key),
                     "missing required key '" + std::string(key) + "' in " + TableName(),
                     "add " + std::string(key) + " = " + std::string(example));
  return *std::move(child);
}

std::vector<DocCursor> DocCursor::Entries() const {
  Expect(DocType::kTable, "a table", kTableFix);
  std::vector<DocCursor> out;
  out.reserve(node_->entries.size());
  for (const DocEntry& entry : node_->entries)
    out.emplace_back(entry.value, ChildPath(entry.key), *spec_, entry.key);
  return out;
}

std::vector<DocCursor> DocCursor::Items() const {
  Expect(DocType::kArray, "an array", kArrayFix);
  std::vector<DocCursor> out;
  out.reserve(node_->items.size());
  for (size_t i = 0; i < node_->items.size(); ++i)
    out.emplace_back(node_->items[i], path_ + "[" + std::to_string(i) + "]", *spec_);
  return out;
}

}  // namespace negsim
