"""One look for every figure in the course, and the few figure helpers several notebooks share.

:func:`set_theme` sets seaborn's theme with the Okabe-Ito palette (Okabe and Ito, 2008), which people with the
common colour-vision deficiencies can tell apart, and fonts large enough for a projector. Every notebook colours
a platform or a brand the same way through :data:`PLATFORM_COLORS` and :data:`BRAND_COLORS`, and marks them with
the same marker shapes (:data:`PLATFORM_MARKERS`, :data:`BRAND_MARKERS`) so that no figure relies on colour
alone.

Each helper draws on the Axes you pass (or a new one) and returns it, so you can add titles or lines after.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.ticker import FuncFormatter, PercentFormatter

from smm_course import alt_text
from smm_course._validation import as_numeric, check_choice
from smm_course.i18n import format_number, get_language, translate

__all__ = [
    "BRAND_COLORS",
    "BRAND_MARKERS",
    "OKABE_ITO",
    "PALETTE",
    "PLATFORM_COLORS",
    "PLATFORM_MARKERS",
    "bar_labels",
    "cascade_spread",
    "date_axis",
    "format_amount",
    "funnel",
    "metric_vs_target",
    "network",
    "number_axis",
    "percent_axis",
    "set_theme",
]

#: The Okabe-Ito colours by name (Okabe and Ito, "Color Universal Design", 2008).
OKABE_ITO = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "bluish green": "#009E73",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
    "sky blue": "#56B4E9",
    "yellow": "#F0E442",
    "black": "#000000",
}

#: The course palette, in the order seaborn and matplotlib use it (yellow, hard to see on white, comes late).
PALETTE = list(OKABE_ITO.values())

#: One colour per platform, the same in every notebook.
PLATFORM_COLORS = {
    "Facebook": OKABE_ITO["blue"],
    "Instagram": OKABE_ITO["reddish purple"],
    "X": OKABE_ITO["black"],
    "YouTube": OKABE_ITO["vermillion"],
    "TikTok": OKABE_ITO["bluish green"],
    "LinkedIn": OKABE_ITO["sky blue"],
}

#: One marker shape per platform, to use with the colours (e.g. seaborn's ``markers=PLATFORM_MARKERS``).
PLATFORM_MARKERS = {"Facebook": "o", "Instagram": "s", "X": "X", "YouTube": "^", "TikTok": "D", "LinkedIn": "v"}

#: One colour per brand: the course brand Nuvola in blue, its competitors in other Okabe-Ito colours.
BRAND_COLORS = {
    "Nuvola": OKABE_ITO["blue"],
    "Brezza": OKABE_ITO["orange"],
    "Sorgente": OKABE_ITO["bluish green"],
    "Zest": OKABE_ITO["reddish purple"],
}

#: One marker shape per brand.
BRAND_MARKERS = {"Nuvola": "o", "Brezza": "s", "Sorgente": "^", "Zest": "D"}

#: Marker shapes and line styles handed out in turn when a figure shows several series.
_MARKERS = ["o", "s", "^", "D", "v", "X", "P", "*"]
_LINESTYLES = ["-", "--", "-.", ":"]

_THEME_RC = {
    "figure.figsize": (9.0, 5.0),
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "savefig.bbox": "tight",
    "axes.titleweight": "bold",
    "axes.titlepad": 12.0,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "grid.color": "#E6E6E6",
    "grid.linewidth": 0.8,
    "legend.frameon": False,
    "lines.linewidth": 2.2,
    "lines.markersize": 7.0,
}


def _say(what: str, **fields) -> str:
    """A plot's default text ``what`` in the course's current language (``plot.<what>``)."""
    return translate(f"plot.{what}", **fields)


def set_theme() -> None:
    """Set the course's look for every figure that follows.

    Seaborn's "whitegrid" theme with the Okabe-Ito palette, fonts scaled by 1.2 for a projector, a light grid,
    and a 9 x 5 inch figure at 100 dpi (150 dpi when saved).

    In a notebook's kernel it also gives every figure a text alternative, the sentence that introduces it
    (see :mod:`smm_course.alt_text`): JupyterLab shows PNG figures with no ``alt`` at all.

    Calling it again changes nothing (it is idempotent). ``smm_course.start()`` calls it in every notebook.

    Examples
    --------
    >>> set_theme()
    >>> import matplotlib as mpl
    >>> mpl.colors.to_hex(mpl.rcParams["axes.prop_cycle"].by_key()["color"][0]).upper()
    '#0072B2'
    """
    sns.set_theme(context="notebook", style="whitegrid", palette=PALETTE, font_scale=1.2, rc=dict(_THEME_RC))
    alt_text.install()


def _axis(ax, axis: str):
    check_choice(axis, "axis", ["x", "y"])
    return ax.yaxis if axis == "y" else ax.xaxis


class _PercentFormatter(PercentFormatter):
    """matplotlib's PercentFormatter, with a decimal comma when the course speaks Italian (4,0%)."""

    def format_pct(self, x, display_range):
        text = super().format_pct(x, display_range)
        return text.replace(".", ",") if get_language() == "it" else text


