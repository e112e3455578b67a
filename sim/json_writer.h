// JsonWriter: a small streaming JSON writer for negsim's machine-readable output. Keys keep the
// order they are written in, numbers print with round-trip precision, so output is
// byte-identical for identical inputs.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace negsim {

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out, bool pretty = true) : out_(out), pretty_(pretty) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  // Inside an object: the next value's key.
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Number(double value);  // NaN and infinities are written as null
  JsonWriter& Int(long long value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();

 private:
  void BeforeValue();
  void Newline();

  std::ostream& out_;
  bool pretty_;
  std::vector<bool> has_items_;  // one per open container
  bool after_key_ = false;
};

// JSON string literal with escapes, quotes included.
std::string JsonQuote(std::string_view text);
// Shortest decimal text that reads back as the same double ("0.1", "1e+20").
std::string FormatDouble(double value);

}  // namespace negsim
