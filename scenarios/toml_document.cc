#include "scenarios/toml_document.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

#include "sim/json_writer.h"

namespace negsim {

SourcePos DocPos::ToSourcePos() const {
  return SourcePos{file ? *file : std::string(), line, column};
}

namespace {

bool KeyLess(const DocEntry& entry, std::string_view key) { return entry.key < key; }

}  // namespace

const DocEntry* DocNode::FindEntry(std::string_view key) const {
  const auto it = std::lower_bound(entries.begin(), entries.end(), key, KeyLess);
  return it != entries.end() && it->key == key ? &*it : nullptr;
}

const DocNode* DocNode::Find(std::string_view key) const {
  const DocEntry* entry = FindEntry(key);
  return entry != nullptr ? &entry->value : nullptr;
}

DocNode* DocNode::Find(std::string_view key) {
  return const_cast<DocNode*>(std::as_const(*this).Find(key));
}

DocNode& DocNode::Set(std::string_view key, const DocPos& key_pos, DocNode value) {
  auto it = std::lower_bound(entries.begin(), entries.end(), key, KeyLess);
  if (it != entries.end() && it->key == key) {
    it->key_pos = key_pos;
    it->value = std::move(value);
  } else {
    it = entries.insert(it, DocEntry{std::string(key), key_pos, std::move(value)});
  }
  return it->value;
}

void DocNode::Erase(std::string_view key) {
  const auto it = std::lower_bound(entries.begin(), entries.end(), key, KeyLess);
  if (it != entries.end() && it->key == key) entries.erase(it);
}

void DocNode::SetPosRecursive(const DocPos& new_pos) {
  pos = new_pos;
  for (DocNode& item : items) item.SetPosRecursive(new_pos);
  for (DocEntry& entry : entries) {
    entry.key_pos = new_pos;
    entry.value.SetPosRecursive(new_pos);
  }
}

std::string DocTypeName(DocType type) {
  switch (type) {
    case DocType::kString: return "a string";
    case DocType::kInteger: return "an integer";
    case DocType::kFloat: return "a float";
    case DocType::kBoolean: return "a boolean";
    case DocType::kDateTime: return "a date-time";
    case DocType::kArray: return "an array";
    case DocType::kTable: return "a table";
  }
  return "a value";
}

std::string FormatTomlNumber(double value) {
  // Below 1e15 every integral double prints exactly as an integer; to_chars alone would pick
  // the shorter "9e+05" for 900000.
  if (value == std::floor(value) && std::abs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  return FormatDouble(value);
}

double SnapLevel(double value) {
  if (value == std::floor(value) && std::abs(value) < 1e15) return value;  // already exact
  char text[32];
  std::snprintf(text, sizeof text, "%.15g", value);
  return std::strtod(text, nullptr);
}

namespace {

DocPos ToDocPos(const toml::source_region& source) {
  return DocPos{source.path, static_cast<int>(source.begin.line),
                static_cast<int>(source.begin.column)};
}

template <typename T>
std::string PrintToText(const T& value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

DocNode Convert(const toml::node& node) {
  DocNode out;
  out.pos = ToDocPos(node.source());
  switch (node.type()) {
    case toml::node_type::table:
      out.type = DocType::kTable;
      // toml++ tables iterate in key order, which DocNode::Find relies on.
      for (auto&& [key, value] : *node.as_table())
        out.entries.push_back(DocEntry{std::string(key.str()), ToDocPos(key.source()), Convert(value)});
      break;
    case toml::node_type::array:
      out.type = DocType::kArray;
      out.items.reserve(node.as_array()->size());
      for (const toml::node& item : *node.as_array()) out.items.push_back(Convert(item));
      break;
    case toml::node_type::string:
      out.type = DocType::kString;
      out.text = node.as_string()->get();
      break;
    case toml::node_type::integer:
      out.type = DocType::kInteger;
      out.integer = node.as_integer()->get();
      break;
    case toml::node_type::floating_point:
      out.type = DocType::kFloat;
      out.number = node.as_floating_point()->get();
      break;
    case toml::node_type::boolean:
      out.type = DocType::kBoolean;
      out.boolean = node.as_boolean()->get();
      break;
    case toml::node_type::date:
      out.type = DocType::kDateTime;
      out.text = PrintToText(node.as_date()->get());
      break;
    case toml::node_type::time:
      out.type = DocType::kDateTime;
      out.text = PrintToText(node.as_time()->get());
      break;
    case toml::node_type::date_time:
      out.type = DocType::kDateTime;
      out.text = PrintToText(node.as_date_time()->get());
      break;
    case toml::node_type::none:
      break;
  }
  return out;
}

}  // namespace

DocNode ParseToml(std::string_view text, std::string source) {
  try {
    const toml::table table = toml::parse(text, std::move(source));
    return Convert(table);
  } catch (const toml::parse_error& error) {
    const toml::source_region& where = error.source();
    throw InputError(
        SourcePos{where.path ? *where.path : std::string(), static_cast<int>(where.begin.line),
                  static_cast<int>(where.begin.column)},
        "", "TOML syntax error: " + std::string(error.description()),
        "fix the syntax here (see https://toml.io)");
  }
}

DocNode ParseTomlFile(const std::string& file) {
  std::ifstream in(file, std::ios::binary | std::ios::ate);
  std::string text;
  if (in) {
    text.resize(static_cast<size_t>(in.tellg()));
    in.seekg(0).read(text.data(), static_cast<std::streamsize>(text.size()));
  }
  if (!in) throw InputError(SourcePos{file, 0, 0}, "", "cannot read the file", "check the path");
  return ParseToml(text, file);
}

namespace {

// One file of an extends chain: its path as named (for messages) and canonical (for cycles).
struct ChainLink {
  std::string file;
  std::filesystem::path canonical;
};

std::filesystem::path Canonical(const std::filesystem::path& path) {
  std::error_code error;
  std::filesystem::path canonical = std::filesystem::weakly_canonical(path, error);
  return error ? path.lexically_normal() : canonical;
}

DocNode LoadChain(const std::string& file, std::vector<ChainLink>& chain) {
  DocNode document = ParseTomlFile(file);
  const DocNode* extends = document.Find("extends");
  if (extends == nullptr) return document;
  const SourcePos at = extends->pos.ToSourcePos();
  if (extends->type != DocType::kString)
    throw InputError(at, "extends", "expected a string, found " + DocTypeName(extends->type),
                     "write extends = \"base.toml\" (a path relative to this file)");
  const std::filesystem::path base_path =
      (std::filesystem::path(file).parent_path() / extends->text).lexically_normal();
  const std::string base = base_path.string();
  const std::filesystem::path canonical = Canonical(base_path);
  for (size_t k = 0; k < chain.size(); ++k) {
    if (chain[k].canonical != canonical) continue;
    std::string cycle;
    for (size_t j = k; j < chain.size(); ++j) cycle += chain[j].file + " -> ";
    throw InputError(at, "extends", "extends cycle: " + cycle + base,
                     "remove the extends that leads back to a file already in the chain");
  }
  std::error_code error;
  if (!std::filesystem::is_regular_file(base_path, error))
    throw InputError(at, "extends",
                     "cannot read '" + extends->text + "' (looked for '" + base + "')",
                     "extends takes a path relative to the file that names it");
  chain.push_back(ChainLink{base, canonical});
  DocNode merged = LoadChain(base, chain);
  document.Erase("extends");
  MergeDocument(merged, std::move(document));
  return merged;
}

// Arrays of tables merge on `name` when every overlay element has one (issues, named red
// lines); the base's unnamed elements are then kept as they are.
bool MergesByName(const DocNode& base, const DocNode& overlay) {
  if (base.type != DocType::kArray || overlay.type != DocType::kArray || overlay.items.empty())
    return false;
  for (const DocNode& item : base.items)
    if (item.type != DocType::kTable) return false;
  for (const DocNode& item : overlay.items) {
    const DocNode* name = item.Find("name");
    if (item.type != DocType::kTable || name == nullptr || name->type != DocType::kString)
      return false;
  }
  return true;
}

DocNode* FindByName(DocNode& array, const std::string& name) {
  for (DocNode& item : array.items) {
    const DocNode* item_name = item.Find("name");
    if (item_name != nullptr && item_name->type == DocType::kString && item_name->text == name)
      return &item;
  }
  return nullptr;
}

}  // namespace

DocNode LoadDocument(const std::string& file) {
  std::vector<ChainLink> chain{ChainLink{file, Canonical(file)}};
  return LoadChain(file, chain);
}

void MergeDocument(DocNode& base, DocNode overlay) {
  for (DocEntry& entry : overlay.entries) {
    DocNode* existing = base.Find(entry.key);
    if (existing != nullptr && existing->type == DocType::kTable &&
        entry.value.type == DocType::kTable) {
      MergeDocument(*existing, std::move(entry.value));
    } else if (existing != nullptr && MergesByName(*existing, entry.value)) {
      for (DocNode& item : entry.value.items) {
        const std::string name = item.Find("name")->text;
        if (DocNode* match = FindByName(*existing, name)) {
          MergeDocument(*match, std::move(item));
        } else {
          existing->items.push_back(std::move(item));
        }
      }
    } else {
      base.Set(entry.key, entry.key_pos, std::move(entry.value));
    }
  }
}

}  // namespace negsim
