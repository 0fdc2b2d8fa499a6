"""Earned media value (EMV): what the exposure a brand earned would have cost as advertising (notebook 06).

There is no agreed standard for EMV. Every tool multiplies what it counts by prices it assumes, so the same
mentions can be "worth" ten times more in one report than in another. This explorer makes the assumptions sliders,
so their weight is there for everyone to see. The estimate, for one brand and one month:

    exposure value   = (sum of the followers of the authors who mentioned the brand) x seen share / 1000 x CPM
    engagement value = shares of the brand's own posts x value per engagement
    EMV              = exposure value + engagement value

- **seen share**: the fraction of an author's followers who actually see the mention (a post reaches only part of
  its author's followers). Default: the median reach / followers of the brand's organic posts.
- **CPM** (euros per 1,000 impressions): what the same impressions would have cost as ads. Default: the brand's
  own paid posts, total cost / total impressions x 1000.
- **value per engagement** (euros): what one share would have cost as an ad engagement. Default: the brand's paid
  posts, total cost / total engagements (cost per engagement).
- **negative mentions**: counted or not. Many tools count all exposure, so a crisis "earns" value.

``monthly_inputs`` and ``defaults_from_data`` do the counting once; ``estimate`` and ``render`` are quick enough to
run on every slider move; ``explorer`` builds the widget.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

import ipywidgets as w

from smm_course.explorers.base import Explorer, float_slider
from smm_course.explorers.canvas import BlitFigure, stable_limit
from smm_course.i18n import format_number, translate

__all__ = [
    "RANGES",
    "EMVExplorer",
    "EMVResult",
    "defaults_from_data",
    "estimate",
    "explorer",
    "monthly_inputs",
    "render",
]

#: Slider ranges of the three assumptions: (low, high). CPMs on social platforms are mostly a few euros; the
#: ranges are wide on purpose, to show how far reports can disagree.
RANGES = {
    "cpm": (1.0, 30.0),
    "value_per_engagement": (0.0, 1.0),
    "seen_share": (0.01, 0.5),
}


def _say(what: str, **fields) -> str:
    """This explorer's text ``what`` in the course's current language (``explorer.earned_media.<what>``)."""
    return translate(f"explorer.earned_media.{what}", **fields)


def _label(name: str) -> str:
    """An assumption's slider label (``cpm``, ``value_per_engagement``, ``seen_share``)."""
    return _say(f"label_{name}")


def _short_label(name: str) -> str:
    """An assumption's label on the figure, on two lines."""
    return _say(f"short_{name}")


def _check_columns(table: pd.DataFrame, columns: list[str], name: str) -> None:
    missing = [column for column in columns if column not in table.columns]
    if missing:
        raise ValueError(f"{name} lacks the column(s) {missing}; load it with smm_course.data.load('{name}').")


def monthly_inputs(mentions: pd.DataFrame, posts: pd.DataFrame, brand: str = "Nuvola") -> pd.DataFrame:
    """Count what EMV multiplies, per month, for one brand.

    Columns: ``mentions`` and ``negative_mentions`` (counts), ``audience`` and ``negative_audience`` (sum of the
    authors' followers, people), and ``shares`` (shares of the brand's own posts). Index: month number 1 to 12.

    >>> mentions = pd.DataFrame({"brand": ["Nuvola", "Nuvola", "Zest"],
    ...     "sentiment": ["negative", "positive", "positive"], "posted_at": pd.to_datetime(["2025-04-02", "2025-04-09", "2025-04-09"]), "author_followers": [500, 100, 9]})
    >>> posts = pd.DataFrame({"brand": ["Nuvola"], "posted_at": pd.to_datetime(["2025-04-03"]), "shares": [40]})
    >>> monthly_inputs(mentions, posts).loc[4].tolist()
    [2, 1, 600, 500, 40]
    """
    _check_columns(mentions, ["brand", "sentiment", "posted_at", "author_followers"], "mentions")
    _check_columns(posts, ["brand", "posted_at", "shares"], "posts")
    known = sorted(str(b) for b in pd.unique(mentions["brand"].dropna()))
    if brand not in known:
        raise ValueError(f"brand={brand!r} has no mentions; pick one of: {', '.join(known)}.")
    own = mentions[mentions["brand"] == brand]
    negative = (own["sentiment"].astype(str) == "negative").to_numpy()
    frame = pd.DataFrame({
        "month": own["posted_at"].dt.month.to_numpy(),
        "mentions": 1, "negative_mentions": negative.astype(int),
        "audience": own["author_followers"].to_numpy(),
        "negative_audience": np.where(negative, own["author_followers"].to_numpy(), 0),
    })
    months = list(range(1, 13))
    table = frame.groupby("month").sum().reindex(months, fill_value=0)
    brand_posts = posts[posts["brand"] == brand]
    table["shares"] = brand_posts.groupby(brand_posts["posted_at"].dt.month)["shares"].sum().reindex(months,
                                                                                                     fill_value=0)
    return table.astype("int64")


