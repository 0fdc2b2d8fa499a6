"""When should the alarm ring? A monitoring rule on daily negative mentions, and how fast a crisis fades (notebook 09).

A social listening dashboard watches a brand's negative mentions and raises an alert on a day that stands out from
the days before it. The rule is :func:`smm_course.stats.detect_spikes`: a day is a spike when

    z = (count - mean of the previous ``window`` days) / std of the previous ``window`` days > ``z``

and this explorer adds a third knob, ``min_count``: ignore days with fewer than that many negative mentions (a
jump from 0 to 6 has a huge z but is no crisis). Moving the knobs shows the trade-off of every alarm: a rule
sensitive enough to fire on the day a crisis starts also fires on ordinary bad days (false alarms), and a rule
that never cries wolf fires later.

In the course data, a viral video falsely claimed on 7 April 2025 that Nuvola's drinks make people ill. An alert
inside the crisis weeks (:data:`CRISIS_START` to :data:`CRISIS_END`) counts as a crisis alert; any other alert is a
false alarm.

- :func:`daily_negative` counts a brand's negative mentions per day, every day of the year;
- :func:`evaluate` applies one rule and summarises it (no drawing);
- :func:`render` evaluates and draws (what the widget calls on every slider move, and what the tests time);
- :func:`explorer` builds the widget;
- :func:`decay_fit` estimates how fast a wave of mentions or messages shrinks (a daily rate and a half-life).
"""

from __future__ import annotations

import functools
import math
import numbers
from dataclasses import dataclass

import numpy as np
import pandas as pd

from smm_course import stats
from smm_course._validation import check_positive_int, require_columns, require_frame
from smm_course.datagen.world import WORLD
from smm_course.explorers.base import Explorer, float_slider, int_slider
from smm_course.explorers.checks import check_number
from smm_course.explorers.canvas import BlitFigure
from smm_course.i18n import format_number, translate

__all__ = [
    "CRISIS_END",
    "CRISIS_START",
    "AlarmResult",
    "DecayFit",
    "course_daily",
    "daily_negative",
    "decay_fit",
    "evaluate",
    "explorer",
    "render",
]

#: The day the false video appeared (7 April 2025).
CRISIS_START = WORLD.crisis_date
#: The last day of the crisis weeks: four weeks after the video (4 May 2025), before the #NuvolaTruth campaign.
CRISIS_END = WORLD.crisis_date + pd.Timedelta(days=27)

#: Slider ranges of the explorer (and the values a rule may take).
WINDOWS = (3, 28)
THRESHOLDS = (1.0, 6.0)
MIN_COUNTS = (0, 15)


def _say(what: str, **fields) -> str:
    """This explorer's text ``what`` in the course's current language (``explorer.crisis.<what>``)."""
    return translate(f"explorer.crisis.{what}", **fields)


def _day_words(day: pd.Timestamp) -> str:
    """A day as the sentence names it: "Mon 7 April" in English, "lunedì 7 aprile" in Italian."""
    return _say("date", weekday=_say("weekdays").split(",")[day.day_of_week], day=day.day,
                month=translate("explorer.month_names").split(",")[day.month - 1])


def daily_negative(mentions: pd.DataFrame, brand: str = "Nuvola", start=None, end=None) -> pd.Series:
    """Count a brand's negative mentions per day, with a row for every day (0 on quiet days).

    The same as ``mentions[(brand) & (negative)].set_index("posted_at").resample("D").size()``, but over the whole
    period from ``start`` to ``end`` (default: the course year), so a quiet first or last day is not dropped.

    Parameters
    ----------
    mentions : DataFrame
        The ``mentions`` dataset (columns ``posted_at``, ``brand``, ``sentiment``).
    brand : str
        Whose mentions to count.
    start, end : date-like, optional
        First and last day (default 2025-01-01 and 2025-12-31).

    Returns
    -------
    Series of counts (mentions per day) with a daily DatetimeIndex named ``day``.

    Examples
    --------
    >>> table = pd.DataFrame({"posted_at": pd.to_datetime(["2025-04-07 09:00", "2025-04-07 18:00", "2025-04-09 10:00"]),
    ...                       "brand": ["Nuvola"] * 3, "sentiment": ["negative", "negative", "negative"]})
    >>> daily_negative(table, start="2025-04-06", end="2025-04-09").tolist()
    [0, 2, 0, 1]
    """
    require_frame(mentions, "mentions")
    require_columns(mentions, {"time": "posted_at", "brand": "brand", "sentiment": "sentiment"}, "mentions")
    brands = set(mentions["brand"].astype(str))
    if brand not in brands:
        raise ValueError(f"brand={brand!r} has no mentions; the brands in the table are: {', '.join(sorted(brands))}.")
    days = pd.date_range(pd.Timestamp(WORLD.start if start is None else start),
                         pd.Timestamp(WORLD.end if end is None else end), freq="D", name="day")
    negative = mentions[(mentions["brand"].astype(str) == brand) & (mentions["sentiment"].astype(str) == "negative")]
    counts = pd.to_datetime(negative["posted_at"]).dt.normalize().value_counts()
    return counts.reindex(days, fill_value=0).astype("int64").rename("negative_mentions")


