"""Was the goal met? A weekly KPI dashboard whose verdict depends on choices made before looking (notebook 08).

The seed's example goal: raise conversions from a social campaign by 15% within three months. Nuvola's autumn
campaign "autumn_sparkle" ran from 1 September to 30 November 2025 (13 weeks). Whether it "met the goal" depends
on three choices, and the explorer lets a student change each one and watch the verdict:

- the **target**: how big a rise counts as success (+15% in the seed);
- the **baseline**: which period before the campaign it is compared with (June to August is the course's
  choice; March to May contains the April crisis, whose slump flatters any later period);
- the **attribution**: which conversions count as "from social" (organic and paid social in the course; paid
  social only credits the campaign with the shift of clicks from organic posts to ads).

Baselines differ in length (31 to 243 days), so the explorer compares **daily averages**:
``lift = campaign conversions per day / baseline conversions per day - 1`` (a fraction). The weekly target line
is ``baseline per day x 7 x (1 + target)``.

:class:`KPIModel` sums the ``web_sessions`` data once per attribution (a daily series); :func:`render` only slices
and redraws, so it keeps up with a slider. :func:`explorer` builds the widget.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from smm_course.explorers.base import Explorer, dropdown, float_slider
from smm_course.explorers.canvas import BlitFigure
from smm_course.i18n import format_number, translate

__all__ = [
    "ATTRIBUTIONS",
    "BASELINES",
    "CAMPAIGN",
    "KPIModel",
    "KPIView",
    "default_model",
    "explorer",
    "render",
]

CAMPAIGN = (pd.Timestamp("2025-09-01"), pd.Timestamp("2025-11-30"))
"""First and last day of the autumn_sparkle campaign (13 weeks, Monday 1 September to Sunday 30 November)."""

BASELINES = {
    "jun_aug": ("June to August (the 3 months before)", pd.Timestamp("2025-06-01"), pd.Timestamp("2025-08-31")),
    "aug": ("August only", pd.Timestamp("2025-08-01"), pd.Timestamp("2025-08-31")),
    "jan_aug": ("January to August", pd.Timestamp("2025-01-01"), pd.Timestamp("2025-08-31")),
    "mar_may": ("March to May (with the April crisis)", pd.Timestamp("2025-03-01"), pd.Timestamp("2025-05-31")),
}
"""Baseline choices: key -> (label, first day, last day)."""

ATTRIBUTIONS = {
    "all_social": ("organic + paid social", ("social", "paid_social")),
    "paid_social": ("paid social only", ("paid_social",)),
    "organic_social": ("organic social only", ("social",)),
    "every_source": ("every source (the whole shop)", None),
}
"""Attribution choices: key -> (label, the ``medium`` values that count; None means every medium)."""


def _check_choice(value, name: str, choices: dict) -> str:
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(repr(k) for k in choices)}; got {value!r}.")
    return value


def _check_target(target) -> float:
    if isinstance(target, bool) or not isinstance(target, numbers.Real) or math.isnan(target):
        raise ValueError(f"target must be a number such as 0.15 (for +15%), got {target!r}.")
    if not -0.5 <= target <= 1:
        hint = " Give a fraction: 0.15 means +15%." if 1 < target <= 100 else ""
        raise ValueError(f"target must be a rise between -0.5 and 1 (a fraction), got {target!r}.{hint}")
    return float(target)


class KPIModel:
    """Daily conversions for every attribution choice, summed once from ``web_sessions``.

    Parameters
    ----------
    web_sessions : DataFrame, optional
        Columns ``date``, ``medium`` and ``conversions`` (default: the course dataset).

    Examples
    --------
    >>> days = pd.date_range("2025-06-01", "2025-11-30")
    >>> web = pd.DataFrame({"date": days, "medium": "social", "conversions": 10})
    >>> bool(KPIModel(web).daily["all_social"].sum() == 10 * len(days))
    True
    """

    def __init__(self, web_sessions: pd.DataFrame | None = None) -> None:
        if web_sessions is None:
            from smm_course import data

            web_sessions = data.load("web_sessions")
        if not isinstance(web_sessions, pd.DataFrame):
            raise ValueError(f"web_sessions must be a DataFrame like the 'web_sessions' dataset, "
                             f"not {type(web_sessions).__name__}.")
        missing = [c for c in ("date", "medium", "conversions") if c not in web_sessions.columns]
        if missing:
            raise ValueError(f"web_sessions lacks the column(s) {missing}; load it with "
                             "smm_course.data.load('web_sessions').")
        days = pd.date_range(min(web_sessions["date"].min(), BASELINES["jan_aug"][1]),
                             max(web_sessions["date"].max(), CAMPAIGN[1]), freq="D")
        medium = web_sessions["medium"].astype(str)
        self.daily: dict[str, pd.Series] = {}
        for key, (_, mediums) in ATTRIBUTIONS.items():
            rows = web_sessions if mediums is None else web_sessions[medium.isin(mediums)]
            # Days without any session count as 0 conversions, so every period has its true number of days.
            self.daily[key] = (rows.groupby("date")["conversions"].sum()
                               .reindex(days, fill_value=0).astype(float).rename("conversions"))

    def per_day(self, attribution: str, first: pd.Timestamp, last: pd.Timestamp) -> float:
        """Average conversions per day from ``first`` to ``last`` (both included)."""
        window = self.daily[_check_choice(attribution, "attribution", ATTRIBUTIONS)].loc[first:last]
        return float(window.mean())

    def weekly(self, attribution: str) -> pd.Series:
        """Conversions in each campaign week (Monday to Sunday), indexed by the Monday."""
        window = self.daily[_check_choice(attribution, "attribution", ATTRIBUTIONS)].loc[CAMPAIGN[0]:CAMPAIGN[1]]
        return window.resample("W-MON", label="left", closed="left").sum().rename("conversions")


@lru_cache(maxsize=1)
def default_model() -> KPIModel:
    """The model on the course's ``web_sessions`` data, built once per session."""
    return KPIModel()


