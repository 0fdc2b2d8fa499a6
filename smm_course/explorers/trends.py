"""Which terms are rising? Weekly counts of one term in a brand's mentions, and a rule that flags a jump (notebook 10).

A listening tool counts, every week, in how many mentions each word or hashtag appears, and flags a term whose
count jumps well above its own recent level (:func:`smm_course.text.rising_terms`):

    lift_t = (count_t + 1) / (mean count of the previous ``window`` weeks + 1)

and the term is *rising* in week t when lift_t >= ``ratio`` and count_t >= ``min_count``. A new topic starts from
almost nothing, so a handful of mentions already gives a large lift: watching terms can catch a story before the
total of negative mentions moves. Every flag also has a cost: someone must read it. So the explorer states, beside
the chosen term, how many weeks the same rule flags across the brand's most common terms.

- :func:`course_weekly` counts the terms of Nuvola's mentions per week (made once);
- :func:`evaluate` applies one rule to one term and summarises it (no drawing);
- :func:`render` evaluates and draws (what the widget calls on every move, and what the tests time);
- :func:`explorer` builds the widget.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import pandas as pd

from smm_course import text
from smm_course._validation import check_positive_int, require_columns, require_frame
from smm_course.explorers.base import Explorer, dropdown, float_slider, int_slider
from smm_course.explorers.canvas import BlitFigure, nice_ceiling
from smm_course.explorers.checks import check_number
from smm_course.i18n import format_number, translate

__all__ = [
    "REFERENCE_TERMS",
    "WATCH_TERMS",
    "TrendResult",
    "brand_weekly",
    "course_weekly",
    "evaluate",
    "explorer",
    "render",
    "term_options",
]

#: Terms offered first in the explorer's list (those that occur): the words and hashtags of Nuvola's 2025 stories.
WATCH_TERMS = ("#nuvolasick", "sick", "video", "fake", "#nuvolatruth", "#autumnsparkle", "#nuvolagiveaway")
#: How many of the brand's most common terms the rule is also run on, to count the flags a person must read.
REFERENCE_TERMS = 30

#: Slider ranges (and the values a rule may take).
WINDOWS = (1, 12)
RATIOS = (1.5, 10.0)
MIN_COUNTS = (1, 20)


def _say(what: str, **fields) -> str:
    """This explorer's text ``what`` in the course's current language (``explorer.trends.<what>``)."""
    return translate(f"explorer.trends.{what}", **fields)


def _quoted(term: str) -> str:
    """A term as a sentence quotes it: ``'sick'`` in English, «sick» in Italian."""
    return repr(term) if "'" in term else _say("quoted", term=term)


def _day_month(day: pd.Timestamp) -> str:
    """``7 April`` (Italian: ``7 aprile``)."""
    return f"{day.day} {translate('explorer.month_names').split(',')[day.month - 1]}"


def brand_weekly(mentions: pd.DataFrame, brand: str = "Nuvola") -> pd.DataFrame:
    """Weekly counts of every term (words and hashtags, :func:`smm_course.text.terms`) in a brand's mentions.

    Parameters
    ----------
    mentions : DataFrame
        The ``mentions`` dataset (columns ``posted_at``, ``brand``, ``text``).
    brand : str
        Whose mentions to read.

    Returns
    -------
    DataFrame: one row per week (the Monday), one column per term; values are numbers of mentions.

    Examples
    --------
    >>> table = pd.DataFrame({"posted_at": pd.to_datetime(["2025-04-05", "2025-04-08", "2025-04-09"]),
    ...                       "brand": ["Nuvola"] * 3, "text": ["so sick", "sick #nuvola", "fake video"]})
    >>> brand_weekly(table)[["sick", "video"]]
                sick  video
    week
    2025-03-31     1      0
    2025-04-07     1      1
    """
    require_frame(mentions, "mentions")
    require_columns(mentions, {"time": "posted_at", "brand": "brand", "text": "text"}, "mentions")
    brands = set(mentions["brand"].astype(str))
    if brand not in brands:
        raise ValueError(f"brand={brand!r} has no mentions; the brands in the table are: {', '.join(sorted(brands))}.")
    own = mentions[mentions["brand"].astype(str) == brand]
    return text.weekly_term_counts(text.terms(own["text"]), own["posted_at"])


@functools.lru_cache(maxsize=1)
def course_weekly() -> pd.DataFrame:
    """Nuvola's weekly term counts in the course data (made once, then reused; do not modify it)."""
    from smm_course import data

    return brand_weekly(data.load("mentions"))