def percent_axis(ax, axis: str = "y", decimals: int | None = None):
    """Show an axis that holds fractions (0.05) as percentages (5%). The data stay fractions.

    The ticks follow the course's language when the figure is drawn: 4.0% in English, 4,0% in Italian.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = ax.plot([0, 1], [0.01, 0.05])
    >>> percent_axis(ax).yaxis.get_major_formatter().format_pct(0.05, 1)
    '5%'
    >>> from smm_course.i18n import use_language
    >>> with use_language("it"):
    ...     percent_axis(ax, decimals=1).yaxis.get_major_formatter().format_pct(0.04, 1)
    '4,0%'
    >>> plt.close(fig)
    """
    _axis(ax, axis).set_major_formatter(_PercentFormatter(xmax=1.0, decimals=decimals))
    return ax


def format_amount(value, spec: str = ",.0f", unit: str = "") -> str:
    """Write a number with its unit as the course's language does: ``€10,000`` / ``10.000 €``, ``18,8 h``.

    Parameters
    ----------
    value : float
        The number.
    spec : str
        A Python format spec, as in English code (``",.0f"``, ``".1f"``, ``".0%"``); the separators follow the
        language (:func:`smm_course.i18n.format_number`).
    unit : str
        Written after the number with a space (``"h"``, ``"people"``); ``"€"`` goes before the number in English
        and after it in Italian (``plot.euros`` in the locales).

    Examples
    --------
    >>> format_amount(10000, unit="€"), format_amount(18.84, ".1f", "h")
    ('€10,000', '18.8 h')
    >>> from smm_course.i18n import use_language
    >>> with use_language("it"):
    ...     format_amount(10000, unit="€"), format_amount(18.84, ".1f", "h"), format_amount(20000)
    ('10.000 €', '18,8 h', '20.000')
    """
    number = format_number(value, spec)
    if unit == "€":
        return _say("euros", amount=number)
    return f"{number} {unit}" if unit else number


def number_axis(ax, axis: str = "y", spec: str = ",.0f", unit: str = ""):
    """Write an axis's tick labels as numbers in the course's language: 20,000 / 20.000, €10,000 / 10.000 €.

    Use it instead of ``ax.yaxis.set_major_formatter("{x:,.0f}")``, which always writes the English form. The
    language is read when the figure is drawn.

    Parameters
    ----------
    axis : {"y", "x"}
    spec : str
        A Python format spec for each tick (default: whole numbers with thousands grouped).
    unit : str
        Added to each tick as in :func:`format_amount` (``"€"``, ``"h"``...).

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> formatter = number_axis(ax, "x", unit="€").xaxis.get_major_formatter()
    >>> formatter(10000, 0)
    '€10,000'
    >>> from smm_course.i18n import use_language
    >>> with use_language("it"):
    ...     formatter(10000, 0)
    '10.000 €'
    >>> plt.close(fig)
    """
    _axis(ax, axis).set_major_formatter(FuncFormatter(lambda value, _pos: format_amount(value, spec, unit)))
    return ax