@dataclass(frozen=True)
class KPIView:
    """What :func:`render` computed and drew.

    Attributes
    ----------
    target : float
        The target rise (a fraction, 0.15 means +15%).
    baseline, attribution : str
        The keys of the choices (see :data:`BASELINES`, :data:`ATTRIBUTIONS`).
    baseline_per_day, campaign_per_day : float
        Conversions per day in the baseline and in the campaign (conversions).
    lift : float
        ``campaign_per_day / baseline_per_day - 1`` (a fraction).
    met : bool
        Whether ``lift >= target``.
    weekly : DataFrame
        One row per campaign week: ``week`` (its Monday), ``conversions`` and ``target`` (conversions).
    weeks_missed : int
        Campaign weeks below the weekly target.
    message : str
        One plain sentence that states the verdict.
    figure : object
        The drawing: ``figure.figure`` is the matplotlib Figure, ``figure.png()`` its pixels.
    """

    target: float
    baseline: str
    attribution: str
    baseline_per_day: float
    campaign_per_day: float
    lift: float
    met: bool
    weekly: pd.DataFrame = field(repr=False)
    weeks_missed: int
    message: str
    figure: object = field(repr=False)


def _say(what: str, **fields) -> str:
    """This explorer's text ``what`` in the course's current language (``explorer.kpi.<what>``)."""
    return translate(f"explorer.kpi.{what}", **fields)


def _sources(attribution: str) -> str:
    """The conversions an attribution counts, in a few words (its dropdown label without the brackets)."""
    return _say(f"attribution_{attribution}").split(" (")[0]


def _message(view: dict) -> str:
    gap = view["lift"] - view["target"]
    lead = _say("rose" if view["lift"] >= 0 else "fell", sources=_sources(view["attribution"]),
                lift=format_number(abs(view["lift"]), ".1%"), baseline=_say(f"since_{view['baseline']}"))
    target = _say("target_is", target=format_number(view["target"], "+.0%"))
    verdict = _say("met" if view["met"] else "not_met")
    gap_text = _say("above" if gap >= 0 else "short", points=format_number(abs(gap) * 100, ".1f"))
    weeks = _say("weeks_below", missed=view["weeks_missed"], weeks=view["weeks"])
    return f"{lead} {target} {verdict} ({gap_text}; {weeks}.)"