def reference_terms(weekly: pd.DataFrame, brand: str = "Nuvola", k: int = REFERENCE_TERMS) -> list[str]:
    """The ``k`` most common terms of the table, leaving out the brand's own name and hashtag (in every mention)."""
    own = {brand.lower(), f"#{brand.lower()}"}
    totals = weekly.sum()
    ordered = sorted((term for term in weekly.columns if term not in own), key=lambda term: (-totals[term], term))
    return ordered[:k]


def _lift(counts: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray]:
    """Baseline (mean of the previous ``window`` rows; NaN before that) and lift, column by column."""
    counts = np.asarray(counts, dtype=float)
    single = counts.ndim == 1
    counts = counts[:, None] if single else counts
    cumulative = np.vstack([np.zeros((1, counts.shape[1])), np.cumsum(counts, axis=0)])
    baseline = np.full(counts.shape, np.nan)
    if len(counts) > window:
        baseline[window:] = (cumulative[window:-1] - cumulative[:-window - 1]) / window
    lift = (counts + 1) / (baseline + 1)
    return (baseline[:, 0], lift[:, 0]) if single else (baseline, lift)


@dataclass(frozen=True)
class TrendResult:
    """What one rising-term rule does to one term over the year.

    Attributes
    ----------
    term : str
        The term watched.
    window, ratio, min_count :
        The rule (see the module notes).
    table : DataFrame
        One row per week: ``count``, ``baseline`` (NaN in the first ``window`` weeks), ``lift`` and ``rising``.
    rising_weeks : DatetimeIndex
        The weeks the term is flagged.
    peak_week : Timestamp
        The week with the most mentions of the term.
    other_flags : int
        Flags of the same rule on the brand's most common terms (each one a person must read), the term itself
        left out.
    figure : object or None
        The drawing, when :func:`render` made one.
    """

    term: str
    window: int
    ratio: float
    min_count: int
    table: pd.DataFrame
    rising_weeks: pd.DatetimeIndex
    peak_week: pd.Timestamp
    other_flags: int
    figure: object = None

    @property
    def first_rise(self) -> pd.Timestamp | None:
        """The first flagged week (None: never)."""
        return self.rising_weeks[0] if len(self.rising_weeks) else None

    @property
    def weeks_before_peak(self) -> int | None:
        """Weeks from the first flag to the peak week (0: flagged in the peak week itself; None: never flagged
        on or before the peak)."""
        early = self.rising_weeks[self.rising_weeks <= self.peak_week]
        return None if not len(early) else int((self.peak_week - early[0]).days // 7)

    @property
    def message(self) -> str:
        """One plain sentence that states the result."""
        peak = _say("peak", term=_quoted(self.term), week=_day_month(self.peak_week),
                    count=self.table.loc[self.peak_week, "count"])
        if self.first_rise is None:
            first = _say("never")
        else:
            row = self.table.loc[self.first_rise]
            lead = self.weeks_before_peak
            when = ("" if lead is None else " " + (_say("lead_peak_week") if lead == 0 else _say("lead_one_week")
                                                  if lead == 1 else _say("lead_weeks", weeks=lead)))
            first = _say("first_flag", week=_day_month(self.first_rise), when=when, count=row["count"],
                         baseline=format_number(row["baseline"], ".1f"))
        others = _say("other_flags", terms=REFERENCE_TERMS, flags=self.other_flags)
        return f"{peak} {first} {others}"


def _check_rule(window, ratio, min_count) -> tuple[int, float, int]:
    window = check_positive_int(window, "window")
    ratio = check_number(ratio, "ratio", 1.0001, 100.0)
    min_count = check_positive_int(min_count, "min_count", minimum=0)
    return window, ratio, min_count


def evaluate(weekly: pd.DataFrame, term: str, window: int = 4, ratio: float = 3.0, min_count: int = 3, *,
             reference: list[str] | None = None) -> TrendResult:
    """Apply a rising-term rule to one term of a weekly table (see the module notes for the rule).

    Parameters
    ----------
    weekly : DataFrame
        Weekly counts, one column per term (:func:`brand_weekly`).
    term : str
        The column to watch.
    window, ratio, min_count :
        The rule: baseline of the previous ``window`` weeks, a lift of at least ``ratio``, at least ``min_count``
        mentions in the week.
    reference : list of str, optional
        Terms on which to count the rule's other flags (default: the 30 most common, see :func:`reference_terms`).

    Examples
    --------
    >>> weeks = pd.date_range("2025-03-03", periods=7, freq="7D", name="week")
    >>> weekly = pd.DataFrame({"sick": [0, 0, 1, 0, 4, 20, 6], "taste": [5, 6, 5, 6, 5, 6, 25]}, index=weeks)
    >>> result = evaluate(weekly, "sick", window=3, ratio=3, min_count=3)
    >>> result.first_rise.date(), result.weeks_before_peak, result.other_flags
    (datetime.date(2025, 3, 31), 1, 1)
    """
    window, ratio, min_count = _check_rule(window, ratio, min_count)
    if not isinstance(weekly, pd.DataFrame) or not isinstance(weekly.index, pd.DatetimeIndex):
        raise ValueError("weekly must be a DataFrame of weekly counts (a DatetimeIndex, one column per term); "
                         "make it with trends.brand_weekly(mentions).")
    if term not in weekly.columns:
        raise ValueError(f"term={term!r} never appears in these mentions; try one of "
                         f"{', '.join(map(repr, reference_terms(weekly)[:8]))}.")
    reference = reference_terms(weekly) if reference is None else list(reference)
    counts = weekly[term].to_numpy()
    baseline, lift = _lift(counts, window)
    rising = (lift >= ratio) & (counts >= min_count)
    others = [t for t in reference if t != term]
    other_counts = weekly[others].to_numpy()
    _, other_lift = _lift(other_counts, window)
    other_flags = int(((other_lift >= ratio) & (other_counts >= min_count)).sum())
    table = pd.DataFrame({"count": counts, "baseline": baseline, "lift": lift, "rising": rising}, index=weekly.index)
    return TrendResult(term=term, window=window, ratio=ratio, min_count=min_count, table=table,
                       rising_weeks=weekly.index[rising], peak_week=weekly[term].idxmax(), other_flags=other_flags)


class _TrendFigure(BlitFigure):
    """Weekly counts of one term as bars (the background, kept per term), with the baseline and the flags drawn
    over them on every move."""

    hide_moving = True

    def __init__(self, weeks: pd.DatetimeIndex) -> None:
        import matplotlib.dates as mdates
        from matplotlib.ticker import FuncFormatter, MaxNLocator

        from smm_course.plots import OKABE_ITO

        super().__init__((11, 4.6), dict(left=0.065, right=0.985, bottom=0.12, top=0.84))
        self.weeks = weeks
        ax = self.ax = self.figure.subplots()
        edges = np.append(weeks.to_numpy(), (weeks[-1] + pd.Timedelta(days=7)).to_datetime64())
        self.edges = mdates.date2num(edges)
        # One step patch for all the weekly bars: a single artist, cheap to draw on every frame.
        self.bars = ax.stairs(np.zeros(len(weeks)), self.edges, fill=True, facecolor="0.78", edgecolor="0.45",
                              linewidth=0.6, baseline=0, label=_say("bars"))
        (self.baseline,) = ax.step(self.edges[:-1], np.full(len(weeks), np.nan), where="post",
                                   color=OKABE_ITO["bluish green"], lw=2.2, ls="--",
                                   label=_say("usual_level"))
        (self.flags,) = ax.plot([], [], linestyle="none", marker="v", markersize=11, color=OKABE_ITO["vermillion"],
                                markeredgecolor="black", label=_say("flagged"))
        ax.xaxis.set_major_locator(mdates.MonthLocator())
        months = translate("explorer.month_abbreviations").split(",")
        ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: months[mdates.num2date(value).month - 1]))
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlim(self.edges[0] - 3, self.edges[-1] + 3)
        ax.set_ylim(0, 10)
        ax.set_ylabel(_say("ylabel"))
        ax.set_xlabel(_say("xlabel"))
        ax.grid(True, axis="y", color="#E6E6E6")
        ax.spines[["top", "right"]].set_visible(False)
        # Above the axes: the y grid is redrawn when the axis steps, and would cross a legend inside them.
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3, fontsize="small", frameon=False)
        self.title = self.figure.text(0.5, 0.975, "", ha="center", va="top", fontweight="bold", fontsize="large")
        self.term = None
        self.animate(self.bars, self.baseline, self.flags, self.title)
        self.scale_with(ax.yaxis)

    def update(self, result: TrendResult) -> None:
        counts = result.table["count"].to_numpy()
        if result.term != self.term:
            self.bars.set_data(counts)
            top = nice_ceiling(max(float(counts.max()) * 1.12, 4.0))  # room for the flag above the highest bar
            if top != self.ax.get_ylim()[1]:
                self.ax.set_ylim(0, top)
                self.rescale(key=top)
            self.term = result.term
        self.baseline.set_ydata(result.table["baseline"].to_numpy())
        flagged = result.table["rising"].to_numpy()
        self.flags.set_data(self.edges[:-1][flagged] + 3.5, counts[flagged] + self.ax.get_ylim()[1] * 0.04)
        # A short title, since text is the slow part of a frame; the rule itself is on the sliders.
        self.title.set_text(_say("title", term=_quoted(result.term)))