def bar_labels(ax, bars=None, spec: str = ",.0f", unit: str = "", **kwargs):
    """Label each bar with its value in the course's language (``18.8 h`` / ``18,8 h``), via ``ax.bar_label``.

    Parameters
    ----------
    bars : BarContainer, optional
        The bars (what ``ax.bar``/``ax.barh`` return). Default: the first bars drawn on ``ax``.
    spec, unit : str
        As in :func:`format_amount`, e.g. ``spec=".1f", unit="h"`` or ``spec=".0%"``.
    **kwargs
        Passed on to ``ax.bar_label`` (``padding``, ``fontsize``...).

    Returns
    -------
    list of matplotlib Text
        The labels, as ``ax.bar_label`` returns them.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = ax.bar(["chat", "email"], [1.25, 18.84])
    >>> [label.get_text() for label in bar_labels(ax, spec=".1f", unit="h")]
    ['1.2 h', '18.8 h']
    >>> plt.close(fig)
    """
    if bars is None:
        if not ax.containers:
            raise ValueError("ax has no bars to label; draw them first (ax.bar or ax.barh), or pass bars.")
        bars = ax.containers[0]
    values = [getattr(bar, "get_width" if _horizontal(bars) else "get_height")() for bar in bars]
    return ax.bar_label(bars, labels=[format_amount(value, spec, unit) for value in values], **kwargs)


def _horizontal(bars) -> bool:
    return getattr(bars, "orientation", "vertical") == "horizontal"


#: Strings strftime would write from a date, replaced by the month's name in the course's language.
_MONTH_CODES = {"%b": "\ue000b%m\ue000", "%B": "\ue000B%m\ue000"}
_MONTH_MARK = re.compile("\ue000([bB])(\\d\\d)\ue000")


def _mark_months(fmt: str) -> str:
    for code, mark in _MONTH_CODES.items():
        fmt = fmt.replace(code, mark)
    return fmt


def _name_months(text: str) -> str:
    """Replace the month marks left by :func:`_mark_months` with the month names in the course's language."""
    if "\ue000" not in text:
        return text
    short = translate("explorer.month_abbreviations").split(",")
    full = translate("explorer.month_names").split(",")
    return _MONTH_MARK.sub(lambda m: (short if m[1] == "b" else full)[int(m[2]) - 1], text)


class _DateFormatter(mdates.DateFormatter):
    """matplotlib's DateFormatter, with month names in the course's language (Italian: 7 apr)."""

    def __call__(self, x, pos=0):
        if get_language() == "en":
            return super().__call__(x, pos)
        return _name_months(mdates.num2date(x, self.tz).strftime(_mark_months(self.fmt)))


def _day_month_year(fmt: str) -> str:
    """matplotlib's year-first dates (2025-Oct-06) in the order Italian writes them (6 ott 2025)."""
    for year_first, day_first in (("%Y-%b-%d", "%d %b %Y"), ("%Y-%b", "%b %Y"), ("%b-%d", "%d %b")):
        fmt = fmt.replace(year_first, day_first)
    return fmt


class _ConciseDateFormatter(mdates.ConciseDateFormatter):
    """matplotlib's ConciseDateFormatter, with month names in the course's language (Italian: gen, feb...) and, in
    Italian, day-month-year order (06 ott, ott 2025)."""

    def format_ticks(self, values):
        if get_language() == "en":
            return super().format_ticks(values)
        kept = self.formats, self.zero_formats, self.offset_formats
        self.formats, self.zero_formats, self.offset_formats = (
            [_mark_months(_day_month_year(fmt)) for fmt in formats] for formats in kept
        )
        try:
            labels = super().format_ticks(values)
        finally:
            self.formats, self.zero_formats, self.offset_formats = kept
        self._offset_string = _name_months(self._offset_string)
        return [_name_months(label) for label in labels]