def defaults_from_data(posts: pd.DataFrame, brand: str = "Nuvola") -> dict:
    """Starting values of the assumptions, borrowed from the brand's own posts (see the module docstring).

    Returns a dict with ``cpm`` (euros per 1,000 impressions), ``value_per_engagement`` (euros) and ``seen_share``
    (fraction), each rounded as a slider shows it.

    >>> posts = pd.DataFrame({"brand": ["Nuvola"] * 2, "paid": [True, False], "cost": [70.0, 0.0],
    ...     "impressions": [10_000, 1_000], "reach": [8_000, 200], "followers": [2_000, 1_000],
    ...     "likes": [150, 10], "comments": [10, 1], "shares": [20, 2], "clicks": [20, 1]})
    >>> defaults_from_data(posts)   # 70 / 10,000 x 1000; 70 / 200 engagements; 200 / 1,000 followers
    {'cpm': 7.0, 'value_per_engagement': 0.35, 'seen_share': 0.2}
    """
    _check_columns(posts, ["brand", "paid", "cost", "impressions", "reach", "followers", "likes", "comments",
                           "shares", "clicks"], "posts")
    own = posts[posts["brand"] == brand]
    paid = own[own["paid"].astype(bool)]
    organic = own[~own["paid"].astype(bool)]
    if paid.empty or organic.empty:
        raise ValueError(f"{brand} needs both paid and organic posts to borrow default prices and reach from.")
    engagements = paid[["likes", "comments", "shares", "clicks"]].to_numpy().sum()
    cpm = paid["cost"].sum() / paid["impressions"].sum() * 1000
    per_engagement = paid["cost"].sum() / engagements
    seen = float((organic["reach"] / organic["followers"]).median())
    return {"cpm": round(float(cpm), 1), "value_per_engagement": round(float(per_engagement), 2),
            "seen_share": round(min(seen, RANGES["seen_share"][1]), 2)}


def _check_assumption(value, name: str) -> float:
    low, high = RANGES[name]
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)) or math.isnan(value):
        raise ValueError(f"{name} must be a number, not {value!r}.")
    if not low <= value <= high:
        hint = " It is a fraction here: 0.1 means 10%." if name == "seen_share" and value > 1 else ""
        raise ValueError(f"{name} must be between {low} and {high}; got {value!r}.{hint}")
    return float(value)


def estimate(inputs: pd.DataFrame, cpm: float, value_per_engagement: float, seen_share: float,
             count_negative: bool = True) -> pd.DataFrame:
    """EMV per month from :func:`monthly_inputs` and the three assumptions (formula in the module docstring).

    Returns
    -------
    DataFrame indexed by month with ``exposure_value``, ``engagement_value`` and ``emv`` (euros).

    >>> inputs = pd.DataFrame({"audience": [1_000_000], "negative_audience": [200_000], "shares": [1_000]}, index=[4])
    >>> estimate(inputs, cpm=5, value_per_engagement=0.2, seen_share=0.1).loc[4].tolist()   # 100,000 seen -> €500
    [500.0, 200.0, 700.0]
    >>> estimate(inputs, 5, 0.2, 0.1, count_negative=False).loc[4, "exposure_value"]
    np.float64(400.0)
    """
    cpm = _check_assumption(cpm, "cpm")
    value_per_engagement = _check_assumption(value_per_engagement, "value_per_engagement")
    seen_share = _check_assumption(seen_share, "seen_share")
    audience = inputs["audience"] - (0 if count_negative else inputs["negative_audience"])
    exposure = audience * seen_share / 1000 * cpm
    engagement = inputs["shares"] * value_per_engagement
    return pd.DataFrame({"exposure_value": exposure.astype(float), "engagement_value": engagement.astype(float),
                         "emv": (exposure + engagement).astype(float)})


