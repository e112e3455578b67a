// Registry<Entry>: registered strategies or protocols by name. Entries are added by explicit
// calls (RegisterBuiltinStrategies, RegisterBuiltinProtocols), never by static initialisers,
// which static libraries silently drop. Entry needs `name`, `params` (run_params.h) and a
// static `kKind` naming what it registers in messages ("strategy", "protocol").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sim/check.h"
#include "sim/input_error.h"
#include "sim/spec.h"

namespace negsim {

template <class Entry>
class Registry {
 public:
  // Each name once (a second registration is a bug, so it aborts).
  void Add(Entry entry) {
    NEGSIM_CHECK(Find(entry.name) == nullptr);
    entries_.push_back(std::move(entry));
  }

  // nullptr when absent.
  const Entry* Find(std::string_view name) const {
    for (const Entry& entry : entries_)
      if (entry.name == name) return &entry;
    return nullptr;
  }

  // The entry named `name`, or an InputError at `key` listing the registered names.
  const Entry& Lookup(std::string_view name, const ScenarioSpec& spec,
                      const std::string& key) const {
    if (const Entry* entry = Find(name)) return *entry;
    throw InputError(spec.PosOf(key), key, "unknown " + std::string(Entry::kKind) + " '" + std::string(name) + "'",
                     SuggestFrom(name, Names()));
  }

  // In registration order.
  std::vector<std::string> Names() const {
    std::vector<std::string> names;
    for (const Entry& entry : entries_) names.push_back(entry.name);
    return names;
  }
  const std::vector<Entry>& entries() const { return entries_; }

 private:
  std::vector<Entry> entries_;
};

}  // namespace negsim
