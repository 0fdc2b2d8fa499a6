"""How far does word of mouth spread? Share probability, seeding budget and seeding strategy (notebook 07).

The explorer simulates Nuvola's word-of-mouth campaign on the course's follower network with the independent
cascade model (:func:`smm_course.diffusion.independent_cascade`): the seeds get the message first, and every
person newly reached gets one chance to pass it to each of their followers, with probability ``p``. It runs the
cascade many times (Monte Carlo) and shows the reach of every run as a distribution: the expected reach (the
mean), the range that holds 95% of the runs, and, if asked, a target line.

Three seeding strategies pick the first ``seeds`` people of a fixed order:

- ``"random"``: people picked at random. Each of :attr:`ViralityModel.random_sets` random orders gets an equal
  share of the runs, so the result averages over several random picks, not one lucky or unlucky one;
- ``"hubs"``: the accounts with the most followers (out-degree), biggest first;
- ``"greedy"``: the order chosen by :func:`smm_course.diffusion.greedy_seeds` (CELF), computed **once** at
  ``greedy_p`` among the ``candidates`` biggest accounts. It is scored here on *other* simulated worlds than the
  ones it was chosen on (another ``random_state``), so greedy gets no unfair head start.

Everything slow happens once, in :class:`ViralityModel`: the graph's sparse edge table (cached by
:mod:`smm_course.diffusion`), the three seed orders, and a cache of every simulation already run. The same
``random_state`` gives the same numbers on every machine, so an exercise can be judged on them, and because the
cascades share their coin flips (common random numbers), adding a seed or raising ``p`` never lowers the reach
of any run: the picture moves smoothly while a slider is dragged.

:func:`render` computes and draws (what the widget calls on every move, and what tests and the benchmark time);
:func:`explorer` builds the widget; :func:`budget_table` lists the expected reach for every budget and strategy.
"""

from __future__ import annotations

import base64
import html
import math
import numbers
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import networkx as nx
import numpy as np
import pandas as pd

from smm_course.explorers.base import Explorer, LivePanel, dropdown, float_slider, int_slider
from smm_course.explorers.canvas import BlitFigure
from smm_course.i18n import format_number, translate

__all__ = [
    "ReachPanel",
    "STRATEGIES",
    "STRATEGY_LABELS",
    "ViralityModel",
    "ReachView",
    "default_model",
    "render",
    "budget_table",
    "smallest_budget",
    "explorer",
    "ViralityExplorer",
]

STRATEGIES = ("random", "hubs", "greedy")
"""The seeding strategies, as the ``strategy`` argument spells them."""


def _say(what: str, **fields) -> str:
    """This explorer's text ``what`` in the course's current language (``explorer.virality.<what>``)."""
    return translate(f"explorer.virality.{what}", **fields)


def _strategy_words(strategy: str, seeds: int = 2) -> str:
    """A strategy as a student reads it, e.g. "biggest hubs" (one seed: "biggest hub")."""
    return _say(f"{'one' if seeds == 1 else 'many'}_{strategy}")


class _StrategyLabels(Mapping):
    """The strategies' names for several seeds, in the language the course speaks when a key is read.

    A read-only mapping, so ``STRATEGY_LABELS["hubs"]`` is "biggest hubs" in an English notebook and "hub più
    grandi" in an Italian one (``explorer.virality.many_<strategy>`` in the locales).
    """

    def __getitem__(self, strategy: str) -> str:
        if strategy not in STRATEGIES:
            raise KeyError(strategy)
        return _strategy_words(strategy)

    def __iter__(self):
        return iter(STRATEGIES)

    def __len__(self) -> int:
        return len(STRATEGIES)

    def __repr__(self) -> str:
        return repr(dict(self))


STRATEGY_LABELS = _StrategyLabels()
"""How each strategy is named in figures and sentences, in the course's current language:
``{"random": "random people", "hubs": "biggest hubs", "greedy": "greedy picks"}`` in English."""