def _check_rule(window, z, min_count) -> tuple[int, float, int]:
    window = check_positive_int(window, "window", minimum=2)
    z = check_number(z, "z", 0.1, 20.0)
    if isinstance(min_count, (bool, np.bool_)) or not isinstance(min_count, numbers.Real) or min_count < 0:
        raise ValueError(f"min_count must be a whole number of mentions, 0 or more; got {min_count!r}.")
    return window, z, int(math.ceil(min_count))


@dataclass(frozen=True)
class AlarmResult:
    """What one monitoring rule does over the year.

    Attributes
    ----------
    window, z, min_count :
        The rule: baseline of the previous ``window`` days, threshold ``z`` standard deviations, and at least
        ``min_count`` negative mentions on the day.
    table : DataFrame
        One row per day: ``value``, ``baseline_mean``, ``baseline_std``, ``z`` (from
        :func:`smm_course.stats.detect_spikes`) and ``alert`` (bool, after the minimum count).
    alerts : DatetimeIndex
        Every day the rule fires.
    first_crisis_alert : Timestamp or None
        The first alert from the day of the video to the end of the crisis weeks (None: the rule missed it).
    false_alarms : int
        Alerts outside the crisis weeks.
    figure : object or None
        The drawing, when :func:`render` made one (``figure.png()`` gives its pixels).
    """

    window: int
    z: float
    min_count: int
    table: pd.DataFrame
    alerts: pd.DatetimeIndex
    first_crisis_alert: pd.Timestamp | None
    false_alarms: int
    figure: object = None

    @property
    def delay_days(self) -> int | None:
        """Days from the video (7 April) to the first crisis alert (0 = the same day); None if missed."""
        if self.first_crisis_alert is None:
            return None
        return int((self.first_crisis_alert - CRISIS_START).days)

    @property
    def message(self) -> str:
        """One plain sentence that states the result."""
        if self.first_crisis_alert is None:
            first = _say("never")
        else:
            lag = {0: _say("lag_same_day"), 1: _say("lag_one_day")}.get(self.delay_days) or _say(
                "lag_days", days=self.delay_days)
            first = _say("first_alert", when=_day_words(self.first_crisis_alert), lag=lag)
        return f"{first} {_say('false_alarms', count=self.false_alarms)}"


def evaluate(daily: pd.Series, window: int = 7, z: float = 3.0, min_count: int = 0) -> AlarmResult:
    """Apply a monitoring rule to daily counts and count its crisis alerts and false alarms.

    A day alerts when :func:`smm_course.stats.detect_spikes` flags it (z-score over the previous ``window`` days
    above ``z``) **and** it has at least ``min_count`` mentions. Alerts from :data:`CRISIS_START` to
    :data:`CRISIS_END` are about the crisis; all others are false alarms.

    Examples
    --------
    >>> days = pd.date_range("2025-03-01", "2025-04-30", freq="D")
    >>> counts = pd.Series(2, index=days)
    >>> counts.iloc[::3] = 3                              # ordinary wobbles
    >>> counts["2025-03-20"] = 6                          # a bad day, not a crisis
    >>> counts["2025-04-08"] = 17                         # the crisis
    >>> result = evaluate(counts, window=7, z=3)
    >>> result.first_crisis_alert.date(), result.false_alarms
    (datetime.date(2025, 4, 8), 1)
    >>> evaluate(counts, window=7, z=3, min_count=8).false_alarms   # a minimum count silences the bad day
    0
    """
    window, z, min_count = _check_rule(window, z, min_count)
    if not isinstance(daily, pd.Series) or not isinstance(daily.index, pd.DatetimeIndex):
        raise ValueError("daily must be a Series of counts with one row per day (a DatetimeIndex); "
                         "make it with crisis.daily_negative(mentions).")
    table = stats.detect_spikes(daily, window=window, z=z)
    table["alert"] = table["spike"] & (table["value"] >= min_count)
    alerts = table.index[table["alert"].to_numpy()]
    in_crisis = (alerts >= CRISIS_START) & (alerts <= CRISIS_END)
    crisis_alerts = alerts[in_crisis]
    return AlarmResult(window=window, z=z, min_count=min_count, table=table, alerts=alerts,
                       first_crisis_alert=crisis_alerts[0] if len(crisis_alerts) else None,
                       false_alarms=int((~in_crisis).sum()))