def date_axis(ax, axis: str = "x", fmt: str | None = None):
    """Write an axis's dates with month names in the course's language (Italian: gen feb mar ... dic).

    Use it instead of ``mdates.DateFormatter("%d %b")`` or ``mdates.ConciseDateFormatter``, whose month names are
    always English. The language is read when the figure is drawn.

    Parameters
    ----------
    axis : {"x", "y"}
    fmt : str, optional
        A strftime format such as ``"%d %b"`` (7 Apr / 7 apr) or ``"%b"``, with the ticks matplotlib chooses.
        Default: matplotlib's automatic dates with concise labels (months, and the year where it changes), as
        ``ConciseDateFormatter`` writes them.

    Examples
    --------
    >>> import matplotlib.pyplot as plt, pandas as pd
    >>> fig, ax = plt.subplots()
    >>> _ = ax.plot(pd.date_range("2025-01-01", periods=365), range(365))
    >>> from smm_course.i18n import use_language
    >>> with use_language("it"):
    ...     date_axis(ax, fmt="%d %b").xaxis.get_major_formatter()(mdates.datestr2num("2025-04-07"))
    '07 apr'
    >>> _ = date_axis(ax)
    >>> with use_language("it"):
    ...     [label.get_text() for label in ax.get_xticklabels()]
    ['2025', 'mar', 'mag', 'lug', 'set', 'nov', '2026']
    >>> plt.close(fig)
    """
    target = _axis(ax, axis)
    if fmt is None:
        locator = mdates.AutoDateLocator()
        target.set_major_locator(locator)
        target.set_major_formatter(_ConciseDateFormatter(locator))
    else:
        target.set_major_formatter(_DateFormatter(fmt))
    return ax


def _new_axes(ax):
    if ax is None:
        _, ax = plt.subplots()
    return ax


def _as_series(values, name: str, *, allow_negative: bool) -> pd.Series:
    """Turn a Series, mapping, list or array into a float Series (positions as index when there is none)."""
    if isinstance(values, Mapping) and not isinstance(values, pd.Series):
        values = pd.Series(dict(values), dtype=object)
    numeric = as_numeric(values, name, allow_negative=allow_negative)
    if numeric.is_scalar:
        raise ValueError(f"{name} must hold several values (a Series, a list or a dict), not a single number.")
    flat = numeric.values.ravel()
    index = numeric.index if numeric.index is not None else pd.RangeIndex(flat.size)
    series = pd.Series(flat, index=index, name=getattr(values, "name", None))
    if series.empty:
        raise ValueError(f"{name} is empty; there is nothing to plot.")
    return series