P_RANGE = (0.01, 0.10)
"""The share probabilities the explorer's slider offers (fractions). Above 10% most of the network is reached
anyway, and each frame would take too long to simulate while a slider moves."""

_CACHE_SIZE = 2048  # simulations kept; one is `runs` (150) integers, so this stays under 3 MB


def _check_probability(p) -> float:
    if isinstance(p, bool) or not isinstance(p, numbers.Real) or math.isnan(p) or not 0 <= p <= 1:
        hint = " Give a fraction: 0.05 means 5%." if isinstance(p, numbers.Real) and 1 < p <= 100 else ""
        raise ValueError(f"p must be a share probability between 0 and 1, got {p!r}.{hint}")
    return float(p)


def _check_strategy(strategy) -> str:
    if strategy not in STRATEGIES:
        raise ValueError(f"strategy must be one of {', '.join(repr(s) for s in STRATEGIES)}; got {strategy!r}.")
    return strategy


class ViralityModel:
    """The network, its three seed orders and a cache of simulations, prepared once for a fast explorer.

    Parameters
    ----------
    graph : networkx graph, optional
        Edges point the way information flows. Default: the course's follower network
        (:func:`smm_course.network.follower_graph`), 2,000 people.
    max_seeds : int, default 20
        The largest seeding budget offered (people).
    runs : int, default 150
        Simulated cascades behind every picture. The standard error of the expected reach is about
        ``sd / sqrt(runs)``: with 150 runs, under 10 people for the budgets of the notebook. More runs give a
        smoother histogram but a slower slider (the heaviest frames, 20 seeds at p = 8% or more, simulate for
        about 40 ms with 150 runs on one core).
    random_state : int, default 7
        Seed of every simulation, so the same question gives the same numbers everywhere.
    greedy_p : float, default 0.08
        The share probability the greedy order is chosen for (the notebook's budget exercise uses 8%).
    candidates : int, default 100
        Greedy chooses among this many biggest accounts (keeps it to a fraction of a second).
    random_sets : int, default 10
        Number of random seed orders the ``"random"`` strategy averages over.

    Examples
    --------
    >>> model = ViralityModel(nx.star_graph(30), max_seeds=3, runs=20, candidates=5)
    >>> model.order("hubs")[0]  # the centre of the star has the most ties
    0
    >>> model.reach(1.0, 1, "hubs").tolist()[:3]  # with p = 1 the centre reaches everyone, every run
    [31, 31, 31]
    """

    def __init__(self, graph: nx.Graph | None = None, *, max_seeds: int = 20, runs: int = 150,
                 random_state: int = 7, greedy_p: float = 0.08, candidates: int = 100,
                 random_sets: int = 10) -> None:
        from smm_course import diffusion, network

        if graph is None:
            graph = network.follower_graph()
        if not isinstance(graph, nx.Graph):
            raise ValueError(f"graph must be a networkx graph, not {type(graph).__name__}.")
        n_nodes = graph.number_of_nodes()
        for name, value, low, high in (("max_seeds", max_seeds, 1, n_nodes), ("runs", runs, 2, 100_000),
                                       ("candidates", candidates, 1, 100_000), ("random_sets", random_sets, 1, runs)):
            if isinstance(value, bool) or not isinstance(value, numbers.Integral) or not low <= value <= high:
                raise ValueError(f"{name} must be a whole number from {low} to {high}, got {value!r}.")
        self.graph = graph
        self.n_nodes = n_nodes
        self.max_seeds = int(max_seeds)
        self.runs = int(runs)
        self.random_state = int(random_state)
        self.greedy_p = _check_probability(greedy_p)
        self.random_sets = int(random_sets)
        self._diffusion = diffusion

        # Hubs: most out-ties (followers) first; ties broken by the graph's node order, so the order is stable.
        degree = dict(graph.out_degree()) if graph.is_directed() else dict(graph.degree())
        position = {node: i for i, node in enumerate(graph.nodes)}
        by_audience = sorted(graph.nodes, key=lambda node: (-degree[node], position[node]))
        self._orders = {"hubs": by_audience[: self.max_seeds]}
        pool = by_audience[: max(int(candidates), self.max_seeds)]
        greedy = diffusion.greedy_seeds(graph, self.max_seeds, self.greedy_p, runs=100,
                                        random_state=self.random_state + 1, candidates=pool, progress=False)
        self._orders["greedy"] = list(greedy["seed"])
        self.greedy_table = greedy
        nodes = list(graph.nodes)
        rng = np.random.default_rng(self.random_state)
        self._random_orders = [[nodes[i] for i in rng.choice(n_nodes, size=self.max_seeds, replace=False)]
                               for _ in range(self.random_sets)]
        self._orders["random"] = self._random_orders[0]
        self._cache: OrderedDict = OrderedDict()

    def order(self, strategy: str) -> list:
        """The seed order of a strategy (for ``"random"``, the first of its random orders)."""
        return list(self._orders[_check_strategy(strategy)])

    def seeds_of(self, strategy: str, seeds: int) -> list:
        """The first ``seeds`` people a strategy picks (for ``"random"``, from its first random order)."""
        return self.order(strategy)[: self._check_seeds(seeds)]

    def _check_seeds(self, seeds) -> int:
        if isinstance(seeds, bool) or not isinstance(seeds, numbers.Integral) or not 1 <= seeds <= self.max_seeds:
            raise ValueError(f"seeds must be a whole number of people from 1 to {self.max_seeds}, got {seeds!r}.")
        return int(seeds)

    def reach(self, p: float, seeds: int, strategy: str) -> np.ndarray:
        """People reached (seeds included) in each of the ``runs`` simulated cascades; cached.

        The same arguments always give the same array (read-only).
        """
        p, seeds, strategy = _check_probability(p), self._check_seeds(seeds), _check_strategy(strategy)
        key = (round(p, 6), seeds, strategy)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        cascade = self._diffusion.independent_cascade
        if strategy == "random":
            per_set = np.diff(np.linspace(0, self.runs, self.random_sets + 1).round().astype(int))
            parts = [cascade(self.graph, order[:seeds], p, runs=int(n), random_state=self.random_state + 100 + i,
                             progress=False).reach
                     for i, (order, n) in enumerate(zip(self._random_orders, per_set)) if n > 0]
            reach = np.concatenate(parts)
        else:
            reach = np.array(cascade(self.graph, self._orders[strategy][:seeds], p, runs=self.runs,
                                     random_state=self.random_state, progress=False).reach)
        reach.setflags(write=False)
        self._cache[key] = reach
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return reach