class _AlarmFigure(BlitFigure):
    """One figure whose artists are made once and updated on every render, so dragging a slider stays smooth.

    Only the markers, the minimum line and the title change between renders; the rest (series, band, axes,
    legend) is a cached background.
    """

    hide_moving = True

    def __init__(self, daily: pd.Series) -> None:
        import matplotlib.dates as mdates
        from matplotlib.ticker import FuncFormatter, MaxNLocator

        from smm_course.plots import OKABE_ITO

        super().__init__((11, 4.6), dict(left=0.065, right=0.985, bottom=0.12, top=0.86))
        ax = self.ax = self.figure.subplots()
        ax.axvspan(CRISIS_START - pd.Timedelta(hours=12), CRISIS_END + pd.Timedelta(hours=12), facecolor="0.9",
                   edgecolor="0.6", hatch="///", lw=0, label=_say("crisis_weeks"))
        ax.plot(daily.index, daily.to_numpy(), color="0.35", lw=1.2, label=_say("per_day"))
        (self.crisis_marks,) = ax.plot([], [], linestyle="none", marker="^", markersize=11, color=OKABE_ITO["blue"],
                                       markeredgecolor="black", label=_say("crisis_alert"))
        (self.false_marks,) = ax.plot([], [], linestyle="none", marker="X", markersize=11,
                                      color=OKABE_ITO["vermillion"], markeredgecolor="black", label=_say("false_alarm"))
        self.floor = ax.axhline(np.nan, color=OKABE_ITO["bluish green"], lw=1.6, ls=":", label=_say("minimum"))
        top = float(daily.max())
        ax.annotate(_say("video_posted"), xy=(CRISIS_START, float(daily.get(CRISIS_START, 0))),
                    xytext=(CRISIS_START - pd.Timedelta(days=50), top * 0.8), fontsize="small",
                    arrowprops={"arrowstyle": "->", "color": "black"})
        ax.set_ylim(0, top * 1.12)
        ax.set_xlim(daily.index[0] - pd.Timedelta(days=2), daily.index[-1] + pd.Timedelta(days=2))
        locator = mdates.MonthLocator()
        ax.xaxis.set_major_locator(locator)
        months = translate("explorer.month_abbreviations").split(",")
        ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: months[mdates.num2date(value).month - 1]))
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel(_say("ylabel"))
        ax.set_xlabel("2025")
        ax.grid(True, axis="y", color="#E6E6E6")
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(loc="upper right", fontsize="small", ncols=2, frameon=False)
        # A figure text, not the Axes title: the Axes would move its title while drawing the cached background.
        self.title = self.figure.text(0.5, 0.975, "", ha="center", va="top", fontweight="bold", fontsize="large")
        self.animate(self.crisis_marks, self.false_marks, self.floor, self.title)

    def update(self, result: AlarmResult) -> None:
        values = result.table["value"]
        in_crisis = (result.alerts >= CRISIS_START) & (result.alerts <= CRISIS_END)
        self.crisis_marks.set_data(result.alerts[in_crisis], values.loc[result.alerts[in_crisis]].to_numpy() + 0.8)
        self.false_marks.set_data(result.alerts[~in_crisis], values.loc[result.alerts[~in_crisis]].to_numpy() + 0.8)
        self.floor.set_ydata([result.min_count if result.min_count > 0 else np.nan] * 2)
        self.title.set_text(_say("title_minimum" if result.min_count else "title", z=format_number(result.z, "g"),
                                 window=result.window, minimum=result.min_count, alarms=result.false_alarms))


@functools.lru_cache(maxsize=1)
def course_daily() -> pd.Series:
    """Nuvola's negative mentions per day in the course data (made once, then reused; do not modify it)."""
    from smm_course import data

    return daily_negative(data.load("mentions"))


def render(window: int = 7, z: float = 3.0, min_count: int = 0, *, daily: pd.Series | None = None,
           figure: _AlarmFigure | None = None, draw: bool = True) -> AlarmResult:
    """Apply a monitoring rule to Nuvola's daily negative mentions and draw its alerts over the year.

    Crisis alerts are blue triangles, false alarms vermillion crosses (two shapes, so the figure reads without
    colour); the crisis weeks are hatched and the minimum count is a dotted line.

    Parameters
    ----------
    window : int
        Days in the baseline before each day (at least 2).
    z : float
        Threshold in standard deviations.
    min_count : int
        Fewest negative mentions a day needs to alert (0: no minimum).
    daily : Series, optional
        Daily counts (default: Nuvola's negative mentions in the course data, from :func:`daily_negative`).
    figure : optional
        ``result.figure`` from an earlier call: reused (its artists updated) so redraws are fast.
    draw : bool
        Render the pixels now (the explorer renders PNG bytes instead).

    Returns
    -------
    AlarmResult, with its ``figure``.
    """
    daily = course_daily() if daily is None else daily
    result = evaluate(daily, window, z, min_count)
    if figure is None:
        figure = _AlarmFigure(daily)
    figure.update(result)
    if draw:
        figure.figure.canvas.draw()
    return AlarmResult(**{**result.__dict__, "figure": figure})