def metric_vs_target(series, target, *, ax=None, label: str | None = None, target_label: str | None = None,
                     higher_is_better: bool = True, percent: bool = False, title: str | None = None,
                     ylabel: str | None = None):
    """Plot a metric over time against its target, marking the points that miss it.

    The metric is a solid line with round markers; the target is a dashed line labelled in the legend; points
    that miss the target get a large "x" marker, so the figure reads without colour.

    Parameters
    ----------
    series : Series
        The metric, indexed by time (e.g. weekly conversions or a monthly rate).
    target : number or Series
        One target for every period, or a target per period with the same index.
    label, target_label : str
        Legend labels (``label`` defaults to the Series name, ``target_label`` to "target" in the course's
        language).
    higher_is_better : bool
        Whether a point misses the target by being below it (True) or above it (False, e.g. response time).
    percent : bool
        Show the y axis as percentages (for a metric that is a fraction).

    Returns
    -------
    matplotlib Axes

    Examples
    --------
    >>> import pandas as pd
    >>> weekly = pd.Series([100, 118, 109, 121], index=pd.date_range("2025-09-01", periods=4, freq="W-MON"))
    >>> ax = metric_vs_target(weekly, target=115, label="conversions")
    >>> [text.get_text() for text in ax.get_legend().get_texts()]
    ['conversions', 'target', 'misses target']
    """
    values = _as_series(series, "series", allow_negative=True)
    if np.ndim(target) == 0 and not isinstance(target, pd.Series):
        goal = pd.Series(float(as_numeric(target, "target", allow_negative=True).values), index=values.index)
        flat_target = True
    else:
        goal = _as_series(target, "target", allow_negative=True)
        if not goal.index.equals(values.index):
            if len(goal) != len(values) or not goal.index.isin(values.index).all():
                raise ValueError("target must have the same index as series (one target per period), or be a number.")
            goal = goal.reindex(values.index)
        flat_target = False
    ax = _new_axes(ax)
    ax.plot(values.index, values.to_numpy(), marker="o", linestyle="-", color=PALETTE[0],
            label=label if label is not None else (values.name or _say("metric")))
    target_label = _say("target") if target_label is None else target_label
    if flat_target:
        ax.axhline(goal.iloc[0], linestyle="--", color=OKABE_ITO["black"], linewidth=1.6, label=target_label)
    else:
        ax.plot(goal.index, goal.to_numpy(), linestyle="--", color=OKABE_ITO["black"], linewidth=1.6,
                label=target_label)
    misses = values < goal if higher_is_better else values > goal
    if misses.any():
        ax.plot(values.index[misses], values[misses].to_numpy(), linestyle="none", marker="X", markersize=11,
                color=OKABE_ITO["vermillion"], label=_say("misses_target"))
    if isinstance(values.index, pd.DatetimeIndex):
        date_axis(ax)
    if percent:
        percent_axis(ax)
    if ylabel is not None:
        ax.set_ylabel(ylabel)
    if title is not None:
        ax.set_title(title)
    ax.legend()
    return ax


def funnel(stages, *, ax=None, title: str | None = None, unit: str = ""):
    """Draw a conversion funnel: one centred bar per stage, labelled with its count and the share it keeps.

    Each bar's label reads "count (x% of the previous stage)"; the first stage shows only its count. A stage
    after an empty one shows "n/a".

    Parameters
    ----------
    stages : mapping or Series
        Counts per stage, in funnel order, e.g. ``{"impressions": 50000, "clicks": 1500, "purchases": 45}``.
    unit : str
        Words after each count in the labels, e.g. "people".

    Returns
    -------
    matplotlib Axes

    Examples
    --------
    >>> ax = funnel({"impressions": 50000, "clicks": 1500, "purchases": 45})
    >>> [text.get_text() for text in ax.texts]
    ['50,000', '1,500 (3.0% of previous)', '45 (3.0% of previous)']
    """
    counts = _as_series(stages, "stages", allow_negative=False)
    if counts.isna().any():
        raise ValueError("stages must not have missing counts.")
    ax = _new_axes(ax)
    widest = counts.max() if counts.max() > 0 else 1.0
    positions = np.arange(len(counts))[::-1]  # first stage at the top
    ax.barh(positions, counts.to_numpy(), left=(widest - counts.to_numpy()) / 2, height=0.7,
            color=PALETTE[0], edgecolor="white")
    suffix = f" {unit}" if unit else ""
    previous = None
    for position, count in zip(positions, counts.to_numpy()):
        text = f"{format_number(count, ',.0f')}{suffix}"
        if previous is not None:
            kept = _say("no_value") if previous == 0 else format_number(count / previous, ".1%")
            text += " " + _say("of_previous", share=kept)
        ax.text(widest / 2, position, text, ha="center", va="center", fontweight="bold",
                color="black", bbox={"facecolor": "white", "alpha": 0.85, "edgecolor": "none", "pad": 2})
        previous = count
    ax.set_yticks(positions, [str(name) for name in counts.index])
    ax.set_xticks([])
    ax.grid(False)
    ax.spines[["left", "bottom"]].set_visible(False)
    if title is not None:
        ax.set_title(title)
    return ax