@lru_cache(maxsize=1)
def default_model() -> ViralityModel:
    """The model on the course's follower network, built once per session (about half a second)."""
    return ViralityModel()


def _summary(reach: np.ndarray) -> tuple[float, float, float, float]:
    mean = float(reach.mean())
    std_error = float(reach.std(ddof=1) / math.sqrt(len(reach))) if len(reach) > 1 else float("nan")
    low, high = (float(v) for v in np.percentile(reach, [2.5, 97.5]))
    return mean, std_error, low, high


@dataclass(frozen=True)
class ReachView:
    """What :func:`render` computed and drew, for a reader or a test to inspect.

    Attributes
    ----------
    p : float
        Share probability (a fraction).
    seeds : int
        Seeding budget (people).
    strategy : str
        One of :data:`STRATEGIES`.
    seed_nodes : tuple
        Who the strategy seeds (for ``"random"``, the first of the random picks).
    reach : numpy.ndarray
        People reached in each simulated run, seeds included.
    mean, std_error : float
        Expected reach (the mean of ``reach``) and its standard error, ``sd / sqrt(runs)``.
    low, high : float
        The 2.5th and 97.5th percentiles of ``reach``: 95% of the runs reach between them.
    n_nodes : int
        People in the network.
    target : float or None
        The reach target drawn, if any (people).
    message : str
        One plain sentence that states the result.
    figure : object
        The drawing: ``figure.figure`` is the matplotlib Figure, ``figure.png()`` its pixels.
    """

    p: float
    seeds: int
    strategy: str
    seed_nodes: tuple
    reach: np.ndarray = field(repr=False)
    mean: float
    std_error: float
    low: float
    high: float
    n_nodes: int
    target: float | None
    message: str
    figure: object = field(repr=False)

    @property
    def target_met(self) -> bool | None:
        """Whether the expected reach is at least the target (None without a target)."""
        return None if self.target is None else self.mean >= self.target

    def _repr_html_(self) -> str:
        # The sentence is shown above the picture and repeated as its alt text, for screen readers.
        text = html.escape(self.message)
        picture = base64.b64encode(self.figure.png()).decode("ascii")
        return (f'<p role="status"><strong>{text}</strong></p>'
                f'<img src="data:image/png;base64,{picture}" alt="{text}" style="max-width:100%">')


