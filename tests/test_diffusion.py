"""Tests of smm_course.diffusion: cascades against exact values, their properties, greedy seeding, growth models."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smm_course import diffusion
from smm_course.diffusion import (
    bass_adoptions,
    bass_cumulative,
    fit_bass,
    greedy_seeds,
    independent_cascade,
    k_factor,
    linear_threshold,
    viral_growth,
)

TOLERANCE_IN_STANDARD_ERRORS = 4.5


def assert_close_to_exact(result, exact):
    gap = abs(result.mean - exact)
    assert gap <= TOLERANCE_IN_STANDARD_ERRORS * result.std_error, (
        f"mean {result.mean:.4f} is {gap / result.std_error:.1f} standard errors from the exact {exact:.4f}"
    )


def exact_cascade_reach(graph, seeds, p):
    """Expected reach by enumerating every live-edge world (Kempe et al. 2003): only for tiny graphs."""
    arcs = list(graph.edges()) + ([] if graph.is_directed() else [(v, u) for u, v in graph.edges()])
    expected = 0.0
    for live in itertools.product([False, True], repeat=len(arcs)):
        world = nx.DiGraph([arc for arc, on in zip(arcs, live) if on])
        world.add_nodes_from(graph)
        reached = set(seeds).union(*(nx.descendants(world, s) for s in seeds))
        chance = np.prod([p if on else 1 - p for on in live])
        expected += chance * len(reached)
    return expected


# --- independent cascade against exact values -------------------------------------------------------


@pytest.mark.parametrize("directed", [True, False])
def test_star_from_the_centre_reaches_one_plus_n_minus_one_times_p(directed):
    n, p = 21, 0.3
    star = nx.star_graph(n - 1, create_using=nx.DiGraph if directed else nx.Graph)
    result = independent_cascade(star, seeds=0, p=p, runs=4000, random_state=11)
    assert_close_to_exact(result, 1 + (n - 1) * p)
    assert result.new_per_step[0] == 1


def test_path_from_one_end_reaches_the_sum_of_powers_of_p():
    n, p = 12, 0.8
    path = nx.path_graph(n, create_using=nx.DiGraph)
    result = independent_cascade(path, seeds=0, p=p, runs=4000, random_state=5)
    assert_close_to_exact(result, sum(p**i for i in range(n)))
    # step i reaches node i with probability p**i
    steps = result.new_per_step
    expected_steps = p ** np.arange(len(steps))
    assert np.all(np.abs(steps - expected_steps) < 5 * np.sqrt(expected_steps * (1 - expected_steps) / 4000) + 1e-12)


def test_small_graph_with_cycles_matches_the_enumerated_expectation():
    graph = nx.Graph([(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 2), (4, 5)])
    p = 0.4
    result = independent_cascade(graph, seeds=[0], p=p, runs=6000, random_state=2)
    assert_close_to_exact(result, exact_cascade_reach(graph, [0], p))


def test_edge_attribute_probabilities_are_used_per_edge():
    graph = nx.DiGraph()
    graph.add_edge("a", "b", chance=1.0)
    graph.add_edge("a", "c", chance=0.0)
    graph.add_edge("b", "d", chance=1.0)
    graph.add_edge("b", "e", chance=0.5)
    result = independent_cascade(graph, "a", p="chance", runs=3000, random_state=4)
    assert set(result.reach) <= {3, 4}
    assert_close_to_exact(result, 3.5)


# --- the shape of a result ----------------------------------------------------------------------------


def test_result_fields_are_consistent():
    result = independent_cascade(nx.karate_club_graph(), seeds=[0, 33], p=0.1, runs=500, random_state=0)
    assert result.runs == 500 and result.reach.shape == (500,)
    assert result.reach.min() >= 2  # the two seeds always count
    assert result.mean == pytest.approx(result.reach.mean())
    assert result.std_error == pytest.approx(result.reach.std(ddof=1) / np.sqrt(500))
    assert result.ci95 == pytest.approx((result.mean - 1.96 * result.std_error, result.mean + 1.96 * result.std_error))
    assert result.new_per_step[0] == 2
    assert result.new_per_step.sum() == pytest.approx(result.mean)
    assert result.new_per_step[-1] > 0  # no empty step at the end
    assert result.n_nodes == 34 and result.mean_share == pytest.approx(result.mean / 34)
    assert "independent cascade: 500 runs from 2 seed(s) on 34 nodes; mean reach" in repr(result)


def test_p_one_reaches_the_whole_component_and_max_steps_stops_early():
    path = nx.path_graph(7)  # undirected: the message goes both ways from the middle
    assert independent_cascade(path, seeds=3, p=1.0, runs=5, random_state=0).mean == 7
    stopped = independent_cascade(path, seeds=3, p=1.0, runs=5, random_state=0, max_steps=2)
    assert stopped.mean == 5
    assert stopped.new_per_step.tolist() == [1, 2, 2]
    assert independent_cascade(path, seeds=3, p=0.0, runs=5, random_state=0).mean == 1


def test_single_run_has_no_standard_error():
    result = independent_cascade(nx.path_graph(3), seeds=0, p=0.5, runs=1, random_state=0)
    assert result.runs == 1 and np.isnan(result.std_error)


def test_seeds_given_twice_count_once():
    result = independent_cascade(nx.path_graph(3), seeds=[0, 0], p=0.0, runs=3, random_state=0)
    assert result.seeds == (0,) and result.mean == 1


def test_changed_graph_is_not_served_from_the_cache():
    graph = nx.path_graph(3, create_using=nx.DiGraph)
    assert independent_cascade(graph, 0, p=1.0, runs=2, random_state=0).mean == 3
    graph.add_edge(2, 3)
    assert independent_cascade(graph, 0, p=1.0, runs=2, random_state=0).mean == 4
    graph.remove_edge(1, 2)
    graph.add_edge(1, 0)  # rewired with the same counts of nodes and edges: that needs clear_cache
    diffusion.clear_cache()
    assert independent_cascade(graph, 0, p=1.0, runs=2, random_state=0).mean == 2


# --- properties -----------------------------------------------------------------------------------------


small_graphs = st.builds(
    lambda n, density, seed, directed: nx.gnp_random_graph(n, density, seed=seed, directed=directed),
    n=st.integers(4, 14),
    density=st.floats(0.1, 0.6),
    seed=st.integers(0, 10_000),
    directed=st.booleans(),
)


@settings(max_examples=40, deadline=None)
@given(graph=small_graphs, data=st.data())
def test_more_seeds_never_reach_fewer_people(graph, data):
    nodes = list(graph.nodes)
    smaller = data.draw(st.lists(st.sampled_from(nodes), min_size=1, max_size=3, unique=True))
    extra = data.draw(st.lists(st.sampled_from(nodes), max_size=3, unique=True))
    p = data.draw(st.floats(0.05, 0.9))
    state = data.draw(st.integers(0, 2**32))
    few = independent_cascade(graph, smaller, p, runs=100, random_state=state)
    more = independent_cascade(graph, smaller + extra, p, runs=100, random_state=state)
    # common random numbers: the property holds run by run, not only on average
    assert np.all(more.reach >= few.reach)


@settings(max_examples=40, deadline=None)
@given(graph=small_graphs, low=st.floats(0, 1), high=st.floats(0, 1), state=st.integers(0, 2**32))
def test_higher_p_never_reaches_fewer_people(graph, low, high, state):
    low, high = sorted((low, high))
    seed = next(iter(graph.nodes))
    weak = independent_cascade(graph, seed, low, runs=100, random_state=state)
    strong = independent_cascade(graph, seed, high, runs=100, random_state=state)
    assert np.all(strong.reach >= weak.reach)


@settings(max_examples=40, deadline=None)
@given(graph=small_graphs, data=st.data())
def test_spread_is_submodular(graph, data):
    nodes = list(graph.nodes)
    small = data.draw(st.lists(st.sampled_from(nodes), max_size=2, unique=True))
    large = small + data.draw(st.lists(st.sampled_from(nodes), max_size=3, unique=True))
    newcomer = data.draw(st.sampled_from(nodes))
    p = data.draw(st.floats(0.05, 0.9))
    state = data.draw(st.integers(0, 2**32))

    def reach(seeds):
        return independent_cascade(graph, seeds, p, runs=100, random_state=state).reach

    gain_to_small = reach(small + [newcomer]) - reach(small)
    gain_to_large = reach(large + [newcomer]) - reach(large)
    assert np.all(gain_to_small >= gain_to_large)


@settings(max_examples=25, deadline=None)
@given(graph=small_graphs, state=st.integers(0, 2**63), model=st.sampled_from(["ic", "lt"]))
def test_same_random_state_same_result_and_global_random_state_untouched(graph, state, model):
    seed = next(iter(graph.nodes))
    numpy_before = np.random.get_state()[1].copy()
    python_before = random.getstate()

    def simulate():
        if model == "ic":
            return independent_cascade(graph, seed, 0.4, runs=50, random_state=state)
        return linear_threshold(graph, seed, runs=50, random_state=state)

    first, second = simulate(), simulate()
    assert np.array_equal(first.reach, second.reach)
    assert np.array_equal(first.new_per_step, second.new_per_step)
    assert np.array_equal(np.random.get_state()[1], numpy_before)
    assert random.getstate() == python_before


def test_other_random_states_give_other_runs():
    club = nx.karate_club_graph()
    first = independent_cascade(club, 0, 0.2, runs=200, random_state=1)
    other = independent_cascade(club, 0, 0.2, runs=200, random_state=2)
    assert not np.array_equal(first.reach, other.reach)
    generator = np.random.default_rng(1)
    from_generator = independent_cascade(club, 0, 0.2, runs=200, random_state=generator)
    assert np.array_equal(from_generator.reach, first.reach)


# --- linear threshold -------------------------------------------------------------------------------------


def test_linear_threshold_with_two_equal_friends_convinces_half_the_time():
    # v hears from a (a seed) and b (never active): weight 1/2 each, so v joins when theta <= 1/2;
    # x has v as its only in-neighbour (weight 1), so it follows v
    graph = nx.DiGraph([("a", "v"), ("b", "v"), ("v", "x")])
    result = linear_threshold(graph, "a", runs=4000, random_state=8)
    assert_close_to_exact(result, 1 + 0.5 + 0.5)
    assert set(result.reach) == {1, 3}


def test_linear_threshold_pressure_from_several_friends_adds_up():
    graph = nx.DiGraph([("a", "v"), ("b", "v"), ("c", "v")])
    one = linear_threshold(graph, "a", runs=4000, random_state=3)
    two = linear_threshold(graph, ["a", "b"], runs=4000, random_state=3)
    assert_close_to_exact(one, 1 + 1 / 3)
    assert_close_to_exact(two, 2 + 2 / 3)


def test_linear_threshold_custom_weights_and_their_check():
    graph = nx.DiGraph()
    graph.add_edge("a", "v", w=0.9)
    graph.add_edge("b", "v", w=0.1)
    assert_close_to_exact(linear_threshold(graph, "a", weights="w", runs=4000, random_state=1), 1.9)
    graph.add_edge("c", "v", w=0.5)
    with pytest.raises(ValueError, match="add up to at most 1.*into node 'v' they add up to 1.5"):
        linear_threshold(graph, "a", weights="w")
    with pytest.raises(ValueError, match="weights must be None"):
        linear_threshold(graph, "a", weights=0.5)


# --- greedy seeding ----------------------------------------------------------------------------------------


def overlapping_hubs():
    """Two big hubs that share one audience, and a smaller hub with an audience of its own."""
    graph = nx.DiGraph()
    shared = [f"fan{i}" for i in range(30)]
    for hub in ("hub_a", "hub_b"):
        graph.add_edges_from((hub, fan) for fan in shared)
    graph.add_edges_from(("hub_c", f"own{i}") for i in range(20))
    return graph


def test_greedy_beats_the_biggest_hubs_when_hubs_overlap():
    graph = overlapping_hubs()
    picked = greedy_seeds(graph, k=2, p=0.5, runs=200, random_state=1)
    assert picked["seed"].tolist() in (["hub_a", "hub_c"], ["hub_b", "hub_c"])
    by_degree = [node for node, _ in sorted(graph.out_degree, key=lambda pair: -pair[1])[:2]]
    assert set(by_degree) == {"hub_a", "hub_b"}
    greedy_reach = independent_cascade(graph, picked["seed"].tolist(), 0.5, runs=2000, random_state=99)
    hubs_reach = independent_cascade(graph, by_degree, 0.5, runs=2000, random_state=99)
    assert greedy_reach.mean - hubs_reach.mean > 5 * np.hypot(greedy_reach.std_error, hubs_reach.std_error)


def plain_greedy(graph, k, p, runs, random_state):
    """Textbook greedy without lazy evaluation, scoring with independent_cascade itself."""
    chosen, spreads = [], []
    for _ in range(k):
        best, best_mean = None, -1.0
        for node in graph.nodes:
            if node in chosen:
                continue
            mean = independent_cascade(graph, chosen + [node], p, runs=runs, random_state=random_state).mean
            if mean > best_mean:
                best, best_mean = node, mean
        chosen.append(best)
        spreads.append(best_mean)
    return chosen, spreads


@pytest.mark.parametrize(("seed", "directed"), [(0, True), (1, True), (2, False)])
def test_celf_picks_the_same_seeds_as_plain_greedy_with_fewer_evaluations(seed, directed):
    graph = nx.gnp_random_graph(25, 0.12 if directed else 0.08, seed=seed, directed=directed)
    k, p, runs = 4, 0.3, 60
    chosen, spreads = plain_greedy(graph, k, p, runs, random_state=seed)
    table = greedy_seeds(graph, k=k, p=p, runs=runs, random_state=seed)
    assert table["seed"].tolist() == chosen
    assert table["spread"].tolist() == pytest.approx(spreads)
    assert table["marginal_gain"].tolist() == pytest.approx(np.diff([0.0] + spreads).tolist())
    assert table.attrs["evaluations"] < k * graph.number_of_nodes()


def test_greedy_spread_is_what_independent_cascade_reports_for_those_seeds():
    club = nx.karate_club_graph()
    table = greedy_seeds(club, k=3, p=0.15, runs=300, random_state=4)
    assert list(table.columns) == ["step", "seed", "marginal_gain", "spread", "std_error"]
    assert table["step"].tolist() == [1, 2, 3]
    check = independent_cascade(club, table["seed"].tolist(), 0.15, runs=300, random_state=4)
    assert table["spread"].iloc[-1] == pytest.approx(check.mean)
    assert table["std_error"].iloc[-1] == pytest.approx(check.std_error)
    assert table["marginal_gain"].is_monotonic_decreasing


def test_greedy_with_probabilities_on_the_edges():
    graph = nx.gnp_random_graph(30, 0.1, seed=3, directed=True)
    rng = np.random.default_rng(0)
    nx.set_edge_attributes(graph, {edge: float(rng.uniform(0, 0.6)) for edge in graph.edges}, "chance")
    table = greedy_seeds(graph, k=3, p="chance", runs=100, random_state=6)
    check = independent_cascade(graph, table["seed"].tolist(), "chance", runs=100, random_state=6)
    assert table["spread"].iloc[-1] == pytest.approx(check.mean)


def test_greedy_respects_candidates():
    graph = overlapping_hubs()
    table = greedy_seeds(graph, k=2, p=0.5, runs=50, random_state=0, candidates=["hub_b", "fan1", "fan2"])
    assert table["seed"].iloc[0] == "hub_b"
    assert set(table["seed"]) <= {"hub_b", "fan1", "fan2"}


# --- arguments that are wrong ----------------------------------------------------------------------------------


def test_bad_arguments_get_messages_that_name_them():
    club = nx.karate_club_graph()
    with pytest.raises(ValueError, match=r"p must be a probability between 0 and 1 \(e\.g\. 0\.05 for 5%\)"):
        independent_cascade(club, 0, p=5)
    with pytest.raises(ValueError, match="p must be a probability"):
        independent_cascade(club, 0, p=-0.1)
    with pytest.raises(ValueError, match=r"seeds has 1 node\(s\) that are not in the graph, e\.g\. \[99\]"):
        independent_cascade(club, [0, 99], p=0.1)
    with pytest.raises(ValueError, match="runs must be a whole number of at least 1"):
        independent_cascade(club, 0, p=0.1, runs=0)
    with pytest.raises(ValueError, match="max_steps must be a whole number of at least 0"):
        independent_cascade(club, 0, p=0.1, max_steps=-1)
    with pytest.raises(ValueError, match="random_state must be None, a non-negative whole number"):
        independent_cascade(club, 0, p=0.1, random_state=-3)
    with pytest.raises(ValueError, match="progress must be True, False or None"):
        independent_cascade(club, 0, p=0.1, progress="yes")
    with pytest.raises(ValueError, match=r"k must be at most the number of candidate seeds \(34\)"):
        greedy_seeds(club, k=35, p=0.1)
    with pytest.raises(ValueError, match=r"k must be at most the number of candidate seeds \(2\)"):
        greedy_seeds(club, k=3, p=0.1, candidates=[0, 1])
    with pytest.raises(ValueError, match="graph must be a networkx graph"):
        independent_cascade({0: [1]}, 0, p=0.1)


def test_edge_attribute_problems_are_explained():
    graph = nx.DiGraph()
    graph.add_edge(0, 1, chance=0.2)
    graph.add_edge(1, 2)
    with pytest.raises(ValueError, match=r"1 of 2 edges lack it, e\.g\. \[\(1, 2\)\].*set_edge_attributes"):
        independent_cascade(graph, 0, p="chance")
    graph.edges[1, 2]["chance"] = 20
    with pytest.raises(ValueError, match="found values from 0.2 to 20. Rescale them"):
        independent_cascade(graph, 0, p="chance")


# --- progress bars ------------------------------------------------------------------------------------------


def test_no_progress_bar_outside_notebooks_unless_asked(capsys):
    graph = nx.karate_club_graph()
    independent_cascade(graph, 0, 0.1, runs=200, random_state=0)
    greedy_seeds(graph, k=2, p=0.1, runs=20, random_state=0)
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
    independent_cascade(graph, 0, 0.1, runs=200, random_state=0, progress=True)
    assert "independent cascade" in capsys.readouterr().err


# --- K-factor ---------------------------------------------------------------------------------------------------


def test_k_factor_is_invites_times_conversion():
    assert k_factor(10, 0.05) == pytest.approx(0.5)
    rates = pd.Series([0.1, 0.2], index=["spring", "autumn"])
    result = k_factor(5, rates)
    assert isinstance(result, pd.Series) and result.to_dict() == pytest.approx({"spring": 0.5, "autumn": 1.0})
    with pytest.raises(ValueError, match=r"conversion_rate must be in \[0, 1\]; found 15.*0\.05 for 5%"):
        k_factor(10, 15)
    with pytest.raises(ValueError, match="invites_per_user must not be negative"):
        k_factor(-1, 0.1)


def test_viral_growth_table_matches_hand_computed_rows():
    table = viral_growth(initial_users=200, k=1.5, cycles=3)
    expected = pd.DataFrame(
        {"cycle": [0, 1, 2, 3], "new_users": [200.0, 300.0, 450.0, 675.0], "cumulative_users": [200.0, 500.0, 950.0, 1625.0]}
    )
    pd.testing.assert_frame_equal(table, expected, check_dtype=False)
    assert table["cycle"].dtype.kind == "i"


def test_viral_growth_below_one_levels_off():
    table = viral_growth(initial_users=1000, k=0.6, cycles=60)
    assert table["cumulative_users"].iloc[-1] == pytest.approx(1000 / (1 - 0.6))
    assert viral_growth(50, 2, 0)["cumulative_users"].tolist() == [50.0]
    with pytest.raises(ValueError, match="cycles must be a whole number of at least 0"):
        viral_growth(100, 0.5, -1)
    with pytest.raises(ValueError, match="k must not be negative"):
        viral_growth(100, -0.5, 3)
    with pytest.raises(ValueError, match="initial_users must be one number"):
        viral_growth([100, 200], 0.5, 3)


# --- Bass diffusion ----------------------------------------------------------------------------------------------


def test_bass_cumulative_limits_and_the_pure_innovation_case():
    t = np.array([0.0, 1.0, 5.0, 200.0])
    shares = bass_cumulative(t, p=0.03, q=0.38)
    assert shares[0] == 0 and shares[-1] == pytest.approx(1)
    assert np.all(np.diff(shares) > 0)
    # with no imitation, F(t) = 1 - exp(-p t)
    assert bass_cumulative(t, p=0.1, q=0.0) == pytest.approx(1 - np.exp(-0.1 * t))
    # the curve's inflection: F(t*) = 1/2 - p / (2q) at t* = ln(q/p) / (p + q)
    p, q = 0.02, 0.5
    peak = np.log(q / p) / (p + q)
    assert bass_cumulative(peak, p, q) == pytest.approx(0.5 - p / (2 * q))


def test_bass_cumulative_keeps_a_series_index():
    weeks = pd.Series([1.0, 2.0], index=["w1", "w2"])
    result = bass_cumulative(weeks, p=0.03, q=0.38)
    assert isinstance(result, pd.Series) and list(result.index) == ["w1", "w2"]


def test_bass_adoptions_add_up_to_the_cumulative_curve():
    adoptions = bass_adoptions(p=0.03, q=0.38, m=8000, periods=20)
    assert adoptions.index.tolist() == list(range(1, 21)) and adoptions.name == "new_adopters"
    assert adoptions.cumsum().to_numpy() == pytest.approx(8000 * bass_cumulative(np.arange(1, 21.0), 0.03, 0.38))
    assert adoptions.idxmax() == round(np.log(0.38 / 0.03) / 0.41 + 0.5)


@pytest.mark.parametrize(("p", "q", "m", "noise_seed"), [(0.02, 0.4, 20_000, 0), (0.01, 0.35, 50_000, 1), (0.03, 0.5, 8_000, 2)])
def test_fit_bass_recovers_known_parameters_from_noisy_data(p, q, m, noise_seed):
    expected = bass_adoptions(p, q, m, periods=52)
    noisy = np.random.default_rng(noise_seed).poisson(expected.to_numpy())
    fit = fit_bass(noisy)
    assert fit.p == pytest.approx(p, rel=0.06)
    assert fit.q == pytest.approx(q, rel=0.04)
    assert fit.m == pytest.approx(m, rel=0.02)
    assert fit.peak_time == pytest.approx(np.log(fit.q / fit.p) / (fit.p + fit.q))
    assert set(fit.std_errors) == {"p", "q", "m"} and all(v > 0 for v in fit.std_errors.values())
    assert len(fit.fitted) == 52 and fit.fitted.sum() == pytest.approx(noisy.sum(), rel=0.02)
    assert "BassFit(p=" in repr(fit)


def test_fit_bass_keeps_the_index_of_a_series():
    weeks = pd.date_range("2025-01-06", periods=30, freq="W-MON")
    data = pd.Series(bass_adoptions(0.02, 0.4, 5000, 30).to_numpy(), index=weeks)
    assert fit_bass(data).fitted.index.equals(weeks)


def test_fit_bass_explains_unusable_data():
    with pytest.raises(ValueError, match="at least 4 periods"):
        fit_bass([1, 2, 3])
    with pytest.raises(ValueError, match="missing values"):
        fit_bass([1, 2, np.nan, 4, 5])
    with pytest.raises(ValueError, match="all values are 0"):
        fit_bass([0, 0, 0, 0])
    with pytest.raises(ValueError, match="new_adopters must not be negative"):
        fit_bass([5, 10, -3, 4])
    with pytest.raises(ValueError, match="one number per period"):
        fit_bass(42)
    with pytest.raises(ValueError, match=r"p \(innovation\) must be a number above 0"):
        bass_cumulative(1, p=0, q=0.3)
    with pytest.raises(ValueError, match=r"m \(market potential\)"):
        bass_adoptions(0.03, 0.38, m=-5, periods=10)