@dataclass(frozen=True)
class EMVResult:
    """What :func:`render` computed and drew.

    Attributes
    ----------
    table : DataFrame
        :func:`estimate`'s monthly table.
    total : float
        EMV of the year, euros.
    ranges : DataFrame
        For each assumption (rows), the year's EMV with that assumption at its slider's ``low`` and ``high`` end and
        the others as chosen (euros): how much the estimate hangs on each assumption.
    assumptions : dict
        The assumptions used.
    message : str
        One sentence that states the result.
    figure : object
        The drawing (``figure.figure`` is the matplotlib Figure; ``figure.png()`` its pixels).
    """

    table: pd.DataFrame
    total: float
    ranges: pd.DataFrame
    assumptions: dict
    message: str
    figure: object


def _euros(value: float, short: bool = False) -> str:
    """An amount in euros, rounded to millions or thousands (``short``: the axis's brief form)."""
    if abs(value) >= 1e6:
        return _say("millions_short" if short else "millions", amount=format_number(value / 1e6, ".2f"))
    if abs(value) >= 1e3:
        return _say("thousands_short" if short else "thousands", amount=format_number(value / 1e3, ",.0f"))
    return _say("euros", amount=format_number(value, ",.0f"))


def _cents(value: float) -> str:
    """An amount in euros with cents: ``€0.12`` (English), ``0,12 €`` (Italian)."""
    return _say("euros", amount=format_number(value, ".2f"))