def render(term: str = "sick", window: int = 4, ratio: float = 3.0, min_count: int = 3, *,
           weekly: pd.DataFrame | None = None, figure: _TrendFigure | None = None, draw: bool = True) -> TrendResult:
    """Apply a rising-term rule to one term of Nuvola's mentions and draw its weekly counts and flags.

    The bars are the weekly counts, the dashed step line the usual level (the baseline), and the vermillion
    triangles the flagged weeks (shape and colour, so the figure reads without colour).

    Parameters
    ----------
    term : str
        The word or hashtag to watch.
    window, ratio, min_count :
        The rule (see :func:`evaluate`).
    weekly : DataFrame, optional
        Weekly term counts (default: Nuvola's, :func:`course_weekly`).
    figure : optional
        ``result.figure`` from an earlier call: reused (its artists updated) so redraws are fast.
    draw : bool
        Render the pixels now (the explorer renders PNG bytes instead).

    Returns
    -------
    TrendResult, with its ``figure``.
    """
    weekly = course_weekly() if weekly is None else weekly
    result = evaluate(weekly, term, window, ratio, min_count, reference=_reference(weekly))
    if figure is None:
        figure = _TrendFigure(weekly.index)
    figure.update(result)
    if draw:
        figure.figure.canvas.draw()
    return TrendResult(**{**result.__dict__, "figure": figure})