class CrisisExplorer(Explorer):
    """The explorer's widget: three sliders, a sentence and the figure (see :func:`explorer`)."""

    @property
    def title(self) -> str:
        """The stable text form, in the current language."""
        return _say("name")

    def __init__(self, controls: dict, daily: pd.Series) -> None:
        self.daily = daily
        super().__init__(controls)

    def draw(self, values: dict):
        return self.draw_figure(render(**values, daily=self.daily, figure=self.figure, draw=False))


def explorer(window: int = 7, z: float = 3.0, min_count: int = 0,
             mentions: pd.DataFrame | None = None) -> CrisisExplorer:
    """The alarm widget: three labelled sliders (window, threshold, minimum count), a sentence and the figure.

    Every move redraws at once (``continuous_update=True``): the daily counts are made once, and each move only
    recomputes a rolling z-score over 365 days and updates the figure's markers.
    """
    controls = {
        "window": int_slider(_say("window"), window, *WINDOWS),
        "z": float_slider(_say("z"), z, *THRESHOLDS, 0.1, ".1f"),
        "min_count": int_slider(_say("min_count"), min_count, *MIN_COUNTS),
    }
    return CrisisExplorer(controls, course_daily() if mentions is None else daily_negative(mentions))


# -- how fast does a wave fade? ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DecayFit:
    """How fast daily counts above a baseline shrank over a stretch of days.

    Attributes
    ----------
    start, end : Timestamp
        The first and last day used.
    days : int
        Number of days used (the fit is shaky with only a few).
    rate : float
        Fitted slope of ln(excess) per day: negative when the wave shrinks.
    daily_change : float
        e^rate - 1, the fitted change from one day to the next, a fraction (-0.2 means 20% smaller each day).
    half_life : float
        ln 2 / -rate, days for the excess to halve; NaN when the wave did not shrink.
    """

    start: pd.Timestamp
    end: pd.Timestamp
    days: int
    rate: float

    @property
    def daily_change(self) -> float:
        return math.exp(self.rate) - 1

    @property
    def half_life(self) -> float:
        return math.log(2) / -self.rate if self.rate < 0 else float("nan")


def decay_fit(series: pd.Series, start, end, baseline: float = 0.0) -> DecayFit:
    """Fit an exponential decay to daily counts above a baseline, from ``start`` to ``end`` (both included).

    excess_t = max(count_t - baseline, 0.5); fit ln(excess_t) = a + rate * t by least squares, t in days. The
    floor of half a count keeps a day at or below the baseline in the fit (ln 0 is undefined) without letting it
    pull the line to minus infinity. Half-life = ln 2 / -rate.

    Parameters
    ----------
    series : Series
        Counts per day with a DatetimeIndex (e.g. negative mentions, or messages received).
    start, end : date-like
        The stretch of days to fit (at least 2 days).
    baseline : float
        The normal level to subtract, e.g. the mean of the weeks before the crisis (counts per day).

    Examples
    --------
    >>> days = pd.date_range("2025-04-10", periods=9, freq="D")
    >>> wave = pd.Series(2 + 40 * 0.5 ** (np.arange(9) / 4), index=days)     # halves every 4 days above 2
    >>> fit = decay_fit(wave, "2025-04-10", "2025-04-18", baseline=2)
    >>> round(fit.half_life, 2), round(fit.daily_change, 3), fit.days
    (4.0, -0.159, 9)
    """
    if not isinstance(series, pd.Series) or not isinstance(series.index, pd.DatetimeIndex):
        raise ValueError("series must be daily counts with a DatetimeIndex, e.g. daily_negative(mentions).")
    if isinstance(baseline, (bool, np.bool_)) or not isinstance(baseline, numbers.Real) or math.isnan(baseline):
        raise ValueError(f"baseline must be a number (counts per day); got {baseline!r}.")
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    stretch = series.loc[start:end]
    if len(stretch) < 2:
        raise ValueError(f"the fit needs at least 2 days between start={start.date()} and end={end.date()}; "
                         f"the series has {len(stretch)} there.")
    t = ((stretch.index - stretch.index[0]) / pd.Timedelta(days=1)).to_numpy(dtype=float)
    excess = np.maximum(stretch.to_numpy(dtype=float) - float(baseline), 0.5)
    rate = float(np.polyfit(t, np.log(excess), 1)[0])
    return DecayFit(start=stretch.index[0], end=stretch.index[-1], days=len(stretch), rate=rate)
