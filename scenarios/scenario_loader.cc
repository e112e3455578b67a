#include "scenarios/scenario_loader.h"

#include "scenarios/toml_document.h"

namespace negsim {

Override ParseOverride(std::string_view arg) {
  const std::string label = "--set " + std::string(arg);
  const size_t equals = arg.find('=');
  if (equals == std::string_view::npos)
    throw InputError(SourcePos{label, 0, 0}, "", "expected PATH=VALUE, found no '='",
                     "write e.g. --set protocol.max_rounds=30");
  Override override{std::string(arg.substr(0, equals)), std::string(arg.substr(equals + 1))};
  // Checked now so that a malformed --set is reported before any file is read.
  ParseKeyPath(override.path, label);
  ParseOverrideValue(override.value, DocPos{std::make_shared<const std::string>(label), 0, 0});
  return override;
}

ScenarioSpec LoadScenarioSpec(const std::string& file, std::span<const Override> overrides) {
  DocNode document = LoadDocument(file);
  for (const Override& override : overrides) ApplyOverride(document, override);
  return ReadScenarioSpec(document, file);
}

std::shared_ptr<const Scenario> LoadScenario(const std::string& file,
                                             std::span<const Override> overrides,
                                             std::vector<std::string>* notes) {
  return Compile(LoadScenarioSpec(file, overrides), notes);
}

}  // namespace negsim