def network(graph, highlight=None, pos=None, *, ax=None, groups=None, labels=False, seed: int = 7,
            highlight_label: str | None = None, node_size: float | None = None, title: str | None = None):
    """Draw a network with networkx, with highlighted nodes (e.g. seeds or hubs) as large stars.

    The layout is ``networkx.spring_layout`` with a fixed ``seed``, so the same graph is drawn the same way every
    time. The layout takes seconds for graphs of a thousand nodes or more: compute it once
    (``pos = nx.spring_layout(graph, seed=7)``) and pass it as ``pos`` to every figure of that graph.
    Highlighted nodes differ by shape, size and colour; ``groups`` (e.g. communities) differ by colour and
    marker shape.

    Parameters
    ----------
    graph : networkx Graph or DiGraph
    highlight : iterable of nodes, optional
        Nodes to stand out, e.g. the seeds of a campaign.
    pos : dict, optional
        Node -> (x, y). Default: a spring layout with ``seed``.
    groups : mapping, optional
        Node -> group label, e.g. the community of each node (at most 8 groups).
    highlight_label : str, optional
        The highlighted nodes' legend label (default: "seeds", in the course's language).
    labels : bool
        Write each node's name on it (for small graphs).
    node_size : float, optional
        Size of ordinary nodes in points squared. Default: smaller for bigger graphs.

    Returns
    -------
    matplotlib Axes

    Examples
    --------
    >>> import networkx as nx
    >>> ax = network(nx.karate_club_graph(), highlight=[0, 33])
    >>> [text.get_text() for text in ax.get_legend().get_texts()]
    ['other nodes', 'seeds']
    """
    import networkx as nx

    if not isinstance(graph, nx.Graph):
        raise ValueError(f"graph must be a networkx Graph or DiGraph; got {type(graph).__name__}.")
    if graph.number_of_nodes() == 0:
        raise ValueError("graph has no nodes; there is nothing to draw.")
    chosen = [] if highlight is None else list(highlight)
    unknown = [node for node in chosen if node not in graph]
    if unknown:
        raise ValueError(f"highlight names nodes that are not in the graph: {unknown[:5]}.")
    if pos is None:
        pos = nx.spring_layout(graph, seed=seed)
    else:
        missing = [node for node in graph if node not in pos]
        if missing:
            raise ValueError(
                f"pos has no position for {len(missing)} nodes, e.g. {missing[:5]}; pass a layout of this graph."
            )
    if groups is not None:
        if not isinstance(groups, Mapping):
            groups = dict(groups)
        ungrouped = [node for node in graph if node not in groups]
        if ungrouped:
            raise ValueError(f"groups has no group for {len(ungrouped)} nodes, e.g. {ungrouped[:5]}.")
        names = sorted({groups[node] for node in graph}, key=str)
        if len(names) > len(_MARKERS):
            raise ValueError(f"groups has {len(names)} groups; the figure can tell at most {len(_MARKERS)} apart.")
    size = node_size if node_size is not None else float(np.clip(3000 / np.sqrt(graph.number_of_nodes()), 10, 300))
    ax = _new_axes(ax)
    many_edges = graph.number_of_edges() > 300
    nx.draw_networkx_edges(graph, pos, ax=ax, edge_color="#9A9A9A", alpha=0.35 if many_edges else 0.6,
                           width=0.6 if many_edges else 1.0, arrows=graph.is_directed() and not many_edges,
                           node_size=size)
    highlighted = set(chosen)
    others = [node for node in graph if node not in highlighted]
    if groups is None:
        if others:
            nx.draw_networkx_nodes(graph, pos, nodelist=others, ax=ax, node_size=size, node_color=OKABE_ITO["sky blue"],
                                   edgecolors="white", linewidths=0.5,
                                   label=_say("other_nodes") if chosen else _say("nodes"))
    else:
        for number, name in enumerate(names):
            members = [node for node in others if groups[node] == name]
            if members:
                nx.draw_networkx_nodes(graph, pos, nodelist=members, ax=ax, node_size=size,
                                       node_color=PALETTE[number], node_shape=_MARKERS[number],
                                       edgecolors="white", linewidths=0.5, label=str(name))
    if chosen:
        nx.draw_networkx_nodes(graph, pos, nodelist=chosen, ax=ax, node_size=size * 3 + 120,
                               node_color=OKABE_ITO["vermillion"], node_shape="*", edgecolors="black",
                               linewidths=1.0, label=_say("seeds") if highlight_label is None else highlight_label)
    if labels:
        nx.draw_networkx_labels(graph, pos, ax=ax, font_size=9)
    if chosen or groups is not None:
        ax.legend(scatterpoints=1, markerscale=0.8 if chosen else 1.0)
    ax.set_axis_off()
    if title is not None:
        ax.set_title(title)
    return ax


