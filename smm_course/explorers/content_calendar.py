"""A content calendar built from the data: when to post, how often, and in which formats (notebook 05).

The explorer answers a planner's question: "We can make these formats and publish this many posts a week on this
platform. When should they go out, and how many engagements can we expect?" Everything it proposes comes from the
``posts`` dataset, with its assumptions in plain view:

- **hour of day**: the pooled engagement rate (engagements / reach, the course definition) of the platform's
  organic posts, all brands together, at each hour, smoothed over a centred three-hour window so that one lucky
  post does not decide the plan (``smoothed_h = sum of engagements at h-1, h, h+1 / sum of their reach``);
- **format**: each format's pooled rate on the platform divided by the platform's pooled rate (1.0 = average);
- **weekday**: not used. In the course data the day of the week changes the rate far less than the hour does
  (:func:`weekday_hour_grid` shows it), so the plan spreads posts evenly over the week;
- **expected engagements** of a post = smoothed rate of its hour x its format's factor x the typical reach of a
  Nuvola organic post on that platform (the median, in people).

Paid posts are left out: paying changes reach and rate, which would blur the effect of the hour.

``build_model`` precomputes everything once; ``plan_week`` and ``render`` are quick enough to run on every move of
a slider; ``explorer`` builds the widget.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field

import ipywidgets as w
import numpy as np
import pandas as pd

from smm_course.explorers.base import Explorer, LivePanel, dropdown, int_slider
from smm_course.explorers.canvas import BlitFigure
from smm_course.i18n import format_number, translate

__all__ = [
    "BLOCK_LABELS",
    "CalendarExplorer",
    "HOURS",
    "MAX_POSTS_PER_WEEK",
    "WEEKDAYS",
    "CalendarModel",
    "CalendarResult",
    "PlatformModel",
    "build_model",
    "calendar_html",
    "explorer",
    "format_factors",
    "hourly_rates",
    "plan_week",
    "render",
    "weekday_hour_grid",
]

#: Hours of the day the course posts go out (6:00 to 23:59).
HOURS = tuple(range(6, 24))
#: Weekday names, Monday first (pandas' ``day_of_week`` 0 to 6).
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
#: Three-hour blocks for the weekday x hour grid.
BLOCK_LABELS = ("6-9h", "9-12h", "12-15h", "15-18h", "18-21h", "21-24h")
#: At most three posts a day, three hours apart.
MAX_POSTS_PER_WEEK = 21
#: A smoothed hour (or a format) needs at least this many posts to be used.
MIN_POSTS = 10
#: Hours between two posts on the same day, so they do not compete for the same audience.
MIN_GAP_HOURS = 3
_FORMAT_ORDER = ("video", "carousel", "image", "text", "link")


def _say(what: str, **fields) -> str:
    """This explorer's text ``what`` in the course's current language (``explorer.content_calendar.<what>``)."""
    return translate(f"explorer.content_calendar.{what}", **fields)


def _format_name(name: str) -> str:
    """A post format as a student reads it (the data's value when the course has no word for it)."""
    return _say(f"format_{name}") if name in _FORMAT_ORDER else name


def _day_name(day: str) -> str:
    """A :data:`WEEKDAYS` value as the current language writes it."""
    return _say("weekdays").split(",")[WEEKDAYS.index(day)]


def _engagements(posts: pd.DataFrame) -> pd.Series:
    from smm_course import metrics

    return metrics.engagements(posts["likes"], posts["comments"], posts["shares"], posts["clicks"])


def _organic(posts: pd.DataFrame, platform: str) -> pd.DataFrame:
    needed = ["platform", "paid", "posted_at", "format", "reach", "likes", "comments", "shares", "clicks"]
    missing = [column for column in needed if column not in posts.columns]
    if missing:
        raise ValueError(f"posts lacks the column(s) {missing}; load it with smm_course.data.load('posts').")
    known = sorted(str(p) for p in pd.unique(posts["platform"].dropna()))
    if platform not in known:
        raise ValueError(f"platform={platform!r} is not in the posts; pick one of: {', '.join(known)}.")
    return posts[(posts["platform"] == platform) & ~posts["paid"].astype(bool)]


def weekday_hour_grid(posts: pd.DataFrame, platform: str, min_posts: int = 3) -> pd.DataFrame:
    """Engagement rate of each weekday x three-hour block, relative to the platform's own rate.

    For the platform's organic posts: ``(sum of engagements / sum of reach in the cell) / (the same for all the
    platform's organic posts)``. So 1.3 means 30% above the platform's average, whatever the platform. Cells with
    fewer than ``min_posts`` posts are NaN: a rate from one or two posts is mostly luck.

    Returns
    -------
    DataFrame with one row per weekday (``Mon`` to ``Sun``) and one column per block (``6-9h`` to ``21-24h``).

    >>> posts = pd.DataFrame({"platform": ["X"] * 4, "paid": [False] * 4,
    ...     "posted_at": pd.to_datetime(["2025-06-02 07:00", "2025-06-02 08:00",
    ...                                  "2025-06-02 13:00", "2025-06-02 14:00"]),
    ...     "format": ["text"] * 4, "reach": [100, 100, 100, 100], "likes": [6, 6, 2, 2],
    ...     "comments": [0] * 4, "shares": [0] * 4, "clicks": [0] * 4})
    >>> weekday_hour_grid(posts, "X", min_posts=2).loc["Mon", ["6-9h", "12-15h"]].tolist()   # 0.06 and 0.02 vs 0.04
    [1.5, 0.5]
    """
    organic = _organic(posts, platform)
    engagements = _engagements(organic)
    base = engagements.sum() / organic["reach"].sum()
    block = np.clip((organic["posted_at"].dt.hour.to_numpy() - 6) // 3, 0, len(BLOCK_LABELS) - 1)
    cells = pd.DataFrame({
        "weekday": pd.Categorical.from_codes(organic["posted_at"].dt.day_of_week.to_numpy(), WEEKDAYS),
        "block": pd.Categorical.from_codes(block, BLOCK_LABELS),
        "engagements": engagements.to_numpy(), "reach": organic["reach"].to_numpy(),
    })
    sums = cells.groupby(["weekday", "block"], observed=False).agg(
        engagements=("engagements", "sum"), reach=("reach", "sum"), posts=("reach", "size"))
    relative = (sums["engagements"] / sums["reach"] / base).where(sums["posts"] >= min_posts)
    grid = relative.unstack("block")
    grid.index = pd.Index(list(WEEKDAYS), name="weekday")
    grid.columns = pd.Index(list(BLOCK_LABELS), name="hours")
    return grid


def hourly_rates(posts: pd.DataFrame, platform: str, window: int = 3) -> pd.DataFrame:
    """The platform's engagement rate at each hour from 6 to 23, raw and smoothed.

    Columns: ``posts`` (organic posts published in that hour), ``rate`` (their pooled engagement rate,
    engagements / reach, a fraction; NaN without posts), ``smoothed`` (pooled over the ``window`` hours centred on
    this one), ``usable`` (the window holds at least :data:`MIN_POSTS` posts and the hour itself at least 3).

    >>> posts = pd.DataFrame({"platform": ["X"] * 3, "paid": [False] * 3,
    ...     "posted_at": pd.to_datetime(["2025-06-02 08:10", "2025-06-03 09:20", "2025-06-04 10:30"]),
    ...     "format": ["text"] * 3, "reach": [100, 300, 100], "likes": [10, 6, 4],
    ...     "comments": [0] * 3, "shares": [0] * 3, "clicks": [0] * 3})
    >>> float(round(hourly_rates(posts, "X").loc[9, "smoothed"], 3))   # (10 + 6 + 4) / (100 + 300 + 100)
    0.04
    """
    if isinstance(window, bool) or not isinstance(window, (int, np.integer)) or window < 1 or window % 2 == 0:
        raise ValueError(f"window must be an odd whole number of hours such as 3; got {window!r}.")
    organic = _organic(posts, platform)
    frame = pd.DataFrame({"hour": organic["posted_at"].dt.hour.to_numpy(),
                          "engagements": _engagements(organic).to_numpy(), "reach": organic["reach"].to_numpy()})
    sums = frame.groupby("hour").agg(engagements=("engagements", "sum"), reach=("reach", "sum"),
                                     posts=("reach", "size")).reindex(list(HOURS), fill_value=0)
    rolled = sums.rolling(window, center=True, min_periods=1).sum()
    table = pd.DataFrame({
        "posts": sums["posts"].astype(int),
        "rate": (sums["engagements"] / sums["reach"]).where(sums["reach"] > 0),
        "smoothed": (rolled["engagements"] / rolled["reach"]).where(rolled["reach"] > 0),
        # An hour is usable when its window holds enough posts and the hour itself has a few of its own.
        "usable": (rolled["posts"] >= MIN_POSTS) & (sums["posts"] >= 3),
    })
    table.index.name = "hour"
    return table


def format_factors(posts: pd.DataFrame, platform: str, min_posts: int = MIN_POSTS) -> pd.Series:
    """Each format's pooled engagement rate on the platform / the platform's pooled rate (1.0 = average).

    Formats with fewer than ``min_posts`` organic posts on the platform are left out: the data cannot say how
    they do there. Sorted from the best format to the worst.

    >>> posts = pd.DataFrame({"platform": ["X"] * 4, "paid": [False] * 4,
    ...     "posted_at": pd.to_datetime(["2025-06-02 08:00"] * 4), "format": ["text", "text", "link", "link"],
    ...     "reach": [100] * 4, "likes": [6, 6, 2, 2], "comments": [0] * 4, "shares": [0] * 4, "clicks": [0] * 4})
    >>> format_factors(posts, "X", min_posts=2).round(2).to_dict()
    {'text': 1.5, 'link': 0.5}
    """
    organic = _organic(posts, platform)
    engagements = _engagements(organic)
    base = engagements.sum() / organic["reach"].sum()
    frame = pd.DataFrame({"format": organic["format"].astype(str).to_numpy(),
                          "engagements": engagements.to_numpy(), "reach": organic["reach"].to_numpy()})
    sums = frame.groupby("format").agg(engagements=("engagements", "sum"), reach=("reach", "sum"),
                                       posts=("reach", "size"))
    sums = sums[sums["posts"] >= min_posts]
    factors = (sums["engagements"] / sums["reach"] / base).rename("factor")
    factors.index.name = "format"
    return factors.sort_values(ascending=False, kind="stable")


@dataclass(frozen=True)
class PlatformModel:
    """What the calendar knows about one platform, computed once from the data.

    Attributes
    ----------
    platform : str
    hourly : DataFrame
        :func:`hourly_rates` of the platform.
    formats : Series
        :func:`format_factors` of the platform, best first.
    typical_reach : float
        Median reach (people) of Nuvola's organic posts on the platform.
    best_hours : tuple of int
        The usable hours from the best smoothed rate down, at least :data:`MIN_GAP_HOURS` apart (at most three).
    average_rate : float
        Mean smoothed rate over the usable hours: the rate of a post at a random usable hour.
    """

    platform: str
    hourly: pd.DataFrame
    formats: pd.Series
    typical_reach: float
    best_hours: tuple
    average_rate: float


def _spaced_best_hours(hourly: pd.DataFrame, count: int = 3) -> tuple:
    ranked = hourly[hourly["usable"]].sort_values("smoothed", ascending=False, kind="stable").index
    chosen: list[int] = []
    for hour in ranked:
        if all(abs(int(hour) - other) >= MIN_GAP_HOURS for other in chosen):
            chosen.append(int(hour))
        if len(chosen) == count:
            break
    return tuple(chosen)


def _platform_model(posts: pd.DataFrame, platform: str) -> PlatformModel:
    hourly = hourly_rates(posts, platform)
    own = posts[(posts["platform"] == platform) & ~posts["paid"].astype(bool)]
    if "brand" in posts.columns and (own["brand"] == "Nuvola").any():
        own = own[own["brand"] == "Nuvola"]
    return PlatformModel(
        platform=platform, hourly=hourly, formats=format_factors(posts, platform),
        typical_reach=float(own["reach"].median()), best_hours=_spaced_best_hours(hourly),
        average_rate=float(hourly.loc[hourly["usable"], "smoothed"].mean()),
    )


@dataclass
class CalendarModel:
    """Every platform's :class:`PlatformModel`, built once by :func:`build_model`."""

    platforms: dict = field(default_factory=dict)

    def __getitem__(self, platform: str) -> PlatformModel:
        if platform not in self.platforms:
            raise ValueError(f"platform={platform!r} is not in the calendar; pick one of: {', '.join(self.platforms)}.")
        return self.platforms[platform]


def build_model(posts: pd.DataFrame | None = None) -> CalendarModel:
    """Precompute every platform's hourly rates, format factors and typical reach (``posts`` loaded if not given)."""
    if posts is None:
        from smm_course import data

        posts = data.load("posts")
    from smm_course.plots import PLATFORM_COLORS

    present = {str(p) for p in pd.unique(posts["platform"].dropna())}
    order = [p for p in PLATFORM_COLORS if p in present] + sorted(present - set(PLATFORM_COLORS))
    return CalendarModel({platform: _platform_model(posts, platform) for platform in order})


def _check_posts_per_week(posts_per_week) -> int:
    if isinstance(posts_per_week, bool) or not isinstance(posts_per_week, (int, np.integer)) \
            or not 1 <= posts_per_week <= MAX_POSTS_PER_WEEK:
        raise ValueError(f"posts_per_week must be a whole number from 1 to {MAX_POSTS_PER_WEEK} "
                         f"(at most three a day); got {posts_per_week!r}.")
    return int(posts_per_week)


def _check_formats(model: PlatformModel, formats) -> list[str]:
    available = list(model.formats.index)
    if formats is None:
        return available
    if isinstance(formats, str):
        formats = [formats]
    formats = [str(f) for f in formats]
    if not formats:
        raise ValueError(f"Pick at least one format; {model.platform} has: {', '.join(available)}.")
    unknown = [f for f in formats if f not in available]
    if unknown:
        raise ValueError(f"{model.platform} has too few {', '.join(unknown)} posts in the data to plan with; "
                         f"pick from: {', '.join(available)}.")
    # Best formats first, so the rotation starts with the strongest one.
    return [f for f in available if f in formats]


def plan_week(model: PlatformModel, posts_per_week: int, formats=None) -> pd.DataFrame:
    """Place ``posts_per_week`` posts in a week: evenly over the days, at the best hours, rotating the formats.

    Post i (0-based) goes on day ``floor(i x 7 / n)``; the k-th post of a day goes at the k-th of the platform's
    :attr:`~PlatformModel.best_hours`; formats take turns, best first. Rows come in time order.
    Expected rate = smoothed rate of the hour x the format's factor; expected engagements = expected rate x typical
    reach.

    Returns
    -------
    DataFrame with one row per post: ``day`` (Mon to Sun), ``hour`` (0 to 23), ``format``, ``expected_rate``
    (fraction) and ``expected_engagements`` (per post).
    """
    n = _check_posts_per_week(posts_per_week)
    chosen = _check_formats(model, formats)
    days = [i * 7 // n for i in range(n)]
    slot_in_day = [days[:i].count(day) for i, day in enumerate(days)]
    hours = [model.best_hours[min(k, len(model.best_hours) - 1)] for k in slot_in_day]
    smoothed = model.hourly["smoothed"]
    rates = [float(smoothed[hour]) * float(model.formats[chosen[i % len(chosen)]]) for i, hour in enumerate(hours)]
    plan = pd.DataFrame({
        "day": [WEEKDAYS[d] for d in days],
        "hour": hours,
        "format": [chosen[i % len(chosen)] for i in range(n)],
        "expected_rate": rates,
        "expected_engagements": [rate * model.typical_reach for rate in rates],
    })
    # In time order, so the table and the calendar read like a week.
    order = sorted(range(n), key=lambda i: (days[i], hours[i]))
    return plan.iloc[order].reset_index(drop=True)


@dataclass(frozen=True)
class CalendarResult:
    """What :func:`render` computed and drew.

    Attributes
    ----------
    plan : DataFrame
        :func:`plan_week`'s table.
    platform : str
    expected_total : float
        Expected engagements in the week (sum over the plan).
    random_hours_total : float
        The same posts (same formats) at a random usable hour: the baseline the plan is compared with.
    gain : float
        ``expected_total / random_hours_total - 1``, a fraction.
    message : str
        One sentence that states the result.
    calendar_html : str
        The week as an HTML table: one column per day, one card per post (time, format, expected engagements).
    figure : object
        The drawing of the platform's hours (``figure.figure`` is the matplotlib Figure; ``figure.png()`` its
        pixels).
    """

    plan: pd.DataFrame
    platform: str
    expected_total: float
    random_hours_total: float
    gain: float
    message: str
    calendar_html: str
    figure: object


class _HoursFigure(BlitFigure):
    """The platform's engagement rate by hour, with the plan's hours marked; made once, updated on every render.

    Drawing text is what costs time, so everything that changes only with the platform (axes, ticks, bars, the
    smoothed line) is drawn once into a cached background; a change of posts per week or formats redraws only the
    markers and the title on top of it (blitting). The week itself is an HTML table (:func:`calendar_html`), which
    the browser draws faster than matplotlib and a screen reader can read.
    """

    def __init__(self) -> None:
        from smm_course.plots import OKABE_ITO, percent_axis

        super().__init__((9, 4.2), dict(left=0.11, right=0.98, bottom=0.14, top=0.80))
        ax = self.axes = self.figure.add_subplot()
        self.bars = ax.bar(list(HOURS), [0] * len(HOURS), width=0.8, color="0.82", edgecolor="0.55",
                           label=_say("measured"))
        (self.line,) = ax.plot([], [], "-o", color=OKABE_ITO["blue"], markersize=5, lw=2.2,
                               label=_say("smoothed"))
        (self.used,) = ax.plot([], [], "^", color=OKABE_ITO["vermillion"], markersize=14, markeredgecolor="black",
                               label=_say("plan_hours"), linestyle="none")
        ax.set_xlim(5.4, 23.6)
        ax.set_xticks(list(range(6, 24, 2)))
        ax.set_xlabel(_say("xlabel"))
        ax.set_ylabel(_say("ylabel"))
        percent_axis(ax, decimals=1)  # 4.0% / 4,0%
        ax.grid(True, axis="y", alpha=0.4)
        ax.legend(loc="upper center", ncol=3, fontsize="small", frameon=True, framealpha=0.9, handlelength=1.5,
                  columnspacing=1.0)
        self.subtitle = ax.set_title("", fontsize="medium")
        self.title = self.figure.text(0.5, 0.93, "", ha="center", fontsize="large", fontweight="bold")
        self.animate(self.used, self.title)
        self._platform = None

    def show_platform(self, model: PlatformModel) -> None:
        """Draw the platform's hours into the background (kept per platform, so switching back is instant)."""
        if model.platform != self._platform:
            hourly = model.hourly
            for bar, rate in zip(self.bars, hourly["rate"].fillna(0.0)):
                bar.set_height(float(rate))
            usable = hourly[hourly["usable"]]
            self.line.set_data(usable.index.to_numpy(), usable["smoothed"].to_numpy())
            top = float(np.nanmax(hourly["rate"].to_numpy())) if hourly["posts"].sum() else 0.01
            self.axes.set_ylim(0, top * 1.4)  # headroom for the legend
            self.subtitle.set_text(_say("subtitle", platform=model.platform))
            self._platform = model.platform
            self.restage(model.platform)

    def update(self, model: PlatformModel, plan: pd.DataFrame, gain: float) -> None:
        self.show_platform(model)
        hours = sorted(set(plan["hour"]))
        self.used.set_data(hours, [self.axes.get_ylim()[1] * 0.035] * len(hours))  # on the hour axis
        self.title.set_text(_say("title", platform=model.platform, gain=format_number(gain, "+.0%")))


def calendar_html(plan: pd.DataFrame) -> str:
    """The week as an HTML table: a column per day (Mon to Sun), a card per post with its time, format and
    expected engagements, in time order.

    >>> plan = pd.DataFrame({"day": ["Mon"], "hour": [9], "format": ["video"], "expected_rate": [0.05],
    ...                      "expected_engagements": [120.4]})
    >>> "09:00 · video<br>~120 engagements" in calendar_html(plan)
    True
    """
    cell = ("padding:0.3em 0.5em;margin:0.2em 0;border:1px solid #555;border-radius:6px;background:#fff;"
            "text-align:center;white-space:nowrap")
    columns = []
    for day in WEEKDAYS:
        posts = plan[plan["day"] == day]
        cards = "".join(f'<div style="{cell}">{row.hour:02d}:00 · {html.escape(_format_name(row.format))}<br>'
                        + html.escape(_say("card", engagements=format_number(row.expected_engagements, ",.0f")))
                        + "</div>" for row in posts.itertuples())
        columns.append(f'<td style="vertical-align:top;min-width:9em">{cards or "&mdash;"}</td>')
    head = "".join(f'<th scope="col" style="text-align:center">{_day_name(day)}</th>' for day in WEEKDAYS)
    caption = _say("caption_one" if len(plan) == 1 else "caption_many", posts=len(plan),
                   engagements=format_number(plan["expected_engagements"].sum(), ",.0f"))
    return (f"<table><caption>{html.escape(caption)}</caption>"
            f"<tr>{head}</tr><tr>{''.join(columns)}</tr></table>")


def _message(model: PlatformModel, plan: pd.DataFrame, total: float, gain: float) -> str:
    hours = ", ".join(f"{h:02d}:00" for h in sorted(set(plan["hour"])))
    posts = len(plan)
    return _say("message_one" if posts == 1 else "message_many", posts=posts, platform=model.platform, hours=hours,
                total=format_number(total, ",.0f"), gain=format_number(gain, "+.0%"),
                reach=format_number(model.typical_reach, ",.0f"))


def render(platform: str = "Instagram", posts_per_week: int = 5, formats=None, *, model: CalendarModel | None = None,
           figure: _HoursFigure | None = None, draw: bool = True) -> CalendarResult:
    """Plan a week for ``platform``: the posts placed in the week, and a figure of the hours that engage.

    Parameters
    ----------
    platform : str
        One of the platforms in ``posts`` (Facebook, Instagram, X, YouTube, TikTok, LinkedIn).
    posts_per_week : int
        1 to 21 (at most three a day).
    formats : list of str, optional
        The formats the team can make (default: every format the platform has enough posts of).
    model : CalendarModel, optional
        From :func:`build_model`; built from the course data when not given.
    figure : optional
        ``result.figure`` from an earlier call: reused (its artists updated) so redraws are fast.
    draw : bool
        Render the pixels now (the explorer renders them to PNG instead).
    """
    model = build_model() if model is None else model
    platform_model = model[platform]
    plan = plan_week(platform_model, posts_per_week, formats)
    total = float(plan["expected_engagements"].sum())
    factors = platform_model.formats[plan["format"]].to_numpy()
    random_hours = float((platform_model.average_rate * factors * platform_model.typical_reach).sum())
    gain = total / random_hours - 1 if random_hours > 0 else math.nan
    figure = _HoursFigure() if figure is None else figure
    figure.update(platform_model, plan, gain)
    if draw:
        figure.draw()
    return CalendarResult(plan=plan, platform=platform, expected_total=total, random_hours_total=random_hours,
                          gain=gain, message=_message(platform_model, plan, total, gain),
                          calendar_html=calendar_html(plan), figure=figure)


class CalendarExplorer(Explorer):
    """The content-calendar widget: platform, posts per week and formats over a sentence, the week as a table
    and the figure of the platform's hours."""

    @property
    def title(self) -> str:
        """The stable text form, in the current language."""
        return _say("name")

    def __init__(self, controls: dict, formats: dict, model: CalendarModel) -> None:
        self.model, self.formats = model, formats
        self.table = w.HTML()
        rows = [controls["platform"], controls["posts_per_week"],
                w.HBox([w.Label(_say("formats")), *formats.values()])]
        self.panel = LivePanel(self.draw, max_width="760px")
        super().__init__({**controls, **formats}, rows=rows, panel=self.panel)
        # The sentence, then the week, then the picture.
        self.children = [*rows, self.panel.sentence, self.table, self.panel.picture]
        # Draw every platform's background now: switching platforms is then as quick as moving the slider.
        for name in model.platforms:
            self.figure.show_platform(model[name])
            self.figure.draw()
        self.redraw()

    def adjust(self) -> None:
        available = set(self.model[self.controls["platform"].value].formats.index)
        for name, box in self.formats.items():
            box.layout.display = None if name in available else "none"

    def draw(self, values: dict):
        platform = values["platform"]
        available = list(self.model[platform].formats.index)
        chosen = [name for name in self.formats if values[name] and name in available]
        if not chosen:
            return _say("pick_format", platform=platform, formats=", ".join(map(_format_name, available)))
        result = render(platform, values["posts_per_week"], chosen, model=self.model, figure=self.figure, draw=False)
        self.table.value = result.calendar_html
        return self.draw_figure(result)


def explorer(platform: str = "Instagram", posts_per_week: int = 5, formats=None) -> CalendarExplorer:
    """The content-calendar widget: a platform, posts per week and the formats you can make, redrawn at once.

    Controls: a platform dropdown, a posts-per-week slider (1 to 21) and one checkbox per format (only the formats
    the chosen platform has enough posts of are shown). Below: a sentence, the week as a calendar, and the figure
    of the platform's hours.
    """
    model = build_model()
    controls = {
        "platform": dropdown(_say("platform"), list(model.platforms), platform),
        "posts_per_week": int_slider(_say("posts_per_week"), posts_per_week, 1, MAX_POSTS_PER_WEEK, width="30em"),
    }
    wanted = None if formats is None else ({formats} if isinstance(formats, str) else set(formats))
    every_format = [f for f in _FORMAT_ORDER if any(f in m.formats.index for m in model.platforms.values())]
    boxes = {f: w.Checkbox(value=wanted is None or f in wanted, description=_format_name(f), indent=False,
                           layout=w.Layout(width="auto"))
             for f in every_format}
    return CalendarExplorer(controls, boxes, model)