def _people(count: float) -> str:
    """A count of people in words: "1 person", "1,234 people" (rounded to a whole number)."""
    whole = format_number(count, ",.0f")
    return _say("one_person" if whole == "1" else "people", count=whole)


def _message(view: dict) -> str:
    seeds = view["seeds"]
    text = _say("message_one" if seeds == 1 else "message_many", seeds=seeds,
                label=_strategy_words(view["strategy"], seeds), p=format_number(view["p"], ".0%"),
                people=_people(view["mean"]), low=format_number(view["low"], ",.0f"),
                high=format_number(view["high"], ",.0f"))
    if view["target"] is not None:
        met = view["mean"] >= view["target"]
        text += " " + _say("target_met" if met else "target_not_met", target=format_number(view["target"], ",.0f"))
    return text


class _ReachFigure(BlitFigure):
    """One figure whose artists are made once and updated on every render, so a slider drag stays smooth.

    The histogram, the lines and the texts are drawn on a cached background (axes, ticks, legend), drawn again
    only when the y axis must grow or shrink, or the legend changes.
    """

    hide_moving = True  # not animated: a full draw (``render(draw=True)``, savefig) still shows everything

    def __init__(self, n_nodes: int) -> None:
        from matplotlib.patches import Rectangle
        from matplotlib.ticker import MaxNLocator, PercentFormatter

        from smm_course.plots import OKABE_ITO, number_axis

        self.n_nodes = n_nodes
        self.edges = np.linspace(0, n_nodes, 81)  # 80 bins over the whole network, the same in every frame
        super().__init__((9.5, 4.6), dict(left=0.115, right=0.955, bottom=0.15, top=0.78))
        ax = self.ax = self.figure.add_subplot()
        ax.grid(True, alpha=0.4)
        transform = ax.get_xaxis_transform()  # x in data units, y from 0 to 1 of the axes
        self.span = Rectangle((0, 0), 0, 1, transform=transform, facecolor=OKABE_ITO["sky blue"], alpha=0.25,
                              edgecolor=OKABE_ITO["blue"], hatch="//", linewidth=0, label=_say("runs_95"))
        ax.add_patch(self.span)
        self.bars = ax.stairs(np.zeros(len(self.edges) - 1), self.edges, fill=True, color=OKABE_ITO["blue"],
                              alpha=0.85, label=_say("share_of_runs"))
        self.mean_line = ax.axvline(0, color="black", linestyle="--", linewidth=2.2, label=_say("expected_reach"))
        self.target_line = ax.axvline(0, color=OKABE_ITO["vermillion"], linestyle=":", linewidth=2.6,
                                      label=_say("target"))
        self.mean_text = ax.text(0, 0.97, "", transform=transform, ha="left", va="top", fontsize="medium",
                                 fontweight="bold", backgroundcolor="white")
        ax.set_xlim(0, n_nodes)
        number_axis(ax, "x")  # 2,000 / 2.000
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 5, 10]))
        ax.yaxis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))
        ax.set_xlabel(_say("xlabel"))
        ax.set_ylabel(_say("ylabel"))
        self.title = self.figure.suptitle("", fontweight="bold", fontsize="medium", y=0.975)
        self.legend = self._legend()
        self.animate(self.span, self.bars, self.mean_line, self.target_line, self.mean_text, self.title)
        self.scale_with(ax.yaxis)
        self.top: float | None = None

    def _legend(self):
        # One row between the title and the plot, so it never hides the bars or the mean's label.
        return self.ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=4, fontsize="small",
                              frameon=False, borderaxespad=0.3, handlelength=1.8, columnspacing=1.2)

    def update(self, reach: np.ndarray, mean: float, low: float, high: float, target: float | None,
               title: str) -> None:
        counts, _ = np.histogram(np.clip(reach, 0, self.n_nodes), bins=self.edges)
        shares = counts / max(len(reach), 1)
        self.bars.set_data(shares, self.edges)
        top = min(1.08, max(0.2, float(shares.max()) * 1.25))
        # Keep the y axis while the bars fit and fill at least half of it: redrawing the axes is the slow part.
        if self.top is None or not 0.5 * self.top <= top <= self.top:
            self.top = top
            self.ax.set_ylim(0, top)
            self.rescale()
        self.span.set_x(low)
        self.span.set_width(max(high - low, self.n_nodes / 400))
        self.mean_line.set_xdata([mean, mean])
        # The label sits right of the mean line, or left of it when the line is near the right edge.
        right_side = mean < 0.7 * self.n_nodes
        self.mean_text.set_position((mean + (0.01 if right_side else -0.01) * self.n_nodes, 0.97))
        self.mean_text.set_horizontalalignment("left" if right_side else "right")
        self.mean_text.set_text(_say("mean", mean=format_number(mean, ",.0f")))
        shown = target is not None
        self.target_line.set_visible(shown)
        if shown:
            self.target_line.set_xdata([target, target])
            self.target_line.set_label(_say("target_people", target=format_number(target, ",.0f")))
        else:
            self.target_line.set_label("_target")
        # Rebuild the legend only when the entries change (showing or hiding the target).
        labels = [text.get_text() for text in self.legend.get_texts()]
        wanted = [_say("runs_95"), _say("share_of_runs"), _say("expected_reach")]
        if shown:
            wanted.append(self.target_line.get_label())
        if labels != wanted:
            self.legend.remove()
            self.legend = self._legend()
            self.restage()
        self.title.set_text(title)


