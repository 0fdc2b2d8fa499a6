"""Which platform engages best? It depends on what you divide by and how you average (notebook 03).

The same posts rank the platforms differently when the engagement rate divides by reach (the course's
definition), by impressions or by followers, and the rate of a group of posts can be *pooled* (total engagements
over the total base, so big posts weigh more) or the *mean of posts* (each post's own rate, averaged, so every
post counts once). This explorer lets a student flip those choices and watch the ranking move.

- :func:`summarise` does the heavy work once: per brand and platform, the sums and the mean per-post rates;
- :func:`ranking` reads one ranking out of that summary (a table, no drawing);
- :func:`render` computes the ranking and draws it (what the widget calls on every change);
- :func:`explorer` builds the widget.

Engagements are likes + comments + shares + clicks (:func:`smm_course.metrics.engagements`); rates are fractions.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import ipywidgets as w
import numpy as np
import pandas as pd

from smm_course import metrics
from smm_course.i18n import format_number, translate
from smm_course._validation import check_choice, require_columns, require_frame, safe_divide
from smm_course.explorers.base import Explorer, dropdown
from smm_course.explorers.canvas import AxesFigure, fit_xlim

__all__ = ["ALL_BRANDS", "AVERAGING", "DENOMINATORS", "EngagementExplorer", "Ranking", "explorer", "ranking",
           "render", "summarise"]

#: What the engagement rate can divide by: the course's definition first.
DENOMINATORS = ("reach", "impressions", "followers")
#: How the rates of many posts are combined (see :func:`smm_course.metrics.average_rate`).
AVERAGING = ("pooled", "mean of posts")
#: The brand option that keeps every brand's posts.
ALL_BRANDS = "all brands"



def _say(what: str, **fields) -> str:
    """This explorer's text ``what`` in the course's current language (``explorer.engagement.<what>``)."""
    return translate(f"explorer.engagement.{what}", **fields)


def _brand_name(brand: str) -> str:
    return _say("all_brands") if brand == ALL_BRANDS else brand


_NEEDED = ["brand", "platform", "likes", "comments", "shares", "clicks", *DENOMINATORS]


def summarise(posts: pd.DataFrame) -> pd.DataFrame:
    """Sum and average each platform's posts once, per brand and for all brands together.

    For every (brand, platform) pair, and for (``"all brands"``, platform), the table holds the number of
    ``posts``, the total ``engagements`` and the totals of ``reach``, ``impressions`` and ``followers``, and the
    mean of the per-post rates ``mean_reach``, ``mean_impressions``, ``mean_followers`` (posts with a zero base
    have no rate and are left out of the mean, as in :func:`smm_course.metrics.average_rate`).

    Parameters
    ----------
    posts : DataFrame
        The ``posts`` dataset, or any table with its columns brand, platform, likes, comments, shares, clicks,
        reach, impressions and followers.

    Returns
    -------
    DataFrame indexed by (brand, platform).

    Examples
    --------
    >>> posts = pd.DataFrame({"brand": ["A", "A"], "platform": ["X", "X"], "likes": [8, 1], "comments": [1, 0],
    ...                       "shares": [0, 0], "clicks": [1, 0], "reach": [100, 2], "impressions": [120, 2],
    ...                       "followers": [500, 500]})
    >>> table = summarise(posts)
    >>> row = table.loc[("A", "X")]
    >>> round(float(row["engagements"] / row["reach"]), 4)   # pooled: 11 / 102
    0.1078
    >>> round(float(row["mean_reach"]), 4)                    # mean of posts: (0.10 + 0.50) / 2
    0.3
    """
    require_frame(posts, "posts")
    require_columns(posts, {column: column for column in _NEEDED}, "posts")
    if posts.empty:
        raise ValueError("posts is empty; there is nothing to rank.")
    frame = pd.DataFrame({
        "brand": posts["brand"].astype(str).to_numpy(),
        "platform": posts["platform"].astype(str).to_numpy(),
        "engagements": np.asarray(metrics.engagements(posts["likes"], posts["comments"], posts["shares"],
                                                      posts["clicks"])),
    })
    for base in DENOMINATORS:
        frame[base] = pd.to_numeric(posts[base]).to_numpy(dtype=float)
        frame[f"rate_{base}"] = safe_divide(frame["engagements"].to_numpy(), frame[base].to_numpy())
    everyone = frame.assign(brand=ALL_BRANDS)
    both = pd.concat([frame, everyone], ignore_index=True)
    grouped = both.groupby(["brand", "platform"], sort=False)
    table = grouped[["engagements", *DENOMINATORS]].sum()
    table.insert(0, "posts", grouped.size())
    for base in DENOMINATORS:
        table[f"mean_{base}"] = grouped[f"rate_{base}"].mean()  # NaN rates (zero base) are skipped by mean()
    platforms = _category_order(posts["platform"])
    brands = [ALL_BRANDS, *_category_order(posts["brand"])]
    order = [(b, p) for b in brands for p in platforms if (b, p) in table.index]
    return table.loc[order]


def _category_order(column: pd.Series) -> list[str]:
    """Categories in their declared order (the course's platform order), else in order of appearance."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        present = set(column.astype(str))
        return [str(c) for c in column.cat.categories if str(c) in present]
    return list(dict.fromkeys(column.astype(str)))


def _check(summary: pd.DataFrame, denominator: str, averaging: str, brand: str) -> None:
    check_choice(denominator, "denominator", DENOMINATORS)
    check_choice(averaging, "averaging", AVERAGING)
    brands = list(dict.fromkeys(summary.index.get_level_values("brand")))
    check_choice(brand, "brand", brands)


def ranking(summary: pd.DataFrame, denominator: str = "reach", averaging: str = "pooled",
            brand: str = "Nuvola") -> pd.DataFrame:
    """Rank the platforms of one brand (or all brands) by engagement rate.

    - pooled: sum(engagements) / sum(denominator) over the platform's posts;
    - mean of posts: mean(engagements_i / denominator_i).

    Parameters
    ----------
    summary : DataFrame
        The output of :func:`summarise`.
    denominator : {"reach", "impressions", "followers"}
    averaging : {"pooled", "mean of posts"}
    brand : str
        A brand of the data, or ``"all brands"``.

    Returns
    -------
    DataFrame with columns ``platform``, ``rate`` (fraction), ``rank`` (1 = highest rate) and ``posts``, best
    first. Ties keep the platform order.
    """
    _check(summary, denominator, averaging, brand)
    rows = summary.loc[brand]
    if averaging == "pooled":
        rate = pd.Series(safe_divide(rows["engagements"].to_numpy(), rows[denominator].to_numpy()), index=rows.index)
    else:
        rate = rows[f"mean_{denominator}"]
    table = pd.DataFrame({"platform": rows.index.astype(str), "rate": rate.to_numpy(dtype=float),
                          "posts": rows["posts"].to_numpy(dtype=int)})
    table = table.sort_values("rate", ascending=False, kind="stable", na_position="last").reset_index(drop=True)
    table.insert(2, "rank", np.arange(1, len(table) + 1))
    return table


@dataclass(frozen=True)
class Ranking:
    """What :func:`render` computed and drew.

    Attributes
    ----------
    table : DataFrame
        ``platform``, ``rate`` (fraction), ``rank``, ``posts``, best first.
    denominator, averaging, brand : str
        The choices behind the ranking.
    ax : matplotlib Axes
        The bar chart.
    """

    table: pd.DataFrame
    denominator: str
    averaging: str
    brand: str
    ax: object

    @property
    def top(self) -> str:
        """The platform ranked first."""
        return str(self.table["platform"].iloc[0])

    @property
    def message(self) -> str:
        """One plain sentence that states the result."""
        best = self.table.iloc[0]
        return _say("message", brand=_brand_name(self.brand), denominator=_say(f"by_{self.denominator}"),
                    averaging=_say(f"averaging_{self.averaging.replace(' ', '_')}"), platform=best["platform"],
                    rate=format_number(best["rate"], ".2%"))


class _RankingBars:
    """The ranking's bars on one Axes, made once; :meth:`update` moves, resizes and relabels them.

    One bar per row, best at the top, in the course's platform colours; each bar is labelled with its rank and
    rate and each row with its platform and number of posts (texts, not tick labels, so that a new ranking does
    not redraw the axes), so the figure reads without colour.
    """

    def __init__(self, ax, rows: int) -> None:
        self.ax = ax
        positions = np.arange(rows)[::-1]  # best at the top
        self.bars = ax.barh(positions, np.zeros(rows), edgecolor="black", linewidth=0.6, height=0.7)
        self.rates = [ax.text(0, position, "", va="center", ha="left", fontsize=11) for position in positions]
        self.names = [ax.text(0, position, "", va="center", ha="right", transform=ax.get_yaxis_transform())
                      for position in positions]
        for name in self.names:
            name.set_x(-0.01)
        ax.set_ylim(-0.6, rows - 0.4)
        ax.set_yticks([])
        ax.grid(axis="y", visible=False)
        # An Axes text, not the axis label: the axis would draw its label into the cached background.
        self.xlabel = ax.text(0.5, -0.1, "", transform=ax.transAxes, ha="center", va="top")

    @property
    def moving(self) -> list:
        """The artists a new ranking changes (the rest is a background that stays)."""
        return [*self.bars, *self.rates, *self.names, self.xlabel, self.ax.title]

    def update(self, ranking: Ranking) -> bool:
        """Show ``ranking``; True when the x axis had to change (the background must be drawn again)."""
        from smm_course import plots

        table = ranking.table
        rates = table["rate"].fillna(0.0).to_numpy()
        widest = float(np.nanmax(rates)) if len(rates) and np.nanmax(rates) > 0 else 0.01
        for bar, rate_text, name in zip(self.bars[len(table):], self.rates[len(table):], self.names[len(table):]):
            bar.set_width(0.0)  # a brand on fewer platforms leaves the lowest rows empty
            rate_text.set_text("")
            name.set_text("")
        for bar, rate_text, name, row in zip(self.bars, self.rates, self.names, table.itertuples(index=False)):
            bar.set_width(0.0 if np.isnan(row.rate) else row.rate)
            bar.set_facecolor(plots.PLATFORM_COLORS.get(row.platform, plots.OKABE_ITO["black"]))
            rate_text.set_x(min(row.rate, widest) if not np.isnan(row.rate) else 0.0)
            rate_text.set_text("  " + (_say("no_rate") if np.isnan(row.rate)
                                       else f"#{row.rank}  {format_number(row.rate, '.2%')}"))
            name.set_text(_say("bar_name", platform=row.platform, posts=row.posts))
        self.xlabel.set_text(_say("xlabel", denominator=_say(f"base_{ranking.denominator}"),
                                  averaging=_say(f"averaging_{ranking.averaging.replace(' ', '_')}")))
        self.ax.set_title(_say("title", brand=_brand_name(ranking.brand)))
        if not fit_xlim(self.ax, widest * 1.3):
            return False
        plots.percent_axis(self.ax, "x", decimals=1 if self.ax.get_xlim()[1] < 0.05 else 0)
        return True


def render(denominator: str = "reach", averaging: str = "pooled", brand: str = "Nuvola", *, ax=None,
           summary: pd.DataFrame | None = None) -> Ranking:
    """Rank the platforms by engagement rate and draw the ranking as labelled horizontal bars.

    Each bar is labelled with its rank and its rate, and each platform name carries its number of posts, so the
    figure reads without colour; colours are the course's platform colours.

    Parameters
    ----------
    denominator : {"reach", "impressions", "followers"}
        What engagements are divided by (reach is the course's definition).
    averaging : {"pooled", "mean of posts"}
    brand : str
        A brand, or ``"all brands"``.
    ax : matplotlib Axes, optional
        Where to draw (default: a new figure).
    summary : DataFrame, optional
        The output of :func:`summarise` (default: the course's ``posts`` data, summarised once).

    Returns
    -------
    Ranking
    """
    import matplotlib.pyplot as plt

    summary = _default_summary() if summary is None else summary
    table = ranking(summary, denominator, averaging, brand)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 4.6))
    result = Ranking(table=table, denominator=denominator, averaging=averaging, brand=brand, ax=ax)
    _RankingBars(ax, len(table)).update(result)
    return result