class _KPIFigure(BlitFigure):
    """The weekly dashboard, made once and updated on every render.

    The lines, the misses, the verdict and the title are drawn on a cached background (axes, ticks, legend),
    which is drawn again only when the lines leave the y axis's range or shrink to under half of it.
    """

    hide_moving = True  # not animated: a full draw (``render(draw=True)``, savefig) still shows everything

    def __init__(self) -> None:
        import matplotlib.dates as mdates

        from smm_course.plots import OKABE_ITO, PALETTE, date_axis, number_axis

        super().__init__((9.5, 4.8), dict(left=0.1, right=0.98, bottom=0.13, top=0.8))
        ax = self.ax = self.figure.add_subplot()
        ax.grid(True, alpha=0.4)
        (self.line,) = ax.plot([], [], marker="o", linestyle="-", color=PALETTE[0], label=_say("per_week"))
        (self.target_line,) = ax.plot([], [], linestyle="--", color=OKABE_ITO["black"], linewidth=1.8,
                                      label=_say("weekly_target"))
        (self.baseline_line,) = ax.plot([], [], linestyle=":", color="dimgrey", linewidth=2.0,
                                        label=_say("baseline_line"))
        (self.misses,) = ax.plot([], [], linestyle="none", marker="X", markersize=12, color=OKABE_ITO["vermillion"],
                                 label=_say("week_below"))
        self.verdict = ax.text(0.01, 0.04, "", transform=ax.transAxes, ha="left", va="bottom", fontsize="medium",
                               fontweight="bold", bbox={"facecolor": "white", "edgecolor": "0.5", "pad": 4})
        locator = mdates.WeekdayLocator(byweekday=mdates.MO, interval=2)
        ax.xaxis.set_major_locator(locator)
        date_axis(ax, fmt="%d %b")  # 07 Apr / 07 apr
        ax.set_xlim(CAMPAIGN[0] - pd.Timedelta(days=3), CAMPAIGN[1] - pd.Timedelta(days=3))
        number_axis(ax)  # 1,200 / 1.200
        ax.set_xlabel(_say("xlabel"))
        ax.set_ylabel(_say("ylabel"))
        self.title = self.figure.suptitle("", fontweight="bold", fontsize="large", y=0.975)
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=4, fontsize="small", frameon=False,
                  borderaxespad=0.3, handlelength=1.8, columnspacing=1.2)
        self.animate(self.line, self.target_line, self.baseline_line, self.misses, self.verdict, self.title)
        self.scale_with(ax.yaxis)
        self.limits: tuple | None = None

    def update(self, weekly: pd.DataFrame, baseline_week: float, lift: float, target: float, met: bool,
               title: str) -> None:
        weeks = weekly["week"].to_numpy()
        self.line.set_data(weeks, weekly["conversions"].to_numpy())
        self.target_line.set_data(weeks, weekly["target"].to_numpy())
        self.baseline_line.set_data(weeks, np.full(len(weeks), baseline_week))
        below = weekly["conversions"] < weekly["target"]
        self.misses.set_data(weeks[below.to_numpy()], weekly.loc[below, "conversions"].to_numpy())
        values = np.concatenate([weekly["conversions"].to_numpy(), weekly["target"].to_numpy(), [baseline_week]])
        low, high = float(values.min()), float(values.max())
        pad = max((high - low) * 0.25, high * 0.05, 1.0)
        bottom, top = max(0.0, low - pad * 1.4), high + pad
        kept = self.limits
        # Keep the axis while the lines fit in it and fill at least half of it: redrawing the axes is the slow part.
        if kept is None or not (kept[0] <= low and high <= kept[1] and top - bottom >= 0.5 * (kept[1] - kept[0])):
            self.limits = (bottom, top)
            self.ax.set_ylim(bottom, top)
            self.rescale()
        self.verdict.set_text(_say("badge", lift=format_number(lift, "+.1%"), target=format_number(target, "+.0%"),
                                   mark=_say("mark_met" if met else "mark_not_met")))
        self.title.set_text(title)