def render(p: float = 0.05, seeds: int = 5, strategy: str = "hubs", *, target: float | None = None,
           model: ViralityModel | None = None, figure: _ReachFigure | None = None, draw: bool = True) -> ReachView:
    """Simulate the campaign for one choice of share probability, budget and strategy, and draw the reach.

    Parameters
    ----------
    p : float
        Share probability: the chance that a person who got the message passes it to each follower (a fraction,
        0.05 means 5%).
    seeds : int
        Seeding budget: how many people get the message first (1 to ``model.max_seeds``).
    strategy : {"random", "hubs", "greedy"}
        How the seeds are picked (see the module notes).
    target : float, optional
        A reach target to draw as a dotted line (people).
    model : ViralityModel, optional
        The prepared network (default: :func:`default_model`, the course's follower network).
    figure : optional
        ``view.figure`` from an earlier call: reused (its artists updated) so redraws are fast.
    draw : bool
        Render the figure's pixels now, as a display would (the explorer renders them to PNG instead).

    Returns
    -------
    ReachView
        The reach of every run, its mean, standard error and 95% range, a sentence, and the figure.

    Examples
    --------
    >>> model = ViralityModel(nx.path_graph(5, create_using=nx.DiGraph), max_seeds=2, runs=10, candidates=2)
    >>> view = render(p=1.0, seeds=1, strategy="hubs", model=model, target=4)
    >>> view.mean, view.target_met  # node 0 starts the chain 0 -> 1 -> ... -> 4: everyone, every time
    (5.0, True)
    """
    if model is None:
        model = default_model()
    reach = model.reach(p, seeds, strategy)
    if target is not None and (isinstance(target, bool) or not isinstance(target, numbers.Real) or target < 0):
        raise ValueError(f"target must be a number of people (0 or more), or None; got {target!r}.")
    mean, std_error, low, high = _summary(reach)
    values = {"p": float(p), "seeds": int(seeds), "strategy": strategy, "mean": mean, "low": low, "high": high,
              "target": None if target is None else float(target)}
    message = _message(values)
    if figure is None:
        figure = _ReachFigure(model.n_nodes)
    figure.update(reach, mean, low, high, values["target"],
                  _say("title_many" if seeds > 1 else "title_one", seeds=seeds, label=_strategy_words(strategy),
                       p=format_number(p, ".0%"), people=_people(mean)))
    if draw:
        figure.figure.canvas.draw()
    return ReachView(p=float(p), seeds=int(seeds), strategy=strategy, seed_nodes=tuple(model.seeds_of(strategy, seeds)),
                     reach=reach, mean=mean, std_error=std_error, low=low, high=high, n_nodes=model.n_nodes,
                     target=values["target"], message=message, figure=figure)