class _EMVFigure(BlitFigure):
    """One figure whose artists are made once; a slider move redraws only the bars and titles on a cached
    background (blitting), and the axes only when their limits must step up or down."""

    def __init__(self, brand: str) -> None:
        from matplotlib.ticker import FuncFormatter, MaxNLocator

        from smm_course.plots import OKABE_ITO

        super().__init__((12, 4.8), dict(left=0.075, right=0.975, bottom=0.24, top=0.80, wspace=0.42))
        grid = self.figure.add_gridspec(1, 2, width_ratios=[1.35, 1.0])
        self.months_ax = self.figure.add_subplot(grid[0])
        self.range_ax = self.figure.add_subplot(grid[1])
        money = FuncFormatter(lambda value, _pos: _euros(value, short=True))

        ax = self.months_ax
        positions = np.arange(12)
        self.exposure_bars = ax.bar(positions, np.zeros(12), width=0.7, color=OKABE_ITO["blue"],
                                    label=_say("exposure"), animated=True)
        self.engagement_bars = ax.bar(positions, np.zeros(12), width=0.7, color=OKABE_ITO["orange"], hatch="//",
                                      edgecolor="white", label=_say("shares_of_posts"), animated=True)
        ax.set_xticks(positions)
        ax.set_xticklabels(translate("explorer.month_abbreviations").split(","))
        # The crisis (April) and the #NuvolaTruth campaign (May): shaded, and named in words, not by colour alone.
        for month, label, height in ((3, _say("crisis"), 0.97), (4, _say("campaign"), 0.915)):
            ax.axvspan(month - 0.45, month + 0.45, color="0.92", zorder=0)
            ax.text(month, height, label, ha="center", va="top", fontsize="x-small", transform=ax.get_xaxis_transform())
        ax.set_ylabel(_say("ylabel"))
        ax.yaxis.set_major_formatter(money)
        ax.grid(True, axis="y", alpha=0.4)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=2, fontsize="small")
        ax.set_title(_say("months_title", brand=brand), fontsize="medium", fontweight="bold")

        names = list(RANGES)
        rows = np.arange(len(names))
        self.range_bars = self.range_ax.barh(rows, np.zeros(len(names)), left=np.zeros(len(names)), height=0.5,
                                             color="0.75", edgecolor="0.3", animated=True)
        self.range_text = [self.range_ax.text(0, row, "", ha="left", va="center", fontsize="small", animated=True)
                           for row in rows]
        self.current = self.range_ax.axvline(0, color="black", lw=2, ls="--", animated=True)
        self.range_ax.set_yticks(rows)
        self.range_ax.set_yticklabels([_short_label(name) for name in names], fontsize="small")
        self.range_ax.invert_yaxis()
        self.range_ax.xaxis.set_major_formatter(money)
        self.range_ax.xaxis.set_major_locator(MaxNLocator(4))
        self.range_ax.set_xlabel(_say("range_xlabel"))
        self.range_ax.grid(True, axis="x", alpha=0.4)
        self.range_ax.set_title(_say("range_title"),
                                fontsize="medium", fontweight="bold")
        self.suptitle = self.figure.text(0.5, 0.95, "", ha="center", fontsize="large", fontweight="bold",
                                         animated=True)
        self.animate(*self.exposure_bars, *self.engagement_bars, *self.range_bars, *self.range_text, self.current,
                     self.suptitle)
        self.scale_with(self.months_ax.yaxis, self.range_ax.xaxis)
        self._limits = None

    def update(self, table: pd.DataFrame, total: float, ranges: pd.DataFrame, brand: str) -> None:
        for bar, exposure, engagement in zip(self.exposure_bars, table["exposure_value"], table["engagement_value"]):
            bar.set_height(exposure)
        for bar, exposure, engagement in zip(self.engagement_bars, table["exposure_value"], table["engagement_value"]):
            bar.set_y(exposure)
            bar.set_height(engagement)
        for bar, text, (_name, row) in zip(self.range_bars, self.range_text, ranges.iterrows()):
            bar.set_x(row["low"])
            bar.set_width(row["high"] - row["low"])
            text.set_position((row["high"], bar.get_y() + bar.get_height() / 2))
            text.set_text(" " + _say("range", low=_euros(row["low"]), high=_euros(row["high"])))
        self.current.set_xdata([total, total])
        needed = (float(table["emv"].max()) * 1.15, float(ranges["high"].max()) * 1.45)
        previous = self._limits or (None, None)
        limits = tuple(stable_limit(current, want) for current, want in zip(previous, needed))
        if limits != self._limits:
            self.months_ax.set_ylim(0, limits[0])
            self.range_ax.set_xlim(0, limits[1])
            self._limits = limits
            self.rescale(limits)
        self.suptitle.set_text(_say("suptitle", brand=brand, total=_euros(total)))


def _ranges(inputs: pd.DataFrame, assumptions: dict, count_negative: bool) -> pd.DataFrame:
    rows = {}
    for name, (low, high) in RANGES.items():
        ends = []
        for value in (low, high):
            changed = {**assumptions, name: value}
            ends.append(float(estimate(inputs, count_negative=count_negative, **changed)["emv"].sum()))
        rows[name] = ends
    return pd.DataFrame.from_dict(rows, orient="index", columns=["low", "high"])