def render(target: float = 0.15, baseline: str = "jun_aug", attribution: str = "all_social", *,
           model: KPIModel | None = None, figure: _KPIFigure | None = None, draw: bool = True) -> KPIView:
    """Compute the campaign's lift under the chosen baseline and attribution, and draw the weekly dashboard.

    ``lift = campaign conversions per day / baseline conversions per day - 1`` (daily averages, because the
    baselines differ in length); the goal is met when ``lift >= target``. Each campaign week's target is
    ``baseline per day x 7 x (1 + target)``.

    Parameters
    ----------
    target : float
        The rise that counts as success, a fraction (0.15 means +15%).
    baseline : str
        A key of :data:`BASELINES` (default ``"jun_aug"``, June to August).
    attribution : str
        A key of :data:`ATTRIBUTIONS` (default ``"all_social"``, organic and paid social).
    model : KPIModel, optional
        Default: :func:`default_model` (the course data).
    figure : optional
        ``view.figure`` from an earlier call: reused, so redraws are fast.
    draw : bool
        Render the figure's pixels now (the explorer renders them to PNG instead).

    Returns
    -------
    KPIView

    Examples
    --------
    >>> days = pd.date_range("2025-01-01", "2025-12-31")
    >>> web = pd.DataFrame({"date": days, "medium": "social", "conversions": np.where(days.month >= 9, 12, 10)})
    >>> view = render(0.15, model=KPIModel(web), draw=False)
    >>> round(view.lift, 3), view.met  # 12 a day against 10 a day: +20%
    (0.2, True)
    """
    target = _check_target(target)
    _check_choice(baseline, "baseline", BASELINES)
    _check_choice(attribution, "attribution", ATTRIBUTIONS)
    if model is None:
        model = default_model()
    _, first, last = BASELINES[baseline]
    baseline_per_day = model.per_day(attribution, first, last)
    campaign_per_day = model.per_day(attribution, *CAMPAIGN)
    lift = campaign_per_day / baseline_per_day - 1 if baseline_per_day > 0 else float("nan")
    met = bool(lift >= target)
    weekly = model.weekly(attribution).rename_axis("week").reset_index()
    weekly["target"] = baseline_per_day * 7 * (1 + target)
    missed = int((weekly["conversions"] < weekly["target"]).sum())
    values = {"target": target, "baseline": baseline, "attribution": attribution, "lift": lift, "met": met,
              "weeks_missed": missed, "weeks": len(weekly)}
    message = _message(values)
    if figure is None:
        figure = _KPIFigure()
    figure.update(weekly, baseline_per_day * 7, lift, target, met,
                  _say("title", sources=_sources(attribution)))
    if draw:
        figure.figure.canvas.draw()
    return KPIView(target=target, baseline=baseline, attribution=attribution, baseline_per_day=baseline_per_day,
                   campaign_per_day=campaign_per_day, lift=lift, met=met, weekly=weekly, weeks_missed=missed,
                   message=message, figure=figure)


class KPIExplorer(Explorer):
    """The widget: a target slider and two dropdowns over the dashboard; ``view`` is the last :class:`KPIView`."""

    @property
    def title(self) -> str:
        """The stable text form, in the current language."""
        return _say("name")

    def __init__(self, controls: dict, model: KPIModel) -> None:
        self.model = model
        super().__init__(controls, max_width="960px")

    @property
    def view(self) -> KPIView | None:
        """What the dashboard shows now."""
        return self.result

    def draw(self, values: dict):
        # A float slider's value can carry binary noise (0.15000000000000002): round it to the slider's step.
        return self.draw_figure(render(round(values["target"], 4), values["baseline"], values["attribution"],
                                       model=self.model, figure=self.figure, draw=False))


def explorer(target: float = 0.15, baseline: str = "jun_aug", attribution: str = "all_social", *,
             model: KPIModel | None = None) -> KPIExplorer:
    """The KPI dashboard explorer: a target slider and two dropdowns that redraw the dashboard at once.

    Every move recomputes the lift and the verdict, which a sentence states in words (``role="status"``, read out
    by screen readers, and the picture's text alternative).
    """
    controls = {
        "target": float_slider(_say("target"), _check_target(target), 0.0, 0.3, 0.01, "+.0%"),
        "baseline": dropdown(_say("baseline"), [(_say(f"baseline_{key}"), key) for key in BASELINES],
                             _check_choice(baseline, "baseline", BASELINES), width="34em"),
        "attribution": dropdown(_say("attribution"), [(_say(f"attribution_{key}"), key) for key in ATTRIBUTIONS],
                                _check_choice(attribution, "attribution", ATTRIBUTIONS), width="34em"),
    }
    return KPIExplorer(controls, default_model() if model is None else model)