def budget_table(p: float, *, model: ViralityModel | None = None, strategies=STRATEGIES,
                 max_seeds: int | None = None) -> pd.DataFrame:
    """Expected reach for every seeding budget and strategy at share probability ``p``.

    Parameters
    ----------
    p : float
        Share probability (a fraction).
    model : ViralityModel, optional
        Default: :func:`default_model`.
    strategies : list of str
        Which strategies to list (default: all three).
    max_seeds : int, optional
        The largest budget to list (default: ``model.max_seeds``).

    Returns
    -------
    DataFrame
        One row per (strategy, seeds): ``strategy``, ``seeds`` (1 to ``max_seeds``), ``mean`` (expected reach,
        people), ``std_error``, ``low`` and ``high`` (the range of 95% of runs).

    Examples
    --------
    >>> model = ViralityModel(nx.star_graph(6), max_seeds=2, runs=10, candidates=3)
    >>> budget_table(1.0, model=model, strategies=["hubs"])[["strategy", "seeds", "mean"]]
      strategy  seeds  mean
    0     hubs      1   7.0
    1     hubs      2   7.0
    """
    if model is None:
        model = default_model()
    last = model.max_seeds if max_seeds is None else model._check_seeds(max_seeds)
    rows = []
    for strategy in strategies:
        _check_strategy(strategy)
        for seeds in range(1, last + 1):
            mean, std_error, low, high = _summary(model.reach(p, seeds, strategy))
            rows.append({"strategy": strategy, "seeds": seeds, "mean": mean, "std_error": std_error,
                         "low": low, "high": high})
    return pd.DataFrame(rows, columns=["strategy", "seeds", "mean", "std_error", "low", "high"])


def smallest_budget(p: float, target: float, strategy: str, *, model: ViralityModel | None = None) -> int | None:
    """The fewest seeds whose expected reach is at least ``target`` with ``strategy`` (None if none is enough).

    Examples
    --------
    >>> model = ViralityModel(nx.empty_graph(5, create_using=nx.DiGraph), max_seeds=4, runs=10, candidates=5)
    >>> smallest_budget(0.5, 3, "hubs", model=model)  # nobody passes anything on: 3 seeds reach 3 people
    3
    """
    if model is None:
        model = default_model()
    _check_strategy(strategy)
    for seeds in range(1, model.max_seeds + 1):
        if model.reach(p, seeds, strategy).mean() >= target:
            return seeds
    return None