def render(cpm: float | None = None, value_per_engagement: float | None = None, seen_share: float | None = None,
           count_negative: bool = True, *, brand: str = "Nuvola", inputs: pd.DataFrame | None = None,
           defaults: dict | None = None, figure: _EMVFigure | None = None, draw: bool = True) -> EMVResult:
    """Estimate the brand's EMV for 2025 under the given assumptions, and draw it.

    Parameters
    ----------
    cpm, value_per_engagement, seen_share : float, optional
        The assumptions (see the module docstring); each defaults to :func:`defaults_from_data`.
    count_negative : bool
        Count the audience of negative mentions as value (many tools do).
    brand : str
        The brand whose mentions and posts are counted.
    inputs, defaults : optional
        :func:`monthly_inputs` and :func:`defaults_from_data`, computed from the course data when not given.
    figure : optional
        ``result.figure`` from an earlier call: reused so redraws are fast.
    draw : bool
        Render the pixels now (the explorer renders them to PNG instead).
    """
    if inputs is None or defaults is None:
        from smm_course import data

        posts = data.load("posts")
        inputs = monthly_inputs(data.load("mentions"), posts, brand) if inputs is None else inputs
        defaults = defaults_from_data(posts, brand) if defaults is None else defaults
    given = {"cpm": cpm, "value_per_engagement": value_per_engagement, "seen_share": seen_share}
    assumptions = {name: _check_assumption(defaults[name] if value is None else value, name)
                   for name, value in given.items()}
    table = estimate(inputs, count_negative=bool(count_negative), **assumptions)
    total = float(table["emv"].sum())
    ranges = _ranges(inputs, assumptions, bool(count_negative))
    seen = float((inputs["audience"] - (0 if count_negative else inputs["negative_audience"])).sum()
                 * assumptions["seen_share"])
    message = _say("message", cpm=_cents(assumptions["cpm"]), per_share=_cents(assumptions["value_per_engagement"]),
                   seen_share=format_number(assumptions["seen_share"], ".0%"), brand=brand, total=_euros(total),
                   exposure=_euros(table["exposure_value"].sum()), impressions=format_number(seen / 1e6, ".1f"),
                   engagement=_euros(table["engagement_value"].sum()),
                   shares=format_number(int(inputs["shares"].sum()), ","), low=_euros(ranges["low"].min()),
                   high=_euros(ranges["high"].max()))
    figure = _EMVFigure(brand) if figure is None else figure
    figure.update(table, total, ranges, brand)
    if draw:
        figure.draw()
    return EMVResult(table=table, total=total, ranges=ranges, assumptions=assumptions, message=message,
                     figure=figure)


def _assumptions_html(assumptions: dict, defaults: dict, count_negative: bool) -> str:
    """The assumptions in plain view, next to where their starting values came from."""
    shown = {"cpm": _cents, "value_per_engagement": _cents, "seen_share": lambda v: format_number(v, ".0%")}
    rows = "".join(
        f"<tr><td>{html.escape(_label(name))}</td><td>{html.escape(shown[name](assumptions[name]))}</td>"
        f"<td>{html.escape(shown[name](defaults[name]))} ({html.escape(_say(f'source_{name}'))})</td></tr>"
        for name in RANGES)
    rows += (f"<tr><td>{html.escape(_say('negative_mentions'))}</td>"
             f"<td>{html.escape(_say('counted' if count_negative else 'left_out'))}</td>"
             f"<td>{html.escape(_say('counted_by_tools'))}</td></tr>")
    head = "".join(f"<th scope='col'>{html.escape(_say(column))}</th>"
                   for column in ("assumption", "your_value", "starting_value"))
    head = f"<tr>{head}</tr>"
    return f"<table>{head}{rows}</table>"


class EMVExplorer(Explorer):
    """The EMV widget: three sliders and a checkbox, a sentence, the figure and the assumptions as a table."""

    @property
    def title(self) -> str:
        """The stable text form, in the current language."""
        return _say("name")

    def __init__(self, controls: dict, brand: str, inputs: pd.DataFrame, defaults: dict) -> None:
        self.brand, self.inputs, self.defaults = brand, inputs, defaults
        self.table = w.HTML()
        super().__init__(controls, extras=[self.table])

    def draw(self, values: dict):
        result = render(**values, brand=self.brand, inputs=self.inputs, defaults=self.defaults, figure=self.figure,
                        draw=False)
        self.table.value = _assumptions_html(result.assumptions, self.defaults, values["count_negative"])
        return self.draw_figure(result)


def explorer(brand: str = "Nuvola") -> EMVExplorer:
    """The EMV widget: three sliders for the assumptions and a checkbox for negative mentions, redrawn at once.

    Below the controls: a sentence with the estimate and its range, the figure, and the assumptions as a table.
    """
    from smm_course import data

    posts = data.load("posts")
    defaults = defaults_from_data(posts, brand)
    controls = {
        name: float_slider(_label(name), defaults[name], *RANGES[name], step, readout)
        for name, step, readout in (("cpm", 0.5, ".2f"), ("value_per_engagement", 0.01, ".2f"),
                                    ("seen_share", 0.01, ".0%"))
    }
    controls["count_negative"] = w.Checkbox(value=True, description=_say("count_negative"), indent=False)
    return EMVExplorer(controls, brand, monthly_inputs(data.load("mentions"), posts, brand), defaults)
