// InfluenceGraph: pressure between actors (Scenario::influence(), e.g. Europe on Ukraine, the
// US on both parties) as a weighted directed Boost.Graph, built once per RunSetup and applied
// once per round without allocating. Each round every edge from -> to of weight k acts on the
// start-of-round values, so the order of the edges does not matter:
//   kind "reservation": r_to -= k * max(0, r_to - r_from)   (the influencer's pull: how far
//                       the target holds out beyond the influencer; it never raises r_to)
//   kind "weights":     w_to += k * (w_from - w_to)         (per issue; stays normalised)
// The weights of the edges of one kind into one actor sum to at most 1, so each update is a
// convex combination: a reservation never falls below the lowest influencer's.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <span>
#include <vector>

#include "sim/scenario.h"

namespace negsim {

class InfluenceGraph {
 public:
  // Throws InputError (key "influence[k].weight") when the edges of one kind into one actor
  // weigh more than 1 in total.
  explicit InfluenceGraph(const Scenario& scenario);

  bool empty() const { return boost::num_edges(graph_) == 0; }
  // Does any "weights" edge point at `actor` (its weights, so its utility, change per round)?
  bool pulls_weights(int actor) const { return pulled_weights_[actor] != 0; }

  // One round of pressure on the reservations (one per actor); `start` is scratch of the same
  // size that receives the start-of-round values.
  void PullReservations(std::span<double> reservations, std::span<double> start) const;
  // One round of pressure on the weights (actor-major, num_actors x num_issues); `start` is
  // scratch of the same size.
  void PullWeights(std::span<double> weights, std::span<double> start, int num_issues) const;

 private:
  struct Edge {
    double weight = 0;
    bool on_weights = false;
  };
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                      boost::no_property, Edge>;
  Graph graph_;
  std::vector<std::uint8_t> pulled_weights_;  // per actor
};

}  // namespace negsim
