"""What if social media kept growing? A projection of users against the world's population (notebook 01).

The explorer starts from the last *sourced* point of the ``social_media_users`` dataset (January 2024 in the
course data) and asks: if users kept growing by ``growth_rate`` a year, when would they pass a chosen share of
the world's population, and when would they pass *everyone*? No more people can use social media than are alive,
so that moment shows why growth must slow (saturation).

The sourced counts are Kepios's *user identities* (active accounts), which may count one person more than once, so
the real number of people is lower and the real ceiling is well below 100% (most platforms require an age of 13,
and social media needs internet access). The hatched area marks the hard limit, everyone alive, not a forecast of
where growth stops.

Everything after the last sourced point is an assumption, never data:

- users grow by a constant ``growth_rate`` a year: ``users_t = users_0 * (1 + growth_rate) ** t``;
- the world's population grows by :data:`POPULATION_GROWTH` a year (0.9%: the UN World Population Prospects
  report yearly growth just under 1% since 2020, and expect it to keep slowing, so a constant 0.9% is a simple,
  stated stand-in for their projection, not a forecast);
- penetration is ``users_t / population_t`` (a fraction: 0.62 means 62%).

``project`` and ``first_year_at`` are pure calculations; ``render`` computes and draws (it is what the widget
calls on every slider move, and what the tests and the benchmark time); ``explorer`` builds the widget.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from smm_course.i18n import format_number, translate
from smm_course.explorers.base import Explorer, float_slider, int_slider
from smm_course.explorers.canvas import BlitFigure

__all__ = [
    "POPULATION_GROWTH",
    "Start",
    "Projection",
    "start_from",
    "project",
    "first_year_at",
    "render",
    "explorer",
    "GrowthExplorer",
]

POPULATION_GROWTH = 0.009
"""Assumed yearly growth of the world's population (a fraction). The UN World Population Prospects report growth
just under 1% a year since 2020; held constant here, so it is a stated assumption, not a forecast."""

SOURCE_NOTE = (
    "Dots: sourced data (Kepios / DataReportal Global Digital reports; 2010 and 2015: Statista summaries of Kepios "
    "estimates).\nUsers are user identities (accounts), which may count one person twice. "
    "Dashed and dotted lines: a what-if projection from the last sourced point, not data."
)


@dataclass(frozen=True)
class Start:
    """The last sourced point a projection starts from.

    Attributes
    ----------
    year : float
        The date as a decimal year (January 2024 is 2024.0).
    users : float
        Social media users (people).
    population : float
        World population (people).
    label : str
        The date as text, e.g. ``"January 2024"``.
    """

    year: float
    users: float
    population: float
    label: str

    @property
    def penetration(self) -> float:
        """Users / population, a fraction."""
        return self.users / self.population


@dataclass(frozen=True)
class Projection:
    """What :func:`render` computed and drew, for a reader or a test to inspect.

    Attributes
    ----------
    table : DataFrame
        One row a year: ``year``, ``users``, ``world_population`` (people), ``penetration`` (fraction).
    growth_rate, target_level : float
        The assumptions used (fractions).
    year_at_target : int or None
        The calendar year during which penetration would pass ``target_level`` (None: not within the horizon).
    year_at_everyone : int or None
        The calendar year during which users would pass the whole population (None: not within the horizon). The
        table's rows are Januaries, so its first row above 100% is the January after: both years are fair
        readings of the figure.
    message : str
        One plain sentence that states the result.
    figure : object
        The drawing: ``figure.figure`` is the matplotlib Figure, ``figure.png()`` its pixels.
    """

    table: pd.DataFrame
    growth_rate: float
    target_level: float
    year_at_target: int | None
    year_at_everyone: int | None
    message: str
    figure: object


def start_from(users_table: pd.DataFrame) -> Start:
    """The last row of ``social_media_users`` that has both users and world population.

    Rows without a population (such as MySpace's first million, which counts one site) cannot give a penetration,
    so they cannot anchor a projection of it.

    >>> table = pd.DataFrame({"date": pd.to_datetime(["2022-01-01", "2024-01-01", "2024-06-01"]),
    ...                       "users": [4.62e9, 5.04e9, 5.1e9], "world_population": [7.91e9, 8.09e9, np.nan]})
    >>> start_from(table)
    Start(year=2024.0, users=5040000000.0, population=8090000000.0, label='January 2024')
    """
    missing = [c for c in ("date", "users", "world_population") if c not in users_table.columns]
    if missing:
        raise ValueError(
            f"users_table lacks the column(s) {missing}; load it with smm_course.data.load('social_media_users')."
        )
    known = users_table.dropna(subset=["users", "world_population"]).sort_values("date")
    if known.empty:
        raise ValueError("users_table has no row with both users and world_population, so there is nothing to start from.")
    last = known.iloc[-1]
    date = pd.Timestamp(last["date"])
    year = date.year + (date.day_of_year - 1) / (366 if date.is_leap_year else 365)
    return Start(year=float(year), users=float(last["users"]), population=float(last["world_population"]),
                 label=date.strftime("%B %Y"))


def _check_rate(value, name: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)) or math.isnan(value):
        raise ValueError(f"{name} must be a number, not {value!r}.")
    if not low <= value <= high:
        hint = " Rates are fractions here: 0.05 means 5%." if value > 1 else ""
        raise ValueError(f"{name} must be between {low} and {high}, got {value!r}.{hint}")
    return float(value)


def project(start: Start, growth_rate: float, horizon: int, population_growth: float = POPULATION_GROWTH) -> pd.DataFrame:
    """Project users and population one year at a time from ``start``, at constant growth rates.

    ``users_t = users_0 (1 + growth_rate)^t``, ``population_t = population_0 (1 + population_growth)^t`` and
    ``penetration_t = users_t / population_t``, for t = 0, 1, ..., horizon years. Rates are fractions.

    >>> s = Start(2024.0, 5.0e9, 8.0e9, "January 2024")
    >>> project(s, growth_rate=0.10, horizon=2, population_growth=0.0).round(3)
         year         users  world_population  penetration
    0  2024.0  5.000000e+09      8.000000e+09        0.625
    1  2025.0  5.500000e+09      8.000000e+09        0.688
    2  2026.0  6.050000e+09      8.000000e+09        0.756
    """
    growth_rate = _check_rate(growth_rate, "growth_rate", -0.5, 1.0)
    population_growth = _check_rate(population_growth, "population_growth", -0.5, 1.0)
    if isinstance(horizon, bool) or not isinstance(horizon, (int, np.integer)) or not 1 <= horizon <= 200:
        raise ValueError(f"horizon must be a whole number of years from 1 to 200, got {horizon!r}.")
    t = np.arange(int(horizon) + 1, dtype=float)
    users = start.users * (1 + growth_rate) ** t
    population = start.population * (1 + population_growth) ** t
    return pd.DataFrame({"year": start.year + t, "users": users, "world_population": population,
                         "penetration": users / population})


def first_year_at(start: Start, growth_rate: float, level: float,
                  population_growth: float = POPULATION_GROWTH) -> float | None:
    """The decimal year when penetration would first reach ``level`` (None if it never does).

    Solves ``p_0 ((1 + g) / (1 + g_pop))^t = level`` for t: ``t = ln(level / p_0) / ln((1 + g) / (1 + g_pop))``.
    Returns ``start.year`` when the level is already reached.

    >>> s = Start(2024.0, 5.0e9, 8.0e9, "January 2024")
    >>> round(first_year_at(s, 0.10, 0.75, population_growth=0.0), 2)  # 0.625 * 1.1^t = 0.75
    2025.91
    >>> first_year_at(s, 0.0, 0.75, population_growth=0.01) is None  # users never catch up
    True
    """
    growth_rate = _check_rate(growth_rate, "growth_rate", -0.5, 1.0)
    level = _check_rate(level, "level", 0.0, 10.0)
    if start.penetration >= level:
        return start.year
    relative = math.log((1 + growth_rate) / (1 + population_growth))
    if relative <= 0:
        return None
    return start.year + math.log(level / start.penetration) / relative


def _within(year: float | None, start: Start, horizon: int) -> int | None:
    if year is None or year > start.year + horizon:
        return None
    return int(math.floor(year))


def _say(what: str, **fields) -> str:
    """This explorer's text ``what`` in the course's current language (``explorer.growth.<what>``)."""
    return translate(f"explorer.growth.{what}", **fields)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _date_words(label: str) -> str:
    """``"January 2024"`` (a :class:`Start` label) in the current language."""
    month, _, year = label.partition(" ")
    if month not in _MONTHS:
        return label
    return f"{translate('explorer.month_names').split(',')[_MONTHS.index(month)]} {year}"


EVERYONE_SENTENCE = "outnumber everyone alive: impossible for real people, so growth must slow."
"""How the sentence ends once users would pass 100% within the years shown."""


def _message(growth_rate: float, target_level: float, at_target: int | None, at_everyone: int | None,
             horizon_end: int, start: Start) -> str:
    """One sentence; "during" and "by January" because the projection's rows are Januaries and a level is
    crossed between two of them."""
    rate, level = format_number(growth_rate, ".1%"), format_number(target_level, ".0%")
    if start.penetration >= target_level:
        first = _say("already_passed", level=level, date=_date_words(start.label))
    elif at_target is None:
        first = _say("would_not_pass", rate=rate, level=level, year=horizon_end)
    elif target_level == 1.0:  # the level watched is everyone: one sentence says it
        return _say("would_pass_everyone", rate=rate, year=at_target)
    else:
        first = _say("would_pass", rate=rate, level=level, year=at_target)
    if at_everyone is not None:
        return first + " " + _say("then_everyone", year=at_everyone)
    return first


#: The explorer's sliders allow up to this many years ahead; the axes are fixed to cover them.
MAX_HORIZON = 40


class _GrowthFigure(BlitFigure):
    """One figure drawn once in full; each render then redraws only the lines that moved (blitting).

    The axes have fixed limits wide enough for every slider position, so the background (axes, ticks, sourced
    points, legends, the hatched "impossible" area) never changes and is kept as pixels. That keeps a redraw to
    a few milliseconds while a slider is dragged. The figure has its own Agg canvas (not pyplot), so nothing leaks
    into a notebook's outputs; the explorer shows the pixels in an image widget.
    """

    USERS_MAX = 16.0  # billions: room for the population line and for users passing it
    SHARE_MAX = 200.0  # percent: twice everyone, far enough to show the impossible

    def __init__(self, sourced: pd.DataFrame, start: Start) -> None:
        from smm_course.plots import OKABE_ITO

        super().__init__((11, 4.8), dict(left=0.075, right=0.985, bottom=0.24, top=0.84, wspace=0.24))
        self.users_ax, self.share_ax = self.figure.subplots(1, 2)
        years = sourced["date"].dt.year + (sourced["date"].dt.day_of_year - 1) / 365.25
        for ax in (self.users_ax, self.share_ax):
            ax.grid(True, alpha=0.4)
            ax.set_xlim(float(years.min()) - 1, start.year + MAX_HORIZON + 1)
        blue, vermillion = OKABE_ITO["blue"], OKABE_ITO["vermillion"]

        self.users_ax.plot(years, sourced["users"] / 1e9, "o", color="black", markersize=7, zorder=3,
                           label=_say("sourced_data"))
        (self.users_line,) = self.users_ax.plot([], [], "--", marker="^", markersize=4, color=blue, lw=2,
                                                label=_say("users_projected"))
        (self.population_line,) = self.users_ax.plot([], [], ":", color="0.4", lw=2.5,
                                                     label=_say("population_line",
                                                                rate=format_number(POPULATION_GROWTH, ".1%")))
        self.users_ax.set(title=_say("users_title"), xlabel=_say("year"), ylabel=_say("people_billions"),
                          ylim=(0, self.USERS_MAX))
        self.users_ax.legend(loc="lower right", fontsize="small", frameon=True, framealpha=0.95)

        self.share_ax.plot(years, 100 * sourced["users"] / sourced["world_population"], "o", color="black",
                           markersize=7, zorder=3, label=_say("sourced_data"))
        (self.share_line,) = self.share_ax.plot([], [], "--", marker="^", markersize=4, color=blue, lw=2,
                                                label=_say("projection"))
        self.target_line = self.share_ax.axhline(80, color=vermillion, lw=1.8, ls="-.", label=_say("level_to_watch"))
        self.share_ax.axhline(100, color="black", lw=1.5, label=_say("everyone"))
        self.share_ax.axhspan(100, self.SHARE_MAX, facecolor="0.88", edgecolor="0.65", hatch="//", lw=0)
        impossible = self.share_ax.text(0.02, 0.97, _say("impossible"),
                                        transform=self.share_ax.transAxes, va="top", fontsize="small",
                                        backgroundcolor="white")
        (self.crossing,) = self.share_ax.plot([np.nan, np.nan], [0, 0], color=vermillion, lw=2.5)
        self.crossing_text = self.share_ax.text(np.nan, 0, "", color="black", fontsize="small",
                                                backgroundcolor="white")
        self.share_ax.set(title=_say("share_title"), xlabel=_say("year"),
                          ylabel=_say("share_ylabel"), ylim=(0, self.SHARE_MAX))
        self.share_ax.legend(loc="lower right", fontsize="small", ncol=2, frameon=True,
                                            framealpha=0.95)
        self.suptitle = self.figure.suptitle("", fontweight="bold")
        self.figure.text(0.01, 0.01, _say("source_note"), ha="left", va="bottom", fontsize="small")

        # Drawn on every render, in this order, on top of the kept background: the moving lines, then the labels,
        # so a steep line never hides them. The legends stay in the background, in corners no line can reach
        # (users and penetration only grow from the last sourced point).
        self.animate(self.users_line, self.population_line, self.share_line, self.target_line, self.crossing,
                     self.crossing_text, self.suptitle, impossible)

    def update(self, table: pd.DataFrame, growth_rate: float, target_level: float, crossing: float | None) -> None:
        years = table["year"].to_numpy()
        self.users_line.set_data(years, table["users"].to_numpy() / 1e9)
        self.population_line.set_data(years, table["world_population"].to_numpy() / 1e9)
        self.share_line.set_data(years, 100 * table["penetration"].to_numpy())
        self.target_line.set_ydata([100 * target_level] * 2)
        # A short upright tick where the projection crosses the level (marked by the text too, not colour alone).
        self.crossing.set_data([np.nan if crossing is None else crossing] * 2,
                               [100 * target_level - 10, 100 * target_level + 10])
        if crossing is None:
            self.crossing_text.set_text("")
        else:
            self._place_label(crossing, target_level)
            self.crossing_text.set_text(_say("crossing", level=format_number(target_level, ".0%"),
                                             year=int(crossing)))
        self.suptitle.set_text(_say("suptitle", rate=format_number(growth_rate, ".1%")))


    #: How far the crossing label sits from the crossing, in years and in percentage points: clear of the tick.
    LABEL_GAP_YEARS, LABEL_GAP_POINTS = 1.0, 5.0
    #: Room the label needs to the right of the crossing, in years, before it would leave the panel.
    LABEL_WIDTH_YEARS = 12.0

    def _place_label(self, crossing: float, level: float) -> None:
        """Put the "80% in 2029" label where the projection never goes, so it never hides the crossing.

        The projection only rises, so it is below the level before the crossing and above it after: the corner
        below and to the right of the crossing is empty, and so is the corner above and to the left. The label
        takes the first, or the second when the crossing is too close to the panel's right edge.
        """
        right_edge = self.share_ax.get_xlim()[1]
        if crossing + self.LABEL_GAP_YEARS + self.LABEL_WIDTH_YEARS <= right_edge:
            self.crossing_text.set_position((crossing + self.LABEL_GAP_YEARS, 100 * level - self.LABEL_GAP_POINTS))
            self.crossing_text.set_horizontalalignment("left")
            self.crossing_text.set_verticalalignment("top")
        else:
            self.crossing_text.set_position((crossing - self.LABEL_GAP_YEARS, 100 * level + self.LABEL_GAP_POINTS))
            self.crossing_text.set_horizontalalignment("right")
            self.crossing_text.set_verticalalignment("bottom")


def render(growth_rate: float = 0.056, horizon: int = 15, target_level: float = 0.8, *,
           users_table: pd.DataFrame | None = None, figure: _GrowthFigure | None = None,
           draw: bool = True) -> Projection:
    """Project users from the last sourced point and draw them against the world's population.

    Parameters
    ----------
    growth_rate : float
        Assumed yearly growth of users, a fraction (0.056 means +5.6% a year, the rate reported for 2023).
    horizon : int
        Years to project after the last sourced point (1 to :data:`MAX_HORIZON`).
    target_level : float
        The penetration level to watch, a fraction (0.8 means 80% of the world's population).
    users_table : DataFrame, optional
        The ``social_media_users`` dataset (loaded when not given).
    figure : optional
        ``result.figure`` from an earlier call: reused (its artists updated) so redraws are fast.
    draw : bool
        Render the figure's pixels now, as a display would (the explorer renders them to PNG instead).

    Returns
    -------
    Projection
        The yearly table, the years the level and 100% are passed, a sentence, and the figure.
    """
    growth_rate = _check_rate(growth_rate, "growth_rate", -0.5, 1.0)
    target_level = _check_rate(target_level, "target_level", 0.01, 2.0)
    if isinstance(horizon, bool) or not isinstance(horizon, (int, np.integer)) or not 1 <= horizon <= MAX_HORIZON:
        raise ValueError(f"horizon must be a whole number of years from 1 to {MAX_HORIZON}, got {horizon!r}.")
    if users_table is None:
        from smm_course import data

        users_table = data.load("social_media_users")
    start = start_from(users_table)
    table = project(start, growth_rate, int(horizon))
    crossing = first_year_at(start, growth_rate, target_level)
    at_target = _within(crossing, start, horizon)
    at_everyone = _within(first_year_at(start, growth_rate, 1.0), start, horizon)
    message = _message(growth_rate, target_level, at_target, at_everyone, int(start.year + horizon), start)
    if figure is None:
        sourced = users_table.dropna(subset=["users", "world_population"]).sort_values("date")
        figure = _GrowthFigure(sourced, start)
    figure.update(table, growth_rate, target_level, crossing if at_target is not None else None)
    if draw:
        figure.draw()
    return Projection(table=table, growth_rate=growth_rate, target_level=target_level, year_at_target=at_target,
                      year_at_everyone=at_everyone, message=message, figure=figure)


class GrowthExplorer(Explorer):
    """The explorer's widget: three sliders, a sentence and the figure (see :func:`explorer`)."""

    @property
    def title(self) -> str:
        """The stable text form, in the current language."""
        return _say("title")

    def __init__(self, controls: dict, users_table: pd.DataFrame) -> None:
        self.users_table = users_table
        super().__init__(controls)

    def draw(self, values: dict):
        return self.draw_figure(render(values["growth_rate"], values["horizon"], values["target_level"],
                                       users_table=self.users_table, figure=self.figure, draw=False))


def explorer(growth_rate: float = 0.056, horizon: int = 15, target_level: float = 0.8) -> GrowthExplorer:
    """The "what if growth continued?" widget: three labelled sliders, a sentence and the figure.

    Sliders: yearly growth of users (0% to 15%), years ahead (1 to 40) and the penetration level to watch
    (65% to 100%). Every move redraws at once (``continuous_update=True``); the data are loaded once.
    """
    from smm_course import data

    controls = {
        "growth_rate": float_slider(_say("growth_rate"), growth_rate, 0.0, 0.15, 0.002, ".1%"),
        "horizon": int_slider(_say("horizon"), horizon, 1, MAX_HORIZON),
        "target_level": float_slider(_say("target_level"), target_level, 0.65, 1.0, 0.01, ".0%"),
    }
    return GrowthExplorer(controls, data.load("social_media_users"))
