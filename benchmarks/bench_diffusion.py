"""Benchmark: smm_course's independent cascade against ndlib's IndependentCascadesModel.

Both simulate the same model on the same 10,000-node Barabasi-Albert graph (m = 3, fixed seed),
with p = 0.05 on every edge and the 10 highest-degree nodes as seeds. The script checks that the
two mean reaches agree within their standard errors (z of the difference) and reports cascades
per second for each, then times 1,000 cascades on Zachary's karate club (independent cascade and
linear threshold) and greedy seeding on a 2,000-node graph, the size of the course's follower network.

ndlib is a benchmark-only dependency (``pip install ndlib six``); it runs a few dozen cascades
only, because it is slow. Run from the repository root:

    .venv/bin/python benchmarks/bench_diffusion.py [--ndlib-runs 60] [--runs 2000]
"""

from __future__ import annotations

import argparse
import math
import platform
import time
import warnings
from importlib.metadata import version

import networkx as nx
import numpy as np

from smm_course.diffusion import greedy_seeds, independent_cascade, linear_threshold
from smm_course.network import karate_club

GRAPH_NODES = 10_000
GRAPH_EDGES_PER_NODE = 3
GRAPH_SEED = 42
P = 0.05
N_SEEDS = 10


def ndlib_cascades(graph: nx.Graph, seeds: list, p: float, runs: int, seed: int) -> tuple[np.ndarray, float, float]:
    """Reach of ``runs`` independent cascades simulated by ndlib (seeds included), set-up and run seconds."""
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ndlib imports emit deprecation warnings from its dependencies
        import ndlib.models.ModelConfig as model_config
        from ndlib.models.epidemics import IndependentCascadesModel

    model = IndependentCascadesModel(graph, seed=seed)  # ndlib seeds numpy's global state itself
    config = model_config.Configuration()
    for edge in graph.edges():
        config.add_edge_configuration("threshold", edge, p)
    config.add_model_initial_configuration("Infected", seeds)
    model.set_initial_status(config)
    setup_seconds = time.perf_counter() - start
    start = time.perf_counter()
    reach = np.empty(runs, dtype=np.int64)
    for run in range(runs):
        model.reset(infected_nodes=seeds)
        while True:
            counts = model.iteration(node_status=False)["node_count"]
            if counts[1] == 0:  # nobody left who can still pass the message on
                break
        reach[run] = counts[2]
    return reach, setup_seconds, time.perf_counter() - start


def describe(reach: np.ndarray) -> tuple[float, float]:
    return float(reach.mean()), float(reach.std(ddof=1) / math.sqrt(len(reach)))


def machine() -> str:
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    import os

    packages = ", ".join(f"{name} {version(name)}" for name in ("numpy", "scipy", "networkx", "ndlib"))
    return (
        f"{cpu}, {os.cpu_count()} cores; Python {platform.python_version()}; {packages}; "
        f"{time.strftime('%Y-%m-%d')}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000, help="cascades for smm_course (default 2000)")
    parser.add_argument("--ndlib-runs", type=int, default=60, help="cascades for ndlib (default 60)")
    arguments = parser.parse_args()

    graph = nx.barabasi_albert_graph(GRAPH_NODES, GRAPH_EDGES_PER_NODE, seed=GRAPH_SEED)
    seeds = [node for node, _ in sorted(graph.degree, key=lambda pair: (-pair[1], pair[0]))[:N_SEEDS]]

    start = time.perf_counter()
    independent_cascade(graph, seeds, P, runs=1, random_state=0)  # builds and caches the edge table
    our_setup = time.perf_counter() - start
    our_times = []
    for _ in range(5):  # the machine is shared: the median of a few repeats is steadier than one timing
        start = time.perf_counter()
        ours = independent_cascade(graph, seeds, P, runs=arguments.runs, random_state=1)
        our_times.append(time.perf_counter() - start)
    our_seconds = float(np.median(our_times))

    theirs, their_setup, their_seconds = ndlib_cascades(graph, seeds, P, arguments.ndlib_runs, seed=1)

    our_mean, our_se = describe(ours.reach)
    their_mean, their_se = describe(theirs)
    z = (our_mean - their_mean) / math.hypot(our_se, their_se)
    our_rate = arguments.runs / our_seconds
    their_rate = arguments.ndlib_runs / their_seconds

    club = karate_club()
    independent_cascade(club, [0, 33], 0.1, runs=10, random_state=0)
    club_times = []
    for repeat in range(20):
        start = time.perf_counter()
        independent_cascade(club, [0, 33], 0.1, runs=1000, random_state=repeat)
        club_times.append(time.perf_counter() - start)

    start = time.perf_counter()
    linear_threshold(club, [0, 33], runs=1000, random_state=0)
    threshold_ms = (time.perf_counter() - start) * 1000
    follower_sized = nx.barabasi_albert_graph(2000, GRAPH_EDGES_PER_NODE, seed=GRAPH_SEED)
    start = time.perf_counter()
    greedy = greedy_seeds(follower_sized, k=5, p=P, runs=200, random_state=0)
    greedy_seconds = time.perf_counter() - start

    print(f"Independent cascade, Barabasi-Albert n={GRAPH_NODES}, m={GRAPH_EDGES_PER_NODE} (seed {GRAPH_SEED}), "
          f"p={P}, {N_SEEDS} top-degree seeds")
    print(f"{'':12} {'cascades':>9} {'seconds':>9} {'cascades/s':>11} {'mean reach':>11} {'SE':>6}")
    print(f"{'smm_course':12} {arguments.runs:>9} {our_seconds:>9.3f} {our_rate:>11,.0f} {our_mean:>11.1f} {our_se:>6.2f}")
    print(f"{'ndlib':12} {arguments.ndlib_runs:>9} {their_seconds:>9.3f} {their_rate:>11,.1f} "
          f"{their_mean:>11.1f} {their_se:>6.2f}")
    print(f"difference of means: z = {z:+.2f} (|z| < 2: the two agree within their standard errors)")
    print(f"speed ratio: {our_rate / their_rate:,.0f}x (set-up not counted: smm_course {our_setup:.3f} s, "
          f"ndlib {their_setup:.3f} s)")
    print(f"karate club, 1,000 cascades (seeds 0 and 33, p=0.1): median {np.median(club_times) * 1000:.1f} ms "
          f"over {len(club_times)} repeats")
    print(f"linear threshold on the karate club, 1,000 cascades (seeds 0 and 33): {threshold_ms:.1f} ms")
    print(f"greedy seeding (CELF), k=5, p={P}, 200 runs, Barabasi-Albert n=2,000 m=3: {greedy_seconds:.2f} s, "
          f"{greedy.attrs['evaluations']:,} candidate evaluations (plain greedy: about {5 * 2000:,})")
    print(f"machine: {machine()}")


if __name__ == "__main__":
    main()
