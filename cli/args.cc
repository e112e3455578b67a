#include "cli/args.h"

#include <charconv>

#include "sim/input_error.h"

namespace negsim {

namespace {

SourcePos ArgPos() { return SourcePos{"command line", 0, 0}; }

[[noreturn]] void Fail(const std::string& key, const std::string& problem,
                       const std::string& fix) {
  throw InputError(ArgPos(), key, problem, fix);
}

}  // namespace

Args::Args(const CommandDecl& decl, const std::vector<std::string>& argv) {
  std::vector<std::string> names;
  for (const OptionDecl& o : decl.options) names.push_back("--" + o.name);
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (arg.size() < 2 || arg.compare(0, 2, "--") != 0 || arg == "--") {
      positionals_.push_back(arg);
      continue;
    }
    std::string name = arg.substr(2);
    std::string value;
    bool has_value = false;
    if (const size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name.resize(eq);
      has_value = true;
    }
    const OptionDecl* found = nullptr;
    for (const OptionDecl& o : decl.options)
      if (o.name == name) found = &o;
    if (found == nullptr)
      Fail("--" + name, "'negsim " + decl.name + "' has no option --" + name,
           SuggestFrom("--" + name, names) + " (see negsim " + decl.name + " --help)");
    if (found->metavar.empty()) {
      if (has_value) Fail("--" + name, "--" + name + " takes no value", "write it alone");
    } else if (!has_value) {
      if (i + 1 >= argv.size())
        Fail("--" + name, "--" + name + " needs a value", "write --" + name + " " + found->metavar);
      value = argv[++i];
    }
    auto& slot = values_[name];
    if (!slot.empty() && !found->repeatable)
      Fail("--" + name, "--" + name + " is given twice", "give it once");
    slot.push_back(value);
  }
  if (positionals_.size() < decl.positionals.size())
    Fail(decl.positionals[positionals_.size()], "missing " + decl.positionals[positionals_.size()],
         "usage: " + decl.usage);
  if (positionals_.size() > decl.positionals.size() && !decl.last_positional_repeats)
    Fail(positionals_[decl.positionals.size()],
         "unexpected argument '" + positionals_[decl.positionals.size()] + "'",
         "usage: " + decl.usage);
}

std::string Args::get(const std::string& option, const std::string& fallback) const {
  const auto it = values_.find(option);
  return it == values_.end() ? fallback : it->second.back();
}

const std::vector<std::string>& Args::all(const std::string& option) const {
  static const std::vector<std::string> kNone;
  const auto it = values_.find(option);
  return it == values_.end() ? kNone : it->second;
}

long long Args::GetInt(const std::string& option, long long fallback, long long min,
                       long long max) const {
  if (!has(option)) return fallback;
  const std::string text = get(option, "");
  long long value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max)
    Fail("--" + option, "'" + text + "' is not a whole number from " + std::to_string(min) +
                            " to " + std::to_string(max),
         "write e.g. --" + option + " " + std::to_string(std::max(min, std::min(fallback, max))));
  return value;
}

std::string Args::GetChoice(const std::string& option, const std::string& fallback,
                            const std::vector<std::string>& choices) const {
  const std::string value = get(option, fallback);
  for (const std::string& c : choices)
    if (c == value) return value;
  Fail("--" + option, "'" + value + "' is not a valid --" + option, SuggestFrom(value, choices));
}

std::string HelpText(const CommandDecl& decl) {
  std::string text = "usage: " + decl.usage + "\n\n" + decl.summary + "\n";
  if (!decl.options.empty()) text += "\noptions:\n";
  for (const OptionDecl& o : decl.options) {
    std::string left = "  --" + o.name + (o.metavar.empty() ? "" : " " + o.metavar);
    if (left.size() < 26) left.resize(26, ' ');
    else left += "\n" + std::string(26, ' ');
    text += left + o.help + (o.repeatable ? " (repeatable)" : "") + "\n";
  }
  return text;
}

}  // namespace negsim