class ReachPanel(LivePanel):
    """A live picture of one :class:`ReachView`: a sentence (``role="status"``, read out by screen readers and
    repeated as the picture's text alternative) and the figure.

    :meth:`show` draws one choice; :meth:`update` takes the choice as a dict (``p``, ``seeds``, ``strategy`` and
    ``target``, each defaulting to the panel's own), so the panel can follow an exercise's controls.

    Parameters
    ----------
    p : float, optional
        Share probability when the values do not give one.
    target : float, optional
        Reach target to draw when the values do not give one.
    model : ViralityModel, optional
        Default: :func:`default_model`.
    """

    def __init__(self, p: float | None = None, *, target: float | None = None, model: ViralityModel | None = None,
                 **kwargs) -> None:
        super().__init__(max_width="960px", **kwargs)
        self.defaults = {"p": p, "target": target}
        self.model = model
        self._figure: _ReachFigure | None = None

    @property
    def view(self) -> ReachView | None:
        """What the figure shows now."""
        return self.result

    def draw(self, values: dict):
        values = {**self.defaults, **values}
        # A float slider's value can carry binary noise (0.07000000000000001): round it to the slider's step.
        view = render(round(float(values["p"]), 4), int(values["seeds"]), values["strategy"],
                      target=values["target"], model=self.model, figure=self._figure, draw=False)
        self._figure = view.figure
        return view, view.figure.png()

    def show(self, p: float, seeds: int, strategy: str, *, target: float | None = None,
             model: ViralityModel | None = None) -> ReachView:
        """Render (reusing this panel's figure) and show the result; return the :class:`ReachView`."""
        if model is not None:
            self.model = model
        return self.update({"p": p, "seeds": seeds, "strategy": strategy, "target": target})

    def __repr__(self) -> str:
        return _say("panel")


class ViralityExplorer(Explorer):
    """The widget: ``controls`` (name -> widget) over a :class:`ReachPanel` (``panel``); ``view`` is the last
    :class:`ReachView` drawn."""

    @property
    def title(self) -> str:
        """The stable text form, in the current language."""
        return _say("name")

    @property
    def view(self) -> ReachView | None:
        """What the figure shows now."""
        return self.panel.view


def explorer(p: float = 0.05, seeds: int = 5, strategy: str = "hubs", *, target: float | None = None,
             model: ViralityModel | None = None) -> ViralityExplorer:
    """The word-of-mouth explorer: two sliders and a dropdown that re-run the simulation and redraw at once.

    Controls (each labelled, all keyboard-usable): share probability (1% to 10%), seeding budget (1 to
    ``model.max_seeds`` people) and seeding strategy. Every move re-simulates (or reads the cache) and redraws
    while the slider is dragged (``continuous_update=True``); a sentence under the controls states the result in
    words, for screen readers and at a glance.
    """
    if model is None:
        model = default_model()
    low, high = P_RANGE
    controls = {
        "p": float_slider(_say("p"), min(max(float(p), low), high), low, high, 0.01,
                          ".0%"),
        "seeds": int_slider(_say("seeds"), int(seeds), 1, model.max_seeds),
        "strategy": dropdown(_say("strategy"), [(_strategy_words(s), s) for s in STRATEGIES],
                             _check_strategy(strategy), width="34em"),
    }
    # Simulate every share probability on the slider for the starting budget and strategy now, so that the first
    # drag of the slider (the most common first move) reads the cache instead of simulating.
    for step in range(int(round((high - low) / 0.01)) + 1):
        model.reach(round(low + 0.01 * step, 4), controls["seeds"].value, controls["strategy"].value)
    return ViralityExplorer(controls, panel=ReachPanel(target=target, model=model))