@functools.lru_cache(maxsize=1)
def _default_summary() -> pd.DataFrame:
    from smm_course import data

    return summarise(data.load("posts"))


def explorer(posts: pd.DataFrame | None = None) -> EngagementExplorer:
    """A widget: dropdowns for the denominator, the averaging and the brand, redrawing the ranking at once.

    Everything is summarised when the widget is built, so each change only reads a few numbers and moves six
    bars on the same figure. The sentence under the controls states the result in words, for screen readers and
    at a glance.

    Parameters
    ----------
    posts : DataFrame, optional
        Posts to rank (default: the course's ``posts`` dataset).

    Returns
    -------
    EngagementExplorer, with a short, stable text form; ``.result`` holds the last :class:`Ranking` (its ``ax`` is
    None: the widget's one figure is redrawn for every choice).
    """
    summary = _default_summary() if posts is None else summarise(posts)
    brands = list(dict.fromkeys(summary.index.get_level_values("brand")))
    controls = {
        "denominator": dropdown(_say("divide_by"), [(_say(f"option_{base}"), base) for base in DENOMINATORS],
                                "reach"),
        "averaging": dropdown(_say("average"), [(_say("option_pooled"), "pooled"),
                                                (_say("option_mean_of_posts"), "mean of posts")], "pooled"),
        "brand": dropdown(_say("brand"), [(_brand_name(brand), brand) for brand in brands],
                          "Nuvola" if "Nuvola" in brands else brands[0]),
    }
    return EngagementExplorer(summary, controls)


