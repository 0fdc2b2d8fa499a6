"""Where should the next euro go? Split a paid social budget across channels, under a stated assumption (notebook 11).

The autumn_sparkle campaign (September to November 2025) paid for posts on Facebook, Instagram and TikTok. The
``campaign_costs`` table says what each channel cost, and ``web_sessions`` what its campaign-tagged links brought
(orders and revenue). From those, :func:`project` asks: with a budget B split into shares s_c, what would each
channel bring?

Spending more on a channel does not bring proportionally more: the extra euros reach people who were less likely to
buy, or the same people again (**diminishing returns**). The explorer makes that an explicit, adjustable
assumption, a response exponent e:

    orders_c = orders_c,autumn x (spend_c / cost_c,autumn) ** e        (the same for revenue)

With e = 1 returns never diminish, and the best split puts everything on the channel with the most revenue per
euro. With e < 1 the best split spreads the budget: s_c is proportional to (R_c C_c^-e) ** (1 / (1 - e)), where
R_c and C_c are the channel's autumn revenue and cost (the optimum of a sum of power curves). The exponent is an
assumption, not a measurement. A meta-analysis of brand advertising (Sethuraman, Tellis and Briesch, Journal of
Marketing Research, 2011) puts the mean short-term sales elasticity of advertising at 0.12, but that counts all of
a brand's sales, most of which happen without the ads, not one channel's tagged orders; so the student sets e.

- :func:`campaign_returns` reads each channel's autumn cost, orders and revenue;
- :func:`project` and :func:`best_shares` are pure calculations;
- :func:`render` computes and draws (what the widget calls on every move); :func:`explorer` builds the widget.

The figure reports ROAS, revenue / spend (euros of sales per euro, :func:`smm_course.metrics.roas`), not ROI,
which would also need the gross margin (notebook 08). It counts only orders from tagged links.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from smm_course._validation import require_columns, require_frame
from smm_course.explorers.base import Explorer, float_slider
from smm_course.explorers.checks import check_number
from smm_course.explorers.canvas import ROUND_STEPS, BlitFigure, stable_limit
from smm_course.i18n import format_number, translate

__all__ = ["CHANNELS", "BudgetPlan", "best_shares", "campaign_returns", "explorer", "project", "render"]

#: The paid social channels of the autumn campaign, in the order the explorer shows them.
CHANNELS = ("Instagram", "TikTok", "Facebook")


def _say(what: str, **fields) -> str:
    """This explorer's text ``what`` in the course's current language (``explorer.budget.<what>``)."""
    return translate(f"explorer.budget.{what}", **fields)


def _euros(amount: float) -> str:
    """Whole euros: ``€9,500`` in English, ``9.500 €`` in Italian."""
    return _say("euros", amount=format_number(amount, ",.0f"))


def campaign_returns(web_sessions: pd.DataFrame, campaign_costs: pd.DataFrame,
                     campaign: str = "autumn_sparkle") -> pd.DataFrame:
    """What each paid social channel cost in a campaign and what its tagged links brought.

    Parameters
    ----------
    web_sessions, campaign_costs : DataFrame
        The course datasets of the same names.
    campaign : str
        The campaign tag, in both tables.

    Returns
    -------
    DataFrame indexed by channel (:data:`CHANNELS`): ``cost`` (euros), ``orders`` (conversions), ``revenue``
    (euros), ``cost_per_order`` (euros) and ``revenue_per_euro``.

    Examples
    --------
    >>> sessions = pd.DataFrame({"source": ["Instagram", "TikTok", "Facebook"], "medium": ["paid_social"] * 3,
    ...                          "campaign": ["c"] * 3, "conversions": [20, 10, 5],
    ...                          "revenue": [600.0, 300.0, 200.0]})
    >>> costs = pd.DataFrame({"campaign": ["c"] * 3, "channel": ["Instagram", "TikTok", "Facebook"],
    ...                       "cost": [300.0, 200.0, 100.0]})
    >>> campaign_returns(sessions, costs, "c")["revenue_per_euro"].tolist()
    [2.0, 1.5, 2.0]
    """
    require_frame(web_sessions, "web_sessions")
    require_frame(campaign_costs, "campaign_costs")
    require_columns(web_sessions, {"source": "source", "medium": "medium", "campaign": "campaign",
                                   "conversions": "conversions", "revenue": "revenue"}, "web_sessions")
    require_columns(campaign_costs, {"campaign": "campaign", "channel": "channel", "cost": "cost"}, "campaign_costs")
    paid = web_sessions[(web_sessions["campaign"].astype(str) == campaign)
                        & (web_sessions["medium"].astype(str) == "paid_social")]
    costs = campaign_costs[campaign_costs["campaign"].astype(str) == campaign]
    if paid.empty or costs.empty:
        raise ValueError(f"campaign={campaign!r} has no paid social sessions or no costs; check the campaign tag "
                         "(e.g. 'autumn_sparkle').")
    brought = paid.groupby(paid["source"].astype(str))[["conversions", "revenue"]].sum()
    spent = costs.groupby(costs["channel"].astype(str))["cost"].sum()
    missing = [c for c in CHANNELS if c not in brought.index or c not in spent.index or spent[c] <= 0]
    if missing:
        raise ValueError(f"campaign={campaign!r} has no paid results or costs for {', '.join(missing)}.")
    table = pd.DataFrame({"cost": spent.reindex(list(CHANNELS)).astype(float),
                          "orders": brought["conversions"].reindex(list(CHANNELS)).astype(float),
                          "revenue": brought["revenue"].reindex(list(CHANNELS)).astype(float)})
    table.index.name = "channel"
    table["cost_per_order"] = table["cost"] / table["orders"]
    table["revenue_per_euro"] = table["revenue"] / table["cost"]
    return table


def _shares(instagram: float, tiktok: float) -> pd.Series:
    instagram = check_number(instagram, "instagram", 0.0, 1.0)
    tiktok = check_number(tiktok, "tiktok", 0.0, 1.0)
    if instagram + tiktok > 1 + 1e-9:
        raise ValueError(f"instagram + tiktok must be at most 1 (100% of the budget); got {instagram + tiktok:.2f}. "
                         "Facebook gets what is left.")
    return pd.Series({"Instagram": instagram, "TikTok": tiktok, "Facebook": max(0.0, 1.0 - instagram - tiktok)})


def project(returns: pd.DataFrame, budget: float, shares, elasticity: float = 0.6) -> pd.DataFrame:
    """Project each channel's orders and revenue for a budget split, with diminishing returns.

    orders_c = orders_c,0 x (spend_c / cost_c,0) ** e, and the same for revenue, where the 0 values are what the
    channel cost and brought in the reference campaign. spend_c = budget x share_c.

    Parameters
    ----------
    returns : DataFrame
        From :func:`campaign_returns`.
    budget : float
        Euros to spend in total (more than 0).
    shares : mapping or Series
        channel -> share of the budget (fractions adding up to 1).
    elasticity : float
        The response exponent e, from 0.05 to 1 (1: no diminishing returns).

    Returns
    -------
    DataFrame indexed by channel: ``share``, ``spend`` and ``cost_per_order`` (euros), ``orders``, ``revenue``
    (euros).

    Examples
    --------
    >>> ref = pd.DataFrame({"cost": [100.0], "orders": [10.0], "revenue": [300.0]}, index=["TikTok"])
    >>> project(ref, budget=400, shares={"TikTok": 1.0}, elasticity=0.5)[["orders", "revenue"]]
            orders  revenue
    TikTok    20.0    600.0
    """
    budget = check_number(budget, "budget", 1e-9, 1e9)
    elasticity = check_number(elasticity, "elasticity", 0.05, 1.0)
    shares = pd.Series(dict(shares), dtype=float).reindex(returns.index).fillna(0.0)
    if (shares < 0).any() or not math.isclose(float(shares.sum()), 1.0, abs_tol=1e-6):
        raise ValueError(f"shares must be fractions that add up to 1; they add up to {shares.sum():.3f}.")
    spend = budget * shares
    scale = (spend / returns["cost"]) ** elasticity
    table = pd.DataFrame({"share": shares, "spend": spend, "orders": returns["orders"] * scale,
                          "revenue": returns["revenue"] * scale})
    table["cost_per_order"] = table["spend"] / table["orders"].where(table["orders"] > 0)
    return table


def best_shares(returns: pd.DataFrame, elasticity: float = 0.6) -> pd.Series:
    """The split of any budget that maximises the projected revenue under the response exponent e.

    For e < 1: share_c is proportional to (R_c C_c^-e) ** (1 / (1 - e)). For e = 1 every euro goes to the channel
    with the most revenue per euro.

    Examples
    --------
    >>> ref = pd.DataFrame({"cost": [100.0, 100.0], "revenue": [300.0, 150.0]}, index=["A", "B"])
    >>> best_shares(ref, 0.5).round(3).tolist()     # (3 / 1.5) ** 2 = 4 times more on A
    [0.8, 0.2]
    >>> best_shares(ref, 1.0).tolist()
    [1.0, 0.0]
    """
    elasticity = check_number(elasticity, "elasticity", 0.05, 1.0)
    if elasticity > 1 - 1e-9:
        best = (returns["revenue"] / returns["cost"]).idxmax()
        return pd.Series((returns.index == best).astype(float), index=returns.index)
    # Logs keep the power 1 / (1 - e) from overflowing as e nears 1.
    log_weight = (np.log(returns["revenue"]) - elasticity * np.log(returns["cost"])) / (1 - elasticity)
    weight = np.exp(log_weight - log_weight.max())
    return weight / weight.sum()


@dataclass(frozen=True)
class BudgetPlan:
    """What :func:`render` projected and drew.

    Attributes
    ----------
    table : DataFrame
        Per channel: share, spend, orders, revenue, cost_per_order (from :func:`project`).
    budget, elasticity : float
        The assumptions used.
    best : DataFrame
        The same projection for the best split (:func:`best_shares`).
    figure : object
        The drawing (``figure.png()`` gives its pixels), or None.
    """

    table: pd.DataFrame
    budget: float
    elasticity: float
    best: pd.DataFrame
    figure: object = None

    @property
    def revenue(self) -> float:
        """Projected revenue of the split, euros."""
        return float(self.table["revenue"].sum())

    @property
    def roas(self) -> float:
        """Projected return on ad spend: revenue / budget, euros of sales per euro (not profit)."""
        return self.revenue / self.budget

    @property
    def share_of_best(self) -> float:
        """The split's revenue as a fraction of the best split's revenue."""
        return self.revenue / float(self.best["revenue"].sum())

    @property
    def message(self) -> str:
        """Two plain sentences that state the result."""
        best = ", ".join(f"{name} {format_number(share, '.0%')}" for name, share in self.best["share"].items())
        return _say("message", budget=_euros(self.budget), orders=format_number(self.table["orders"].sum(), ",.0f"),
                    revenue=_euros(self.revenue), roas=format_number(self.roas, ".2f"), best=best,
                    best_revenue=_euros(self.best["revenue"].sum()), share=format_number(self.share_of_best, ".0%"))


class _BudgetFigure(BlitFigure):
    """One figure whose bars are made once and resized on every render (fast enough for a dragged slider).

    The axes, ticks and legend are a cached background, redrawn only when the y axis has to step up or down.
    """

    hide_moving = True

    def __init__(self, channels) -> None:
        from smm_course.plots import OKABE_ITO, PLATFORM_COLORS

        super().__init__((10, 4.2), dict(left=0.1, right=0.98, bottom=0.1, top=0.83))
        ax = self.ax = self.figure.subplots()
        self.positions = np.arange(len(channels))
        colours = [PLATFORM_COLORS.get(c, OKABE_ITO["sky blue"]) for c in channels]
        self.spend_bars = ax.bar(self.positions - 0.2, np.zeros(len(channels)), width=0.38, color="white",
                                 edgecolor="black", hatch="//", label=_say("spend"))
        self.revenue_bars = ax.bar(self.positions + 0.2, np.zeros(len(channels)), width=0.38, color=colours,
                                   edgecolor="black", label=_say("revenue"))
        (self.best_marks,) = ax.plot(self.positions + 0.2, np.zeros(len(channels)), linestyle="none", marker="D",
                                     markersize=9, color="black", label=_say("best"))
        self.labels = [ax.text(x + 0.2, 0, "", ha="center", va="bottom", fontsize=9) for x in self.positions]
        ax.set_xticks(self.positions, list(channels))
        ax.set_ylabel(_say("ylabel"))
        ax.grid(True, axis="y", color="#E6E6E6")
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3, fontsize="small", frameon=False)
        # A figure text, not the Axes title: the Axes would move its title while drawing the cached background.
        self.title = self.figure.text(0.5, 0.975, "", ha="center", va="top", fontweight="bold", fontsize="large")
        self.animate(*self.spend_bars, *self.revenue_bars, self.best_marks, *self.labels, self.title)
        self.scale_with(ax.yaxis)
        self.top = None

    def update(self, plan: BudgetPlan) -> None:
        table, best = plan.table, plan.best
        for bar, value in zip(self.spend_bars, table["spend"]):
            bar.set_height(value)
        for bar, value in zip(self.revenue_bars, table["revenue"]):
            bar.set_height(value)
        self.best_marks.set_ydata(best["revenue"].to_numpy())
        top = max(float(table[["spend", "revenue"]].to_numpy().max()), float(best["revenue"].max()), 1.0) * 1.3
        step = stable_limit(self.top, top, ROUND_STEPS)
        if step != self.top:  # the axis steps only when the bars outgrow it or shrink well below it
            self.top = step
            self.ax.set_ylim(0, step)
            self.rescale(step)
        for label, (name, row) in zip(self.labels, table.iterrows()):
            # Above both the bar and the best-split diamond, so neither hides the label.
            above = max(row["revenue"], best.loc[name, "revenue"]) + 0.03 * step
            label.set_position((label.get_position()[0], above))
            label.set_text(_say("bar_label", orders=format_number(row["orders"], ",.0f"),
                                revenue=_euros(row["revenue"]))
                           if row["spend"] > 0 else _say("no_spend"))
        self.title.set_text(_say("title", budget=_euros(plan.budget), e=format_number(plan.elasticity, ".2f"),
                                 roas=format_number(plan.roas, ".2f"), share=format_number(plan.share_of_best, ".0%")))


@functools.lru_cache(maxsize=1)
def _course_returns() -> pd.DataFrame:
    from smm_course import data

    return campaign_returns(data.load("web_sessions"), data.load("campaign_costs"))


def render(budget: float = 9500, instagram: float = 0.45, tiktok: float = 0.32, elasticity: float = 0.6, *,
           returns: pd.DataFrame | None = None, figure: _BudgetFigure | None = None, draw: bool = True) -> BudgetPlan:
    """Project a budget split (Facebook gets what Instagram and TikTok leave) and draw it against the best split.

    Spend bars are white and hatched, revenue bars solid in the platform colour, and a black diamond marks each
    channel's revenue under the best split: shapes and labels carry the meaning, not colour alone.

    Parameters
    ----------
    budget : float
        Euros (the autumn campaign spent about 9,500 on paid social).
    instagram, tiktok : float
        Shares of the budget, fractions; their sum must not exceed 1.
    elasticity : float
        The response exponent e (0.05 to 1), an assumption.
    returns : DataFrame, optional
        From :func:`campaign_returns` (default: the autumn campaign in the course data).
    figure : optional
        ``result.figure`` from an earlier call, reused so redraws are fast.
    draw : bool
        Render the pixels now (the explorer renders PNG bytes instead).
    """
    returns = _course_returns() if returns is None else returns
    shares = _shares(instagram, tiktok)
    table = project(returns, budget, shares, elasticity)
    best = project(returns, budget, best_shares(returns, elasticity), elasticity)
    plan = BudgetPlan(table=table, budget=float(budget), elasticity=float(elasticity), best=best)
    if figure is None:
        figure = _BudgetFigure(list(returns.index))
    figure.update(plan)
    if draw:
        figure.figure.canvas.draw()
    return BudgetPlan(table=table, budget=plan.budget, elasticity=plan.elasticity, best=best, figure=figure)


class BudgetExplorer(Explorer):
    """The explorer's widget: four sliders, a sentence and the figure (see :func:`explorer`)."""

    @property
    def title(self) -> str:
        """The stable text form, in the current language."""
        return _say("name")

    def __init__(self, controls: dict, returns: pd.DataFrame) -> None:
        self.returns = returns
        super().__init__(controls, max_width="900px")

    def adjust(self) -> None:
        # Keep the shares within 100%: the TikTok slider cannot go past what Instagram leaves.
        self.controls["tiktok"].max = round(1.0 - self.controls["instagram"].value, 2)

    def draw(self, values: dict):
        return self.draw_figure(render(values["budget"], values["instagram"],
                                       min(values["tiktok"], self.controls["tiktok"].max), values["elasticity"],
                                       returns=self.returns, figure=self.figure, draw=False))


def explorer(budget: float = 9500, instagram: float = 0.45, tiktok: float = 0.32,
             elasticity: float = 0.6) -> BudgetExplorer:
    """The budget widget: sliders for the budget, the Instagram and TikTok shares and the response exponent.

    Facebook gets the rest; the TikTok slider's maximum follows the Instagram share so the shares never pass
    100%. Every move redraws at once (``continuous_update=True``); the autumn results are read once.
    """
    controls = {
        "budget": float_slider(_say("budget"), budget, 2000, 30000, 500, ",.0f"),
        "instagram": float_slider(_say("instagram"), instagram, 0.0, 1.0, 0.01, ".0%"),
        "tiktok": float_slider(_say("tiktok"), tiktok, 0.0, 1.0 - instagram, 0.01,
                               ".0%"),
        "elasticity": float_slider(_say("elasticity"), elasticity, 0.2, 1.0, 0.05),
    }
    return BudgetExplorer(controls, _course_returns())
