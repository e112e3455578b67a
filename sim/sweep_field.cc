#include "sim/sweep_field.h"

#include <cmath>

#include "sim/check.h"

namespace negsim {

void ApplyField(ScenarioSpec& spec, const SpecField& field, double value) {
  using Kind = SpecField::Kind;
  NEGSIM_CHECK(field.actor < static_cast<int>(spec.actors.size()));
  ActorSpec* actor = field.actor >= 0 ? &spec.actors[field.actor] : nullptr;
  const auto issue_name = [&]() -> const std::string& { return spec.issues[field.issue].name; };
  switch (field.kind) {
    case Kind::kMaxRounds:
      NEGSIM_CHECK(value == std::floor(value));
      spec.protocol.max_rounds = static_cast<int>(value);
      return;
    case Kind::kProtocolParam:
      spec.protocol.params[field.name] = value;
      return;
    case Kind::kReservation:
      actor->reservation = value;
      return;
    case Kind::kReservationDrift:
      actor->reservation_drift = value;
      return;
    case Kind::kCapability:
      actor->capability = value;
      return;
    case Kind::kWeight:
      actor->weights[issue_name()] = value;
      return;
    case Kind::kValue:
      actor->values.at(issue_name()).values.at(field.item) = value;
      return;
    case Kind::kIdeal:
      actor->values.at(issue_name()).ideal = value;
      return;
    case Kind::kRedLineBound: {
      const std::vector<std::string>& options = spec.issues[field.issue].options;
      NEGSIM_CHECK(value >= 0 && value < static_cast<double>(options.size()));
      actor->red_lines.at(field.item).bound = options[static_cast<size_t>(value)];
      return;
    }
    case Kind::kSynergyValue:
      actor->synergies.at(field.item).value = value;
      return;
    case Kind::kStrategyParam:
      NEGSIM_CHECK(actor->strategy.has_value());
      actor->strategy->params[field.name] = value;
      return;
    case Kind::kInfluenceWeight:
      spec.influence.at(field.item).weight = value;
      return;
  }
  NEGSIM_CHECK(false);
}

}  // namespace negsim
