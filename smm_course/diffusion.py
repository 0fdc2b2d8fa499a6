"""How word of mouth spreads: cascades on networks, greedy seeding, K-factor growth and Bass diffusion.

Network models
--------------
:func:`independent_cascade` and :func:`linear_threshold` simulate a message spreading on a
networkx graph many times (Monte Carlo) and report the reach with its uncertainty.
:func:`greedy_seeds` picks the seeds that maximise the expected reach.

Edges point the way information flows (in the course's follower graph, from an account to its
followers; see :mod:`smm_course.network`). On an undirected graph every tie works both ways,
and each direction gets its own chance.

Random numbers and "common random numbers"
------------------------------------------
Whether edge ``e`` passes the message on in run ``r`` is decided by a uniform number
``u(r, e)`` that depends only on ``random_state``, ``r`` and ``e`` (it is the ``r * edges + e``-th
output of a SplitMix64 stream whose start is drawn from ``np.random.default_rng(random_state)``;
linear-threshold thresholds are drawn the same way per node). Only the numbers a run needs are
computed. So with the same ``random_state``:

- the same call gives the same result;
- calls with other seeds or another ``p`` see the same coin flips, so their results compare
  fairly: adding a seed or raising ``p`` never lowers the reach of any run. This is what
  :func:`greedy_seeds` relies on, and it makes slider explorers move smoothly.

The global ``numpy.random`` and ``random`` states are never touched.

Speed
-----
The runs are simulated together: the graph becomes a compressed sparse row (CSR) table of
out-edges, and each step handles every (run, newly active node) pair of the step at once with
NumPy. The table is cached per graph object, keyed on its node and edge counts; if you rewire
a graph in place without changing those counts, call :func:`clear_cache`. Work that lasts over
a second shows a progress bar in notebooks (``progress=None``); pass ``progress=False`` in
notebooks whose outputs are compared by nbval.

Growth models
-------------
:func:`k_factor` and :func:`viral_growth` are the referral-loop arithmetic of growth
marketing; :func:`bass_cumulative`, :func:`bass_adoptions` and :func:`fit_bass` are the Bass
(1969) model of how a new product is adopted by innovators and imitators.
"""

from __future__ import annotations

import heapq
import math
import numbers
import sys
import weakref
from dataclasses import dataclass, field

import networkx as nx
import numpy as np
import pandas as pd
from scipy.optimize import curve_fit

from smm_course._graph_validation import as_node_list, check_graph
from smm_course._validation import align, as_numeric, check_positive_int, check_range, wrap
from smm_course.i18n import format_number, translate

__all__ = [
    "CascadeResult",
    "BassFit",
    "independent_cascade",
    "linear_threshold",
    "greedy_seeds",
    "clear_cache",
    "k_factor",
    "viral_growth",
    "bass_cumulative",
    "bass_adoptions",
    "fit_bass",
]


# ---------------------------------------------------------------------------
# Counter-based uniform numbers (the common random numbers described above)
# ---------------------------------------------------------------------------

_GOLDEN_GAMMA = np.uint64(0x9E3779B97F4A7C15)
_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)
_BITS = 53  # uniform numbers are multiples of 2**-53 in [0, 1), like numpy's Generator.random
_BLOCK = 1 << 16  # hashing in blocks that fit the CPU cache is about three times faster


def _random_bits(key: np.uint64, counters: np.ndarray) -> np.ndarray:
    """53-bit random integers: output number ``counters`` of the SplitMix64 stream started at ``key``.

    SplitMix64 (Steele, Lea and Flood 2014) passes BigCrush; as a pure function of the counter it
    lets every candidate seed set reuse exactly the same coin flips. ``counters`` is uint64 of any shape.
    """
    flat_counters = np.ascontiguousarray(counters, dtype=np.uint64).reshape(-1)
    out = np.empty(flat_counters.shape, dtype=np.uint64)
    scratch = np.empty(min(_BLOCK, out.size), dtype=np.uint64)
    for first in range(0, out.size, _BLOCK):
        z = out[first : first + _BLOCK]
        tmp = scratch[: len(z)]
        np.add(flat_counters[first : first + _BLOCK], np.uint64(1), out=z)
        z *= _GOLDEN_GAMMA
        z += key
        for shift, multiplier in ((30, _MIX_1), (27, _MIX_2)):
            np.right_shift(z, np.uint64(shift), out=tmp)
            z ^= tmp
            z *= multiplier
        np.right_shift(z, np.uint64(31), out=tmp)
        z ^= tmp
        z >>= np.uint64(64 - _BITS)
    return out.reshape(np.shape(counters))


def _uniforms(key: np.uint64, counters: np.ndarray) -> np.ndarray:
    """Uniform numbers in [0, 1) from :func:`_random_bits`."""
    return _random_bits(key, counters).astype(np.float64) * 2.0**-_BITS


def _bit_threshold(chance) -> np.uint64 | np.ndarray:
    """Integer form of a probability: ``bits < _bit_threshold(p)`` exactly when ``bits * 2**-53 < p``."""
    return np.ceil(np.asarray(chance, dtype=np.float64) * 2.0**_BITS).astype(np.uint64)


def _stream_keys(random_state) -> tuple[np.uint64, np.uint64]:
    """Draw the starts of the edge stream (cascades) and the node stream (thresholds)."""
    try:
        rng = np.random.default_rng(random_state)
    except (TypeError, ValueError):
        raise ValueError(
            "random_state must be None, a non-negative whole number (e.g. 42) or a numpy Generator, "
            f"got {random_state!r}."
        ) from None
    edge_key, node_key = rng.integers(0, 2**64 - 1, size=2, dtype=np.uint64, endpoint=True)
    return np.uint64(edge_key), np.uint64(node_key)


# ---------------------------------------------------------------------------
# The graph as CSR out-edge arrays, cached per graph object
# ---------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _FlowArcs:
    """Out-edges ("arcs") of every node in CSR form; an undirected edge gives two arcs."""

    nodes: list
    index: dict
    indptr: np.ndarray
    targets: np.ndarray
    edge_of_arc: np.ndarray  # which edge of graph.edges() each arc comes from
    in_degree: np.ndarray

    @property
    def n_nodes(self) -> int:
        return len(self.nodes)

    @property
    def n_arcs(self) -> int:
        return len(self.targets)


