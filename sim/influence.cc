#include "sim/influence.h"

#include <algorithm>

#include "sim/json_writer.h"

namespace negsim {

InfluenceGraph::InfluenceGraph(const Scenario& scenario)
    : graph_(scenario.num_actors()), pulled_weights_(scenario.num_actors(), 0) {
  // Total incoming weight per actor and kind (0 = reservation, 1 = weights).
  std::vector<double> incoming(2 * static_cast<size_t>(scenario.num_actors()), 0.0);
  const auto edges = scenario.influence();
  for (size_t k = 0; k < edges.size(); ++k) {
    const Influence& in = edges[k];
    double& total = incoming[2 * static_cast<size_t>(in.to) + (in.on_weights ? 1 : 0)];
    total += in.weight;
    if (total > 1 + 1e-12) {
      const std::string key = "influence[" + std::to_string(k) + "].weight";
      throw InputError(scenario.spec().PosOf(key), key,
                       "the " + std::string(in.on_weights ? "weights" : "reservation") +
                           " influences on '" + scenario.actor(in.to).id + "' weigh " +
                           FormatDouble(total) + " in total, more than 1",
                       "lower the weights of the influences on this actor so they sum to 1 at most");
    }
    boost::add_edge(in.from, in.to, Edge{in.weight, in.on_weights}, graph_);
    if (in.on_weights) pulled_weights_[in.to] = 1;
  }
}

void InfluenceGraph::PullReservations(std::span<double> reservations,
                                      std::span<double> start) const {
  std::copy(reservations.begin(), reservations.end(), start.begin());
  for (auto [e, end] = boost::edges(graph_); e != end; ++e) {
    const Edge& edge = graph_[*e];
    if (edge.on_weights) continue;
    const size_t from = boost::source(*e, graph_), to = boost::target(*e, graph_);
    reservations[to] -= edge.weight * std::max(0.0, start[to] - start[from]);
  }
}

void InfluenceGraph::PullWeights(std::span<double> weights, std::span<double> start,
                                 int num_issues) const {
  std::copy(weights.begin(), weights.end(), start.begin());
  for (auto [e, end] = boost::edges(graph_); e != end; ++e) {
    const Edge& edge = graph_[*e];
    if (!edge.on_weights) continue;
    const size_t from = boost::source(*e, graph_) * num_issues;
    const size_t to = boost::target(*e, graph_) * num_issues;
    for (int i = 0; i < num_issues; ++i)
      weights[to + i] += edge.weight * (start[from + i] - start[to + i]);
  }
}

}  // namespace negsim