class EngagementExplorer(Explorer):
    """The explorer's widget: three dropdowns over the ranking; remembers its last :class:`Ranking` and prints
    as one stable line."""

    #: Only 30 combinations, and each is drawn once: flipping back is instant.
    CACHE_SIZE = 64

    def __init__(self, summary: pd.DataFrame, controls: dict) -> None:
        self._summary = summary
        self.denominator, self.averaging, self.brand = controls.values()
        rows = [w.HBox(list(controls.values()), layout=w.Layout(flex_flow="row wrap"))]
        super().__init__(controls, rows=rows, max_width="900px", cache=self.CACHE_SIZE)

    @property
    def caption(self) -> w.HTML:
        """The sentence that states the result."""
        return self.sentence

    def draw(self, values: dict):
        ranked = ranking(self._summary, values["denominator"], values["averaging"], values["brand"])
        result = Ranking(table=ranked, denominator=values["denominator"], averaging=values["averaging"],
                         brand=values["brand"], ax=None)
        if self.figure is None:
            rows = len(set(self._summary.index.get_level_values("platform")))
            self.figure = AxesFigure((9, 4.6), dict(left=0.2, right=0.97, bottom=0.14, top=0.9),
                                     lambda ax: _RankingBars(ax, rows))
        self.figure.update(result)
        return result, self.figure.png()

    def __repr__(self) -> str:
        name = _say("name")
        return f"{name}. {self.result.message}" if self.result else name