def cascade_spread(new_per_step, *, ax=None, cumulative: bool = True, label: str | None = None,
                   title: str | None = None, unit: str | None = None):
    """Plot how a cascade spreads: people newly reached at each step, and the cumulative total.

    Step 0 is the seeds. For one cascade, the newly reached are bars and the cumulative total is a line with
    markers, on the same axis (both count people). For several cascades (a mapping such as
    ``{"random": ..., "hubs": ..., "greedy": ...}``), each is a line with its own marker and line style: the
    cumulative totals, or the newly reached when ``cumulative=False``.

    Parameters
    ----------
    new_per_step : Series, array, cascade result, or a mapping of them
        Mean number of newly reached people per step (e.g. averaged over Monte Carlo runs), not negative. A
        result of ``smm_course.diffusion.independent_cascade`` can be passed as it is (its ``new_per_step``).
    cumulative : bool
        Also draw (one cascade) or draw instead (several) the running total.
    unit : str, optional
        What the y axis counts (default: "people", in the course's language).

    Returns
    -------
    matplotlib Axes

    Examples
    --------
    >>> ax = cascade_spread([5, 12, 20, 9, 3])
    >>> [text.get_text() for text in ax.get_legend().get_texts()]
    ['cumulative reached', 'newly reached']
    >>> ax.lines[0].get_ydata().tolist()
    [5.0, 17.0, 37.0, 46.0, 49.0]
    """
    def steps_of(values):
        return getattr(values, "new_per_step", values)

    new_per_step = steps_of(new_per_step)
    unit = _say("people") if unit is None else unit
    ax = _new_axes(ax)
    if isinstance(new_per_step, Mapping) and not isinstance(new_per_step, pd.Series):
        if not new_per_step:
            raise ValueError("new_per_step is an empty mapping; give one series per strategy.")
        if len(new_per_step) > len(_MARKERS):
            raise ValueError(
                f"new_per_step has {len(new_per_step)} cascades; one figure can tell {len(_MARKERS)} apart."
            )
        for number, (name, values) in enumerate(new_per_step.items()):
            steps = _as_series(steps_of(values), f"new_per_step[{name!r}]", allow_negative=False)
            shown = steps.cumsum() if cumulative else steps
            ax.plot(shown.index, shown.to_numpy(), marker=_MARKERS[number],
                    linestyle=_LINESTYLES[number % len(_LINESTYLES)], color=PALETTE[number], label=str(name))
        ax.set_ylabel(_say("cumulative_unit" if cumulative else "newly_unit", unit=unit))
    else:
        steps = _as_series(new_per_step, "new_per_step", allow_negative=False)
        ax.bar(steps.index, steps.to_numpy(), color=OKABE_ITO["sky blue"], edgecolor="black", linewidth=0.6,
               hatch="//", label=label or _say("newly_reached"))
        if cumulative:
            total = steps.cumsum()
            ax.plot(total.index, total.to_numpy(), marker="o", linestyle="-", color=OKABE_ITO["blue"],
                    label=_say("cumulative_reached"))
        ax.set_ylabel(_say("reached_unit", unit=unit))
    ax.set_xlabel(_say("step"))
    ax.legend()
    if title is not None:
        ax.set_title(title)
    return ax
