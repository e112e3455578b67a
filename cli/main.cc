// negsim: the command-line front end. Parses the subcommand and its arguments, runs it, and
// maps failures to exit codes: 0 ok, 1 runtime failure, 2 bad input.
#include <exception>
#include <iostream>

#include "cli/commands.h"
#include "sim/input_error.h"

namespace {

constexpr const char* kVersion = "negsim 0.1.0";

std::vector<negsim::Command> AllCommands() {
  return {negsim::CheckCommand(), negsim::ZoneCommand(), negsim::RunCommand(),
          negsim::SweepCommand(), negsim::CompareCommand()};
}

void PrintUsage(std::ostream& out) {
  out << "usage: negsim COMMAND [arguments]\n\ncommands:\n";
  for (const negsim::Command& c : AllCommands()) {
    std::string name = "  " + c.decl.name;
    name.resize(10, ' ');
    out << name << c.decl.summary.substr(0, c.decl.summary.find('\n')) << '\n';
  }
  out << "\n'negsim COMMAND --help' describes one command. Exit codes: 0 ok, 1 runtime failure,"
         " 2 bad input.\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> rest(argv + 1, argv + argc);
  if (rest.empty() || rest[0] == "--help" || rest[0] == "-h" || rest[0] == "help") {
    PrintUsage(std::cout);
    return rest.empty() ? 2 : 0;
  }
  if (rest[0] == "--version") {
    std::cout << kVersion << '\n';
    return 0;
  }
  const std::vector<negsim::Command> commands = AllCommands();
  const negsim::Command* command = nullptr;
  std::vector<std::string> names;
  for (const negsim::Command& c : commands) {
    names.push_back(c.decl.name);
    if (c.decl.name == rest[0]) command = &c;
  }
  if (command == nullptr) {
    std::cerr << "negsim: error: unknown command '" << rest[0] << "'; "
              << negsim::SuggestFrom(rest[0], names) << '\n';
    return 2;
  }
  rest.erase(rest.begin());
  for (const std::string& arg : rest) {
    if (arg == "--help" || arg == "-h") {
      std::cout << negsim::HelpText(command->decl);
      return 0;
    }
  }
  try {
    const negsim::Args args(command->decl, rest);
    return command->run(args);
  } catch (const negsim::InputError& error) {
    std::cerr << "negsim: error: " << error.what() << '\n';
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "negsim: failed: " << error.what() << '\n';
    return 1;
  }
}