_REFERENCES: dict = {}


def _reference(weekly: pd.DataFrame) -> list[str]:
    """The reference terms of a table, computed once per table."""
    key = id(weekly)
    if key not in _REFERENCES or _REFERENCES[key][0] is not weekly:
        _REFERENCES[key] = (weekly, reference_terms(weekly))
    return _REFERENCES[key][1]


def term_options(weekly: pd.DataFrame, k: int = 24) -> list[str]:
    """The terms the explorer offers: the watch terms that occur, then the most common terms, ``k`` in all."""
    watched = [term for term in WATCH_TERMS if term in weekly.columns]
    common = [term for term in reference_terms(weekly, k=k) if term not in watched]
    return [*watched, *common][:k]


class TrendExplorer(Explorer):
    """The explorer's widget: a term, three sliders, a sentence and the figure (see :func:`explorer`)."""

    @property
    def title(self) -> str:
        """The stable text form, in the current language."""
        return _say("name")

    def __init__(self, controls: dict, weekly: pd.DataFrame) -> None:
        self.weekly = weekly
        super().__init__(controls, cache=64)  # going back to a term or a rule seen before costs nothing

    def draw(self, values: dict):
        return self.draw_figure(render(**values, weekly=self.weekly, figure=self.figure, draw=False))


def explorer(term: str | None = None, window: int = 4, ratio: float = 3.0, min_count: int = 3,
             mentions: pd.DataFrame | None = None) -> TrendExplorer:
    """The rising-terms widget: a term to watch, three labelled sliders (window, ratio, minimum count), a
    sentence and the figure. ``term`` defaults to the first term offered (:func:`term_options`).

    Every move redraws at once: the weekly counts are made once; a slider move recomputes one term's baseline and
    the flags of the 30 reference terms (a few thousand numbers) and redraws only the line and the markers.
    """
    weekly = course_weekly() if mentions is None else brand_weekly(mentions)
    options = term_options(weekly)
    controls = {
        "term": dropdown(_say("term"), options, options[0] if term is None else term),
        "window": int_slider(_say("window"), window, *WINDOWS),
        "ratio": float_slider(_say("ratio"), ratio, *RATIOS, 0.5, ".1f"),
        "min_count": int_slider(_say("min_count"), min_count, *MIN_COUNTS),
    }
    return TrendExplorer(controls, weekly)