_ARC_CACHE: "weakref.WeakKeyDictionary[nx.Graph, tuple]" = weakref.WeakKeyDictionary()


def clear_cache() -> None:
    """Forget the cached edge tables of every graph.

    Needed only after rewiring a graph in place while keeping its numbers of nodes and edges
    (other changes are noticed automatically).

    Examples
    --------
    >>> clear_cache()
    """
    _ARC_CACHE.clear()


def _flow_arcs(graph: nx.Graph) -> _FlowArcs:
    signature = (graph.number_of_nodes(), graph.number_of_edges(), graph.is_directed())
    cached = _ARC_CACHE.get(graph)
    if cached is not None and cached[0] == signature:
        return cached[1]
    nodes = list(graph.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    edges = list(graph.edges())
    n_edges = len(edges)
    sources = np.fromiter((index[u] for u, _ in edges), dtype=np.int64, count=n_edges)
    targets = np.fromiter((index[v] for _, v in edges), dtype=np.int64, count=n_edges)
    edge_ids = np.arange(n_edges, dtype=np.int64)
    if not graph.is_directed():
        sources, targets = np.concatenate([sources, targets]), np.concatenate([targets, sources])
        edge_ids = np.concatenate([edge_ids, edge_ids])
    order = np.argsort(sources, kind="stable")
    indptr = np.zeros(len(nodes) + 1, dtype=np.int64)
    np.cumsum(np.bincount(sources, minlength=len(nodes)), out=indptr[1:])
    arcs = _FlowArcs(
        nodes=nodes,
        index=index,
        indptr=indptr,
        targets=targets[order],
        edge_of_arc=edge_ids[order],
        in_degree=np.bincount(targets, minlength=len(nodes)),
    )
    try:
        _ARC_CACHE[graph] = (signature, arcs)
    except TypeError:  # an object that cannot be weakly referenced: just don't cache it
        pass
    return arcs


def _edge_values(graph: nx.Graph, arcs: _FlowArcs, attribute: str, argument: str) -> np.ndarray:
    """The numeric edge attribute ``attribute`` for every arc; every edge must have it."""
    values = [value for *_, value in graph.edges(data=attribute, default=None)]
    missing = [edge for edge, value in zip(graph.edges(), values) if value is None]
    if missing:
        raise ValueError(
            f"{argument}={attribute!r} names an edge attribute, but {len(missing)} of {len(values)} edges "
            f"lack it, e.g. {missing[:3]}. Set it on every edge, e.g. "
            f"nx.set_edge_attributes(graph, 0.1, {attribute!r}), or pass a number instead."
        )
    try:
        per_edge = np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(f"edge attribute {attribute!r} (the {argument}= argument) must hold numbers.") from None
    if np.isnan(per_edge).any():
        raise ValueError(f"edge attribute {attribute!r} (the {argument}= argument) has missing values (NaN).")
    return per_edge[arcs.edge_of_arc]


# ---------------------------------------------------------------------------
# Argument checks
# ---------------------------------------------------------------------------


def _check_probability(value, argument: str) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not 0 <= value <= 1:
        raise ValueError(
            f"{argument} must be a probability between 0 and 1 (e.g. 0.05 for 5%), or the name of an edge "
            f"attribute holding one; got {value!r}."
        )
    return float(value)


def _live_chance(graph: nx.Graph, arcs: _FlowArcs, p) -> float | np.ndarray:
    """``p`` as one probability or one probability per arc, checked to lie in [0, 1]."""
    if isinstance(p, str):
        per_arc = _edge_values(graph, arcs, p, "p")
        if per_arc.size and (per_arc.min() < 0 or per_arc.max() > 1):
            raise ValueError(
                f"edge attribute {p!r} (the p= argument) must hold probabilities between 0 and 1; "
                f"found values from {per_arc.min():g} to {per_arc.max():g}. Rescale them, e.g. divide by 100."
            )
        return per_arc
    return _check_probability(p, "p")


def _seed_indices(graph: nx.Graph, arcs: _FlowArcs, seeds) -> tuple[tuple, np.ndarray]:
    seed_nodes = as_node_list(graph, seeds, "seeds")
    return tuple(seed_nodes), np.array([arcs.index[node] for node in seed_nodes], dtype=np.int64)


def _check_max_steps(max_steps) -> int | None:
    return None if max_steps is None else check_positive_int(max_steps, "max_steps", minimum=0)


# ---------------------------------------------------------------------------
# Progress bars
# ---------------------------------------------------------------------------


def _in_ipython_kernel() -> bool:
    """True inside a Jupyter (IPython) kernel, where tqdm.auto draws a notebook widget."""
    if "ipykernel" not in sys.modules:
        return False
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


class _NoBar:
    def update(self, amount: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(progress, total: int, description: str):
    """A tqdm bar when asked (True), or in a notebook when left to ``None``; otherwise a silent stand-in.

    The automatic bar waits one second before it appears, so quick calls show nothing.
    """
    if progress is None:
        show, delay = _in_ipython_kernel(), 1.0
    elif isinstance(progress, (bool, np.bool_)):
        show, delay = bool(progress), 0.0
    else:
        raise ValueError(f"progress must be True, False or None (automatic), got {progress!r}.")
    if not show:
        return _NoBar()
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=_bar_label(description), delay=delay, leave=False)


def _bar_label(description: str) -> str:
    """A progress bar's label in the course's language: the model's name, or ``diffusion.progress.<what>``."""
    name = description.replace(" ", "_")
    models = ("independent_cascade", "linear_threshold")
    return translate(f"diffusion.model.{name}" if name in models else f"diffusion.progress.{name}")


# ---------------------------------------------------------------------------
# The vectorised simulators
# ---------------------------------------------------------------------------

_RESCORE_BATCH = 16  # stale candidates re-scored together by greedy_seeds
_ATTEMPT_BUDGET = 2**23  # runs per batch x edges (or nodes): bounds memory at a few tens of MB


def _batch_size(runs: int, arcs: _FlowArcs) -> int:
    return max(1, min(runs, _ATTEMPT_BUDGET // max(arcs.n_arcs, arcs.n_nodes, 1)))


def _out_arc_positions(indptr: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions of every out-arc of ``rows`` in a CSR table, and how many each row has."""
    first = indptr[rows]
    counts = indptr[rows + 1] - first
    total = int(counts.sum())
    positions = np.repeat(first - (np.cumsum(counts) - counts), counts) + np.arange(total, dtype=np.int64)
    return counts, positions


def _expand_arcs(arcs: _FlowArcs, frontier: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For flat (run, node) indices, list every out-arc: the run of each arc try and the arc number."""
    run, node = np.divmod(frontier, arcs.n_nodes)
    counts, arc = _out_arc_positions(arcs.indptr, node)
    return np.repeat(run, counts), arc


def _start(active: np.ndarray, seed_runs: np.ndarray, seed_nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mark the seeds active; return the flat view of ``active`` and the step-0 frontier.

    Seeds that are already active (reached by earlier seeds) do not count again.
    """
    flat_active = active.reshape(-1)
    frontier = np.unique(seed_runs * active.shape[1] + seed_nodes)
    frontier = frontier[~flat_active[frontier]]
    flat_active[frontier] = True
    return flat_active, frontier


def _cascade_runs(arcs, chance, key, run_ids, seed_runs, seed_nodes, max_steps=None):
    """Independent cascade for a batch of runs, flipping each coin when its arc is first tried.

    ``run_ids[v]`` is the Monte Carlo run whose coin flips row ``v`` uses.
    Returns the newly active counts per run and step, shape (runs, steps + 1), and the active matrix.
    """
    n_runs, n = len(run_ids), arcs.n_nodes
    run_ids = run_ids.astype(np.uint64)
    active = np.zeros((n_runs, n), dtype=bool)
    flat_active, frontier = _start(active, seed_runs, seed_nodes)
    per_step = [np.bincount(frontier // n, minlength=n_runs)]
    threshold = _bit_threshold(chance)
    scalar_chance = threshold.ndim == 0
    while frontier.size and (max_steps is None or len(per_step) <= max_steps):
        run, arc = _expand_arcs(arcs, frontier)
        coin = _random_bits(key, run_ids[run] * np.uint64(arcs.n_arcs) + arc.astype(np.uint64))
        live = coin < (threshold if scalar_chance else threshold[arc])
        reached = run[live] * n + arcs.targets[arc[live]]
        reached = np.unique(reached[~flat_active[reached]])
        if not reached.size:
            break
        flat_active[reached] = True
        per_step.append(np.bincount(reached // n, minlength=n_runs))
        frontier = reached
    return np.stack(per_step, axis=1), active


@dataclass(frozen=True, eq=False)
class _LiveWorlds:
    """The live arcs of every simulated world, as one CSR table with a row per (world, node).

    An arc is live in world ``r`` when its coin flip succeeds: exactly the arcs a cascade in run
    ``r`` of :func:`independent_cascade` would pass the message along (Kempe et al.'s live-edge view).
    Greedy seeding scores thousands of seed sets on the same worlds, so flipping every coin once
    and then following live arcs only is much cheaper than flipping on every visit.
    """

    n_nodes: int
    indptr: np.ndarray
    targets: np.ndarray


def _live_worlds(arcs: _FlowArcs, chance, key, runs: int) -> _LiveWorlds:
    n, n_arcs = arcs.n_nodes, arcs.n_arcs
    source_of_arc = np.repeat(np.arange(n, dtype=np.int64), np.diff(arcs.indptr))
    every_arc = np.arange(n_arcs, dtype=np.uint64)
    threshold = _bit_threshold(chance)
    rows, targets = [], []
    per_block = max(1, _ATTEMPT_BUDGET // max(n_arcs, 1))
    for first in range(0, runs, per_block):
        worlds = np.arange(first, min(first + per_block, runs), dtype=np.uint64)
        coin = _random_bits(key, worlds[:, None] * np.uint64(n_arcs) + every_arc[None, :])
        world, arc = np.nonzero(coin < (threshold if threshold.ndim == 0 else threshold[None, :]))
        rows.append((world + first) * n + source_of_arc[arc])  # sorted: by world, then by source node
        targets.append(arcs.targets[arc])
    indptr = np.zeros(runs * n + 1, dtype=np.int64)
    if rows:
        np.cumsum(np.bincount(np.concatenate(rows), minlength=runs * n), out=indptr[1:])
    return _LiveWorlds(n_nodes=n, indptr=indptr, targets=np.concatenate(targets) if targets else np.zeros(0, np.int64))


def _spread_in_worlds(worlds: _LiveWorlds, world_of: np.ndarray, seed_runs, seed_nodes, blocked):
    """Follow live arcs from the seeds; nodes in ``blocked`` are already reached and do not count.

    Returns the number of newly reached nodes (seeds included) per virtual run, and the active matrix.
    """
    n_runs, n = len(world_of), worlds.n_nodes
    active = blocked.copy()
    flat_active, frontier = _start(active, seed_runs, seed_nodes)
    newly = np.bincount(frontier // n, minlength=n_runs)
    while frontier.size:
        run, node = np.divmod(frontier, n)
        counts, arc = _out_arc_positions(worlds.indptr, world_of[run] * n + node)
        reached = np.repeat(run, counts) * n + worlds.targets[arc]
        reached = np.unique(reached[~flat_active[reached]])
        flat_active[reached] = True
        newly += np.bincount(reached // n, minlength=n_runs)
        frontier = reached
    return newly, active


def _threshold_runs(arcs, weight, key, run_ids, seed_runs, seed_nodes, max_steps=None):
    """Linear threshold for a batch of runs (thresholds drawn per run and node from ``key``)."""
    n_runs, n = len(run_ids), arcs.n_nodes
    run_ids = run_ids.astype(np.uint64)
    active = np.zeros((n_runs, n), dtype=bool)
    flat_active, frontier = _start(active, seed_runs, seed_nodes)
    pressure = np.zeros(n_runs * n, dtype=np.float64)
    per_step = [np.bincount(frontier // n, minlength=n_runs)]
    while frontier.size and (max_steps is None or len(per_step) <= max_steps):
        run, arc = _expand_arcs(arcs, frontier)
        touched = run * n + arcs.targets[arc]
        open_ = ~flat_active[touched]
        touched = touched[open_]
        np.add.at(pressure, touched, weight[arc[open_]])
        touched = np.unique(touched)
        touched_run, touched_node = np.divmod(touched, n)
        threshold = _uniforms(key, run_ids[touched_run] * np.uint64(n) + touched_node.astype(np.uint64))
        reached = touched[pressure[touched] >= threshold]
        if not reached.size:
            break
        flat_active[reached] = True
        per_step.append(np.bincount(reached // n, minlength=n_runs))
        frontier = reached
    return np.stack(per_step, axis=1), active


def _simulate(simulator, arcs, parameter, key, seed_index, runs, max_steps, progress, description):
    """Run ``simulator`` over all runs in memory-bounded batches and collect reach and steps."""
    batch = _batch_size(runs, arcs)
    reach = np.empty(runs, dtype=np.int64)
    step_totals = np.zeros(1, dtype=np.float64)
    bar = _progress_bar(progress, runs, description)
    try:
        for first in range(0, runs, batch):
            run_ids = np.arange(first, min(first + batch, runs), dtype=np.int64)
            size = len(run_ids)
            seed_runs = np.repeat(np.arange(size, dtype=np.int64), len(seed_index))
            seed_nodes = np.tile(seed_index, size)
            counts, _ = simulator(arcs, parameter, key, run_ids, seed_runs, seed_nodes, max_steps=max_steps)
            reach[first : first + size] = counts.sum(axis=1)
            totals = counts.sum(axis=0)
            if len(totals) > len(step_totals):
                step_totals = np.pad(step_totals, (0, len(totals) - len(step_totals)))
            step_totals[: len(totals)] += totals
            bar.update(size)
    finally:
        bar.close()
    return reach, step_totals / runs


# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class CascadeResult:
    """The outcome of many simulated cascades.

    Attributes
    ----------
    model : str
        ``"independent cascade"`` or ``"linear threshold"``.
    seeds : tuple
        The seed nodes (repeats removed).
    runs : int
        Number of simulated cascades.
    reach : numpy.ndarray
        People reached in each run, **seeds included** (shape ``(runs,)``).
    mean : float
        Expected reach, estimated as the mean of ``reach``.
    std_error : float
        Standard error of ``mean``: ``std(reach, ddof=1) / sqrt(runs)`` (NaN for one run).
    ci95 : tuple of float
        95% confidence interval of the expected reach, ``mean +/- 1.96 * std_error``.
    new_per_step : numpy.ndarray
        Mean number of people newly reached at each step; step 0 is the seeds.
        It sums to ``mean``.
    n_nodes : int
        Size of the network, so ``mean / n_nodes`` is the expected share reached.
    """

    model: str
    seeds: tuple
    runs: int
    reach: np.ndarray = field(compare=False)
    mean: float
    std_error: float
    ci95: tuple
    new_per_step: np.ndarray = field(compare=False)
    n_nodes: int

    @classmethod
    def _from_runs(cls, model, seeds, reach, new_per_step, n_nodes):
        runs = len(reach)
        mean = float(reach.mean())
        std_error = float(reach.std(ddof=1) / math.sqrt(runs)) if runs > 1 else float("nan")
        reach.setflags(write=False)
        new_per_step.setflags(write=False)
        return cls(
            model=model,
            seeds=seeds,
            runs=runs,
            reach=reach,
            mean=mean,
            std_error=std_error,
            ci95=(mean - 1.96 * std_error, mean + 1.96 * std_error),
            new_per_step=new_per_step,
            n_nodes=n_nodes,
        )

    @property
    def mean_share(self) -> float:
        """Expected share of the network reached, ``mean / n_nodes`` (a fraction)."""
        return self.mean / self.n_nodes if self.n_nodes else float("nan")

    def __repr__(self) -> str:
        """A one-line summary in the course's language (``diffusion.cascade.summary``), e.g.
        ``<independent cascade: 1000 runs from 5 seed(s) on 2000 nodes; mean reach 136.65 (...), 16 step(s)>``."""
        low, high = self.ci95
        model_key = "diffusion.model." + self.model.replace(" ", "_")
        try:
            model = translate(model_key)
        except KeyError:
            model = self.model
        return translate(
            "diffusion.cascade.summary",
            model=model,
            runs=format_number(self.runs, "d"),
            seeds=_count_of("diffusion.cascade.seeds", len(self.seeds)),
            nodes=format_number(self.n_nodes, "d"),
            mean=format_number(self.mean, ".2f"),
            std_error=format_number(self.std_error, ".2f"),
            low=format_number(low, ".2f"),
            high=format_number(high, ".2f"),
            steps=_count_of("diffusion.cascade.steps", len(self.new_per_step) - 1),
        )


def _count_of(key: str, count: int) -> str:
    """``count`` with its noun, singular or plural (Italian agrees: 1 seme, 5 semi); keys ``<key>_one``/``_many``."""
    return translate(f"{key}_one" if count == 1 else f"{key}_many", count=format_number(count, "d"))


# ---------------------------------------------------------------------------
# Public network models
# ---------------------------------------------------------------------------


def independent_cascade(
    graph: nx.Graph,
    seeds,
    p,
    runs: int = 1000,
    random_state=None,
    max_steps: int | None = None,
    progress: bool | None = None,
) -> CascadeResult:
    """Simulate the independent cascade model many times and estimate the expected reach.

    Independent cascade (Kempe, Kleinberg and Tardos 2003): at step 0 the ``seeds`` are active.
    At each step, every node activated in the previous step gets **one** chance to activate
    each of its inactive out-neighbours, succeeding with probability ``p`` independently.
    The cascade stops when a step activates nobody (or after ``max_steps`` steps).
    Reach counts the seeds. The expected reach is estimated by Monte Carlo: the mean over
    ``runs`` cascades, with standard error ``sd / sqrt(runs)``.

    Parameters
    ----------
    graph : networkx.Graph or networkx.DiGraph
        Edges point the way information flows; an undirected edge works both ways.
    seeds : node or list of nodes
        Who starts the cascade.
    p : float or str
        Probability (0 to 1) that an active node convinces a neighbour, or the name of an edge
        attribute that holds one probability per edge.
    runs : int, default 1000
        Number of simulated cascades (at least 1).
    random_state : int, numpy Generator or None
        Seed of the random numbers; the same value gives the same result, and runs of calls
        with other seeds or ``p`` use the same coin flips (see the module notes).
    max_steps : int, optional
        Stop after this many steps (default: run until the cascade dies out).
    progress : bool or None, default None
        Progress bar: ``None`` shows one only in a notebook and only if the work lasts over a
        second; ``True`` always; ``False`` never.

    Returns
    -------
    CascadeResult
        ``reach`` per run (seeds included), ``mean``, ``std_error``, ``ci95``, ``new_per_step``
        (step 0 = seeds) and ``runs``.

    Examples
    --------
    >>> import networkx as nx
    >>> star = nx.star_graph(10)  # node 0 is the centre of 10 leaves
    >>> result = independent_cascade(star, seeds=0, p=0.3, runs=2000, random_state=1)
    >>> round(result.mean, 1)  # exact expectation: 1 + 10 * 0.3 = 4
    4.0
    >>> result.new_per_step.round(2)  # the seed, then the leaves it convinced
    array([1.  , 2.96])
    """
    check_graph(graph)
    arcs = _flow_arcs(graph)
    seed_nodes, seed_index = _seed_indices(graph, arcs, seeds)
    chance = _live_chance(graph, arcs, p)
    runs = check_positive_int(runs, "runs")
    max_steps = _check_max_steps(max_steps)
    edge_key, _ = _stream_keys(random_state)
    reach, new_per_step = _simulate(
        _cascade_runs, arcs, chance, edge_key, seed_index, runs, max_steps, progress, "independent cascade"
    )
    return CascadeResult._from_runs("independent cascade", seed_nodes, reach, new_per_step, arcs.n_nodes)


def _threshold_weights(graph: nx.Graph, arcs: _FlowArcs, weights) -> np.ndarray:
    if weights is None:
        return 1.0 / arcs.in_degree[arcs.targets]  # every arc's target has in-degree >= 1
    if not isinstance(weights, str):
        raise ValueError(
            f"weights must be None (each in-neighbour weighs 1 / in-degree) or the name of an edge attribute, "
            f"got {weights!r}."
        )
    per_arc = _edge_values(graph, arcs, weights, "weights")
    if per_arc.size and per_arc.min() < 0:
        raise ValueError(f"edge attribute {weights!r} (the weights= argument) must not be negative.")
    incoming = np.bincount(arcs.targets, weights=per_arc, minlength=arcs.n_nodes)
    if incoming.max(initial=0.0) > 1 + 1e-9:
        worst = int(np.argmax(incoming))
        raise ValueError(
            f"the weights of the edges into a node must add up to at most 1 in the linear threshold model; "
            f"into node {arcs.nodes[worst]!r} they add up to {incoming[worst]:g}. "
            "Divide each edge's weight by the total weight into its target node."
        )
    return per_arc


def linear_threshold(
    graph: nx.Graph,
    seeds,
    runs: int = 1000,
    random_state=None,
    weights: str | None = None,
    max_steps: int | None = None,
    progress: bool | None = None,
) -> CascadeResult:
    """Simulate the linear threshold model many times and estimate the expected reach.

    Linear threshold (Granovetter 1978; Kempe, Kleinberg and Tardos 2003): each node ``v``
    draws a threshold ``theta_v`` uniformly from [0, 1) in every run. Each edge ``u -> v`` has a
    weight ``b_uv`` and the weights into a node add up to at most 1. A node becomes active
    when the total weight of its active in-neighbours reaches its threshold:
    ``sum(b_uv for active u) >= theta_v``. Unlike the independent cascade, pressure from
    several friends adds up. Reach counts the seeds.

    Parameters
    ----------
    graph : networkx.Graph or networkx.DiGraph
    seeds : node or list of nodes
    runs : int, default 1000
    random_state : int, numpy Generator or None
    weights : str, optional
        Name of an edge attribute holding ``b_uv``. Default: ``1 / in-degree of v``, so every
        in-neighbour counts equally and all of them together surely convince ``v``.
    max_steps : int, optional
    progress : bool or None, default None
        As in :func:`independent_cascade`.

    Returns
    -------
    CascadeResult
        The same fields as :func:`independent_cascade`.

    Examples
    --------
    >>> import networkx as nx
    >>> path = nx.path_graph(3, create_using=nx.DiGraph)  # 0 -> 1 -> 2, one way in for each node
    >>> linear_threshold(path, seeds=0, runs=100, random_state=0).mean  # weights 1: all reached
    3.0
    """
    check_graph(graph)
    arcs = _flow_arcs(graph)
    seed_nodes, seed_index = _seed_indices(graph, arcs, seeds)
    weight = _threshold_weights(graph, arcs, weights)
    runs = check_positive_int(runs, "runs")
    max_steps = _check_max_steps(max_steps)
    _, node_key = _stream_keys(random_state)
    reach, new_per_step = _simulate(
        _threshold_runs, arcs, weight, node_key, seed_index, runs, max_steps, progress, "linear threshold"
    )
    return CascadeResult._from_runs("linear threshold", seed_nodes, reach, new_per_step, arcs.n_nodes)


def greedy_seeds(
    graph: nx.Graph,
    k: int,
    p,
    runs: int = 200,
    random_state=None,
    candidates=None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Choose ``k`` seeds for an independent cascade greedily, by the largest gain in expected reach.

    Greedy influence maximisation (Kempe, Kleinberg and Tardos 2003): start from no seeds and,
    ``k`` times, add the candidate whose addition raises the expected reach the most. Because
    expected reach is monotone and submodular (each extra seed adds less when others already
    cover its audience), the result reaches at least ``1 - 1/e`` (about 63%) of the best
    possible seed set of size ``k``. Lazy evaluation (CELF, Leskovec et al. 2007) skips
    re-scoring candidates whose last gain is already below the best fresh gain, which is
    valid because gains can only shrink.

    Every candidate is scored on the same ``runs`` simulated worlds (common random numbers:
    the same coin flips as :func:`independent_cascade` with this ``random_state``), so
    comparisons are fair and the lazy shortcut gives exactly the seeds that plain greedy gives.
    Ties go to the candidate listed first. All coins of those worlds are flipped once up front,
    and each scoring then follows only the edges that pass the message on.

    Time grows with the number of candidates and with how far cascades go: on a graph of
    2,000 accounts and 30,000 follows, ``k=5`` and ``runs=200`` take under a second at
    ``p=0.05`` but several seconds at ``p=0.1``, where every cascade reaches hundreds of people.
    Pass ``candidates`` (say, the 200 biggest accounts) to go faster.

    Parameters
    ----------
    graph : networkx.Graph or networkx.DiGraph
    k : int
        Number of seeds to choose (1 to the number of candidates).
    p : float or str
        As in :func:`independent_cascade`.
    runs : int, default 200
        Simulated worlds to score candidates on; more is slower but more accurate.
    random_state : int, numpy Generator or None
    candidates : list of nodes, optional
        Nodes allowed as seeds (default: every node). Restricting them (e.g. to the 100 biggest
        accounts) makes large graphs much faster.
    progress : bool or None, default None
        As in :func:`independent_cascade`.

    Returns
    -------
    DataFrame
        One row per chosen seed, in the order chosen: ``step`` (1 to k), ``seed``,
        ``marginal_gain`` (expected extra people reached by adding it), ``spread``
        (expected reach of the first ``step`` seeds, seeds included) and ``std_error`` of
        ``spread``. ``result.attrs["evaluations"]`` counts the candidate scorings done (plain
        greedy needs about ``k * len(candidates)``; CELF usually needs little more than
        ``len(candidates)``).

    Examples
    --------
    >>> import networkx as nx
    >>> two_stars = nx.disjoint_union(nx.star_graph(5), nx.star_graph(3))  # centres 0 and 6
    >>> greedy_seeds(two_stars, k=2, p=1.0, runs=10, random_state=0)
       step  seed  marginal_gain  spread  std_error
    0     1     0            6.0     6.0        0.0
    1     2     6            4.0    10.0        0.0
    """
    check_graph(graph)
    arcs = _flow_arcs(graph)
    chance = _live_chance(graph, arcs, p)
    runs = check_positive_int(runs, "runs")
    if candidates is None:
        candidate_index = np.arange(arcs.n_nodes, dtype=np.int64)
    else:
        _, candidate_index = _seed_indices(graph, arcs, candidates)
    k = check_positive_int(k, "k")
    if k > len(candidate_index):
        raise ValueError(
            f"k must be at most the number of candidate seeds ({len(candidate_index)}), got {k}. "
            "Ask for fewer seeds or allow more candidates."
        )
    edge_key, _ = _stream_keys(random_state)
    n = arcs.n_nodes
    worlds = _live_worlds(arcs, chance, edge_key, runs)
    world = np.arange(runs, dtype=np.int64)
    covered = np.zeros((runs, n), dtype=bool)  # who the chosen seeds reach, in each simulated world

    def gains_of(nodes: np.ndarray) -> np.ndarray:
        """Total extra people reached over all worlds by adding each of ``nodes`` to the chosen seeds."""
        size = len(nodes)
        newly, _ = _spread_in_worlds(
            worlds,
            np.tile(world, size),
            np.arange(size * runs, dtype=np.int64),
            np.repeat(nodes, runs),
            blocked=np.tile(covered, (size, 1)),
        )
        return newly.reshape(size, runs).sum(axis=1)

    bar = _progress_bar(progress, len(candidate_index) + k, "greedy seeding")
    evaluations = 0
    heap: list[tuple[int, int, int, int]] = []  # (-total gain, candidate order, node index, round scored)
    try:
        live_per_world = len(worlds.targets) / runs
        chunk = max(1, _ATTEMPT_BUDGET // int(runs * max(n, live_per_world, 1)))
        for first in range(0, len(candidate_index), chunk):
            nodes = candidate_index[first : first + chunk]
            for offset, (node, gain) in enumerate(zip(nodes, gains_of(nodes))):
                heap.append((-int(gain), first + offset, int(node), 0))
            evaluations += len(nodes)
            bar.update(len(nodes))
        heapq.heapify(heap)

        rows = []
        while len(rows) < k:
            if heap[0][3] != len(rows):
                # The best bound is stale: re-score it against the current seeds, together with the
                # next few stale bounds (one batch is cheaper than several single re-scorings, and
                # re-scoring more than needed never changes which candidate wins).
                stale = []
                while heap and heap[0][3] != len(rows) and len(stale) < min(chunk, _RESCORE_BATCH):
                    stale.append(heapq.heappop(heap))
                nodes = np.array([entry[2] for entry in stale], dtype=np.int64)
                for (_, order, node, _), gain in zip(stale, gains_of(nodes)):
                    heapq.heappush(heap, (-int(gain), order, node, len(rows)))
                evaluations += len(stale)
                continue
            negative_gain, order, node, scored_in = heapq.heappop(heap)
            _, covered = _spread_in_worlds(worlds, world, world, np.full(runs, node), blocked=covered)
            reach = covered.sum(axis=1)
            rows.append(
                {
                    "step": len(rows) + 1,
                    "seed": arcs.nodes[node],
                    "marginal_gain": -negative_gain / runs,
                    "spread": float(reach.mean()),
                    "std_error": float(reach.std(ddof=1) / math.sqrt(runs)) if runs > 1 else float("nan"),
                }
            )
            bar.update(1)
    finally:
        bar.close()
    table = pd.DataFrame(rows, columns=["step", "seed", "marginal_gain", "spread", "std_error"])
    table.attrs["evaluations"] = evaluations
    table.attrs["runs"] = runs
    return table


# ---------------------------------------------------------------------------
# Referral growth: K-factor
# ---------------------------------------------------------------------------


def k_factor(invites_per_user, conversion_rate):
    """Viral coefficient K: new users that each user brings in.

    ``K = invites_per_user * conversion_rate``: invites (or shares) each user sends, times the
    fraction of invites that turn into a new user. Growth is viral (self-sustaining) when
    K > 1; with K < 1 each wave is smaller than the last and referrals only add a finite boost.

    Parameters
    ----------
    invites_per_user : float, array-like or Series
        Invites each user sends (0 or more).
    conversion_rate : float, array-like or Series
        Fraction of invites that convert, between 0 and 1 (0.05 means 5%).

    Returns
    -------
    float, numpy.ndarray or Series
        K, in new users per user (the shape of the input).

    Examples
    --------
    >>> k_factor(invites_per_user=8, conversion_rate=0.15)
    1.2
    """
    invites = as_numeric(invites_per_user, "invites_per_user")
    rate = as_numeric(conversion_rate, "conversion_rate")
    check_range(rate, low=0, high=1, hint="Give a fraction: 0.05 for 5%.")
    (invites_values, rate_values), index, all_scalar = align(invites, rate)
    return wrap(invites_values * rate_values, index, all_scalar, "k_factor")


def viral_growth(initial_users: float, k: float, cycles: int) -> pd.DataFrame:
    """Users gained over referral cycles when each user brings in ``k`` new users.

    Generation 0 is the ``initial_users``; every cycle, each user who joined in the previous
    cycle brings ``k`` new users: ``new_c = initial_users * k**c`` and
    ``cumulative_c = sum(new_0 .. new_c)``. With ``k < 1`` the total levels off at
    ``initial_users / (1 - k)``; with ``k > 1`` it grows without bound. The values are
    expected numbers of people, not rounded.

    Parameters
    ----------
    initial_users : float
        Users at the start (0 or more).
    k : float
        K-factor (0 or more), e.g. from :func:`k_factor`.
    cycles : int
        Number of referral cycles after the start (0 or more).

    Returns
    -------
    DataFrame
        Columns ``cycle`` (0 to ``cycles``), ``new_users`` and ``cumulative_users``.

    Examples
    --------
    >>> viral_growth(initial_users=100, k=0.5, cycles=3)
       cycle  new_users  cumulative_users
    0      0      100.0             100.0
    1      1       50.0             150.0
    2      2       25.0             175.0
    3      3       12.5             187.5
    """
    start = as_numeric(initial_users, "initial_users")
    factor = as_numeric(k, "k")
    for argument, given in ((start, initial_users), (factor, k)):
        if not argument.is_scalar or np.isnan(argument.values):
            raise ValueError(f"{argument.name} must be one number, got {given!r}.")
    cycles = check_positive_int(cycles, "cycles", minimum=0)
    cycle = np.arange(cycles + 1)
    new_users = float(start.values) * float(factor.values) ** cycle
    return pd.DataFrame({"cycle": cycle, "new_users": new_users, "cumulative_users": np.cumsum(new_users)})


# ---------------------------------------------------------------------------
# Bass diffusion
# ---------------------------------------------------------------------------


def _check_bass_coefficients(p, q) -> tuple[float, float]:
    if isinstance(p, bool) or not isinstance(p, numbers.Real) or not 0 < p <= 1:
        raise ValueError(f"p (innovation) must be a number above 0 and at most 1, e.g. 0.03; got {p!r}.")
    if isinstance(q, bool) or not isinstance(q, numbers.Real) or not 0 <= q <= 5:
        raise ValueError(f"q (imitation) must be a number from 0 to 5, e.g. 0.38; got {q!r}.")
    return float(p), float(q)


def _bass_fraction(t: np.ndarray, p: float, q: float) -> np.ndarray:
    decay = np.exp(-(p + q) * t)
    return (1 - decay) / (1 + (q / p) * decay)


def bass_cumulative(t, p: float, q: float):
    """Share of the market that has adopted by time ``t`` in the Bass model.

    ``F(t) = (1 - exp(-(p + q) t)) / (1 + (q / p) exp(-(p + q) t))`` (Bass 1969), where ``p``
    is the coefficient of innovation (adoption driven by advertising and outside influence)
    and ``q`` the coefficient of imitation (adoption driven by word of mouth from earlier
    adopters). Typical values: p about 0.03, q about 0.38 per year. ``t`` is time since
    launch in the same unit as ``p`` and ``q`` (periods).

    Parameters
    ----------
    t : float, array-like or Series
        Time since launch (0 or more).
    p, q : float
        Innovation (0 < p <= 1) and imitation (0 <= q <= 5) coefficients, per period.

    Returns
    -------
    float, numpy.ndarray or Series
        F(t), a fraction between 0 and 1.

    Examples
    --------
    >>> round(bass_cumulative(5, p=0.03, q=0.38), 3)  # a third of the market after 5 periods
    0.331
    >>> bass_cumulative([0, 100], p=0.03, q=0.38).round(3)
    array([0., 1.])
    """
    p, q = _check_bass_coefficients(p, q)
    time = as_numeric(t, "t")
    return wrap(_bass_fraction(time.values, p, q), time.index, time.is_scalar, "adopted_share")


def bass_adoptions(p: float, q: float, m: float, periods: int) -> pd.Series:
    """Expected new adopters in each period of the Bass model.

    ``n_t = m * (F(t) - F(t - 1))`` for periods ``t = 1 .. periods``, with ``F`` from
    :func:`bass_cumulative` and ``m`` the market potential (everyone who will ever adopt).

    Parameters
    ----------
    p, q : float
        Innovation and imitation coefficients, per period.
    m : float
        Market potential, in people (above 0).
    periods : int
        Number of periods (1 or more).

    Returns
    -------
    Series
        Named ``new_adopters``, indexed by ``period`` from 1; expected values, not rounded.

    Examples
    --------
    >>> bass_adoptions(p=0.03, q=0.38, m=10_000, periods=3).round(1)
    period
    1    357.6
    2    493.0
    3    654.4
    Name: new_adopters, dtype: float64
    """
    p, q = _check_bass_coefficients(p, q)
    if isinstance(m, bool) or not isinstance(m, numbers.Real) or not m > 0:
        raise ValueError(f"m (market potential) must be a number of people above 0, e.g. 10000; got {m!r}.")
    periods = check_positive_int(periods, "periods")
    t = np.arange(periods + 1, dtype=np.float64)
    adopters = float(m) * np.diff(_bass_fraction(t, p, q))
    return pd.Series(adopters, index=pd.RangeIndex(1, periods + 1, name="period"), name="new_adopters")


@dataclass(frozen=True, repr=False)
class BassFit:
    """Bass model parameters fitted to adoption data by :func:`fit_bass`.

    Attributes
    ----------
    p : float
        Coefficient of innovation, per period.
    q : float
        Coefficient of imitation, per period.
    m : float
        Market potential, people.
    peak_time : float
        When new adoptions peak, ``t* = ln(q / p) / (p + q)`` periods after launch
        (NaN when ``q <= p``: adoptions are highest at launch and only fall).
    std_errors : dict
        Standard errors of ``p``, ``q`` and ``m`` from the least-squares fit.
    fitted : Series
        Fitted new adopters per period, aligned with the data.
    """

    p: float
    q: float
    m: float
    peak_time: float
    std_errors: dict
    fitted: pd.Series = field(compare=False)

    def __repr__(self) -> str:
        """The fitted values in the course's language (``diffusion.bass.summary``): Italian writes 38.128 for 38,128."""
        return translate(
            "diffusion.bass.summary",
            p=format_number(self.p, ".4f"),
            q=format_number(self.q, ".4f"),
            m=format_number(self.m, ",.0f"),
            peak_time=format_number(self.peak_time, ".1f"),
        )


def _bass_start_values(counts: np.ndarray) -> list[tuple[float, float, float]]:
    """Starting points for the fit: Bass's own regression (1969) when it gives a valid answer, plus defaults.

    The discrete model ``n_t = a + b N_{t-1} + c N_{t-1}^2`` (``N`` = cumulative adopters)
    has ``m`` as a root of ``a + b m + c m^2 = 0``, ``p = a / m`` and ``q = -c m``.
    """
    total = counts.sum()
    starts = [(0.03, 0.38, 1.5 * total), (0.01, 0.5, 1.1 * total)]
    previous = np.concatenate([[0.0], np.cumsum(counts)[:-1]])
    design = np.column_stack([np.ones_like(previous), previous, previous**2])
    (a, b, c), *_ = np.linalg.lstsq(design, counts, rcond=None)
    if c < 0:
        m = (-b - math.sqrt(max(b * b - 4 * a * c, 0.0))) / (2 * c)
        if m > 0 and 0 < a / m < 1 and 0 < -c * m < 5:
            starts.insert(0, (a / m, -c * m, m))
    return starts


def fit_bass(new_adopters) -> BassFit:
    """Fit the Bass diffusion model to new adopters per period by nonlinear least squares.

    Finds ``p``, ``q`` and ``m`` minimising ``sum_t (n_t - m (F(t) - F(t - 1)))^2`` over the
    observed periods ``t = 1 .. T`` (Srinivasan and Mason 1986), with
    ``scipy.optimize.curve_fit`` within bounds ``0 < p <= 1``, ``0 <= q <= 5`` and ``m``
    between half and 100 times the adopters seen so far. Starting values come from Bass's
    original regression and typical values; the best fit wins. With data that stop well
    before the peak, ``m`` is poorly determined: check ``std_errors``.

    Parameters
    ----------
    new_adopters : array-like or Series
        New adopters in each period since launch, in time order, at least 4 periods, no
        missing values (e.g. the ``new_adopters`` column of ``campaign_adoption``).

    Returns
    -------
    BassFit
        ``p``, ``q``, ``m``, ``peak_time`` (``ln(q / p) / (p + q)`` periods), ``std_errors``
        and the ``fitted`` curve.

    Examples
    --------
    >>> fit = fit_bass(bass_adoptions(p=0.02, q=0.4, m=5000, periods=30))
    >>> round(fit.p, 3), round(fit.q, 3), round(fit.m)
    (0.02, 0.4, 5000)
    >>> round(fit.peak_time, 1)  # ln(0.4 / 0.02) / 0.42
    7.1
    """
    counts = as_numeric(new_adopters, "new_adopters")
    if counts.is_scalar or counts.values.ndim != 1:
        raise ValueError("new_adopters must be a list, array or Series with one number per period.")
    values = counts.values
    if np.isnan(values).any():
        raise ValueError(
            "new_adopters has missing values; fill them (e.g. with 0 if nobody adopted) or drop those periods."
        )
    if len(values) < 4:
        raise ValueError(f"new_adopters needs at least 4 periods to fit 3 parameters, got {len(values)}.")
    total = float(values.sum())
    if total <= 0:
        raise ValueError("new_adopters must contain some adopters; all values are 0.")

    t = np.arange(len(values) + 1, dtype=np.float64)

    def model(_, p, q, m):
        return m * np.diff(_bass_fraction(t, p, q))

    lower, upper = [1e-6, 0.0, 0.5 * total], [1.0, 5.0, 100.0 * total]
    best = None
    for start in _bass_start_values(values):
        start = np.clip(start, lower, upper)
        try:
            estimate, covariance = curve_fit(
                model, t[1:], values, p0=start, bounds=(lower, upper), max_nfev=5000
            )
        except (RuntimeError, ValueError):
            continue
        error = float(np.sum((model(None, *estimate) - values) ** 2))
        if best is None or error < best[0]:
            best = (error, estimate, covariance)
    if best is None:
        raise ValueError(
            "The Bass model could not be fitted to new_adopters. Check that the data are new adopters per "
            "period (not cumulative totals) and that they rise and then fall."
        )
    _, (p, q, m), covariance = best
    with np.errstate(invalid="ignore"):
        errors = np.sqrt(np.diag(covariance))
    peak_time = float(math.log(q / p) / (p + q)) if q > p else float("nan")
    index = counts.index if counts.index is not None else pd.RangeIndex(1, len(values) + 1, name="period")
    fitted = pd.Series(model(None, p, q, m), index=index, name="fitted_new_adopters")
    return BassFit(
        p=float(p),
        q=float(q),
        m=float(m),
        peak_time=peak_time,
        std_errors={"p": float(errors[0]), "q": float(errors[1]), "m": float(errors[2])},
        fitted=fitted,
    )
