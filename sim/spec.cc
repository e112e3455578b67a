#include "sim/spec.h"

namespace negsim {

SourcePos ScenarioSpec::PosOf(std::string_view key) const {
  std::string path(key);
  while (!path.empty()) {
    if (auto it = where.find(path); it != where.end()) return it->second;
    const size_t cut = path.find_last_of(".[");
    if (cut == std::string::npos) break;
    path.resize(cut);
  }
  return SourcePos{file, 0, 0};
}

}  // namespace negsim
