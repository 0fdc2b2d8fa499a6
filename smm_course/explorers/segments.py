"""Build a target segment of customers and see its size and value at once (notebook 04).

A segment is a set of rules on the ``customers`` data: an age range, an interest, a main platform, an income band,
and whether to keep only customers who gave marketing consent (under the GDPR you may target only those). For the
customers that pass the rules, the explorer shows how many they are and what they are worth, directly (their own
purchases, ``revenue``) and indirectly (what the customers they referred spent, ``referred_revenue``), next to
the average customer.

- :func:`prepare` turns the table into arrays once (interests become one yes/no column each);
- :func:`select` and :func:`describe` apply the rules and summarise the segment (no drawing);
- :func:`render` does both and draws (what the widgets call on every change);
- :func:`explorer` builds the widget.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

import ipywidgets as w
import numpy as np
import pandas as pd

from smm_course._validation import check_choice, require_columns, require_frame
from smm_course.explorers.base import WIDE, Explorer, LivePanel, dropdown
from smm_course.explorers.canvas import AxesFigure, fit_xlim
from smm_course.i18n import format_number, translate

__all__ = ["ANY", "LiveSegment", "Prepared", "Segment", "SegmentExplorer", "default_prepared", "describe", "explorer",
           "prepare", "render", "select"]

#: The option that puts no rule on a column.
ANY = "any"


def _say(what: str, **fields) -> str:
    """This explorer's text ``what`` in the course's current language (``explorer.segments.<what>``)."""
    return translate(f"explorer.segments.{what}", **fields)


def _euros(amount: float) -> str:
    """An amount in whole euros as the course writes it: ``€1,234`` in English, ``1.234 €`` in Italian."""
    return _say("euros", amount=format_number(amount, ",.0f"))


def _choices(choices) -> list:
    """Dropdown options: ``"any"`` in words of the current language, data values as they are."""
    return [(_say("any") if choice == ANY else choice, choice) for choice in choices]

_NEEDED = ["age", "interests", "main_platform", "income_band", "marketing_consent", "revenue", "referred_revenue",
           "referrals"]


@dataclass(frozen=True)
class Prepared:
    """The customers as arrays, ready to filter fast.

    Attributes
    ----------
    age, revenue, referred_revenue, referrals : ndarray
        One value per customer (years, euros, euros, people).
    consent : ndarray of bool
        Marketing consent.
    platform, income : ndarray of str
        Main platform and income band.
    interests : dict str -> ndarray of bool
        For each interest, whether each customer lists it.
    platforms, incomes : tuple of str
        The options, in the data's order.
    """

    age: np.ndarray
    revenue: np.ndarray
    referred_revenue: np.ndarray
    referrals: np.ndarray
    consent: np.ndarray
    platform: np.ndarray
    income: np.ndarray
    interests: dict
    platforms: tuple
    incomes: tuple

    @property
    def size(self) -> int:
        """Number of customers."""
        return int(self.age.size)


def _options(column: pd.Series) -> tuple:
    if isinstance(column.dtype, pd.CategoricalDtype):
        present = set(column.astype(str))
        return tuple(str(c) for c in column.cat.categories if str(c) in present)
    return tuple(sorted(set(column.astype(str))))


def prepare(customers: pd.DataFrame) -> Prepared:
    """Turn the ``customers`` table into arrays once, so each change of a rule only filters.

    Interests are ``;``-separated in the data ("music;festivals"); each becomes a yes/no array.

    Examples
    --------
    >>> table = pd.DataFrame({"age": [22, 45], "interests": ["music;festivals", "family"],
    ...                       "main_platform": ["TikTok", "Facebook"], "income_band": ["under 20k", "35k-50k"],
    ...                       "marketing_consent": [True, False], "revenue": [150.0, 900.0],
    ...                       "referred_revenue": [400.0, 0.0], "referrals": [2, 0]})
    >>> prepared = prepare(table)
    >>> sorted(prepared.interests), prepared.interests["music"].tolist()
    (['family', 'festivals', 'music'], [True, False])
    """
    require_frame(customers, "customers")
    require_columns(customers, {column: column for column in _NEEDED}, "customers")
    if customers.empty:
        raise ValueError("customers is empty; there is no one to segment.")
    dummies = customers["interests"].fillna("").astype(str).str.get_dummies(sep=";")
    dummies.columns = [str(name).strip() for name in dummies.columns]
    interests = {name: dummies[name].to_numpy(dtype=bool) for name in sorted(dummies.columns) if name}
    return Prepared(
        age=pd.to_numeric(customers["age"]).to_numpy(dtype=float),
        revenue=pd.to_numeric(customers["revenue"]).to_numpy(dtype=float),
        referred_revenue=pd.to_numeric(customers["referred_revenue"]).to_numpy(dtype=float),
        referrals=pd.to_numeric(customers["referrals"]).to_numpy(dtype=float),
        consent=customers["marketing_consent"].astype(bool).to_numpy(),
        platform=customers["main_platform"].astype(str).to_numpy(),
        income=customers["income_band"].astype(str).to_numpy(),
        interests=interests,
        platforms=_options(customers["main_platform"]),
        incomes=_options(customers["income_band"]),
    )


def select(prepared: Prepared, youngest: int = 18, oldest: int = 99, interest: str = ANY, platform: str = ANY,
           income: str = ANY, consent_only: bool = True) -> np.ndarray:
    """Which customers pass the segment's rules: a boolean array, one value per customer.

    Ages are inclusive (``youngest <= age <= oldest``); ``"any"`` puts no rule on a column.
    """
    if youngest > oldest:
        raise ValueError(f"youngest ({youngest}) must not be above oldest ({oldest}).")
    check_choice(interest, "interest", [ANY, *prepared.interests])
    check_choice(platform, "platform", [ANY, *prepared.platforms])
    check_choice(income, "income", [ANY, *prepared.incomes])
    keep = (prepared.age >= youngest) & (prepared.age <= oldest)
    if interest != ANY:
        keep &= prepared.interests[interest]
    if platform != ANY:
        keep &= prepared.platform == platform
    if income != ANY:
        keep &= prepared.income == income
    if consent_only:
        keep &= prepared.consent
    return keep


@dataclass(frozen=True)
class Segment:
    """A segment's size and value next to the average customer.

    Attributes
    ----------
    rules : dict
        The rules that made it.
    size : int
        Customers in the segment.
    consenting : int
        Of them, customers who gave marketing consent.
    share : float
        size / all customers, a fraction.
    table : DataFrame
        Rows ``segment`` and ``all customers``; columns ``customers``, ``mean_revenue`` (direct value, euros),
        ``mean_referred_revenue`` (indirect value, euros) and ``mean_referrals`` (people).
    ax : matplotlib Axes or None
        The figure, when drawn.
    """

    rules: dict
    size: int
    consenting: int
    share: float
    table: pd.DataFrame
    ax: object = None

    @property
    def mean_revenue(self) -> float:
        """Mean purchases per customer in the segment (euros); NaN for an empty segment."""
        return float(self.table.loc["segment", "mean_revenue"])

    @property
    def mean_referred_revenue(self) -> float:
        """Mean revenue from referred customers per customer in the segment (euros); NaN when empty."""
        return float(self.table.loc["segment", "mean_referred_revenue"])

    @property
    def message(self) -> str:
        """One plain sentence that states the result."""
        if self.size == 0:
            return _say("empty")
        return _say("message_consent" if self.rules.get("consent_only") else "message_no_consent",
                    size=format_number(self.size, ","), share=format_number(self.share, ".1%"),
                    revenue=_euros(self.mean_revenue), referred=_euros(self.mean_referred_revenue))


def _mean(values: np.ndarray) -> float:
    return float(values.mean()) if values.size else float("nan")


def describe(prepared: Prepared, youngest: int = 18, oldest: int = 99, interest: str = ANY, platform: str = ANY,
             income: str = ANY, consent_only: bool = True) -> Segment:
    """The size and value of the segment that these rules pick (see :func:`select`).

    Examples
    --------
    >>> table = pd.DataFrame({"age": [22, 45, 30], "interests": ["music", "family", "music;food"],
    ...                       "main_platform": ["TikTok", "Facebook", "Instagram"],
    ...                       "income_band": ["under 20k", "35k-50k", "20k-35k"],
    ...                       "marketing_consent": [True, True, False], "revenue": [150.0, 900.0, 300.0],
    ...                       "referred_revenue": [400.0, 0.0, 100.0], "referrals": [2, 0, 1]})
    >>> segment = describe(prepare(table), interest="music")
    >>> segment.size, segment.mean_referred_revenue      # the 30-year-old did not consent
    (1, 400.0)
    """
    rules = {"youngest": youngest, "oldest": oldest, "interest": interest, "platform": platform, "income": income,
             "consent_only": bool(consent_only)}
    keep = select(prepared, **rules)
    rows = {}
    for name, mask in (("segment", keep), ("all customers", np.ones(prepared.size, dtype=bool))):
        rows[name] = {"customers": int(mask.sum()), "mean_revenue": _mean(prepared.revenue[mask]),
                      "mean_referred_revenue": _mean(prepared.referred_revenue[mask]),
                      "mean_referrals": _mean(prepared.referrals[mask])}
    table = pd.DataFrame.from_dict(rows, orient="index")
    size = int(keep.sum())
    return Segment(rules=rules, size=size, consenting=int((keep & prepared.consent).sum()),
                   share=size / prepared.size, table=table)


@functools.lru_cache(maxsize=1)
def default_prepared() -> Prepared:
    """The course's ``customers`` dataset, prepared once and then reused (see :func:`prepare`)."""
    from smm_course import data

    return prepare(data.load("customers"))


#: The two bars of a group: the segment's column, and the key of its label (``explorer.segments.<key>``).
_MEASURES = [("mean_revenue", "direct_value"), ("mean_referred_revenue", "indirect_value")]


class _SegmentBars:
    """The segment's bars on one Axes, made once; :meth:`update` resizes and relabels them for a segment.

    Two pairs of horizontal bars: purchases (direct value) and referred revenue (indirect value), euros per
    customer, for the segment (hatched) and for all customers (plain). Every bar carries its amount and the title
    the segment's size, so the figure reads without colour.
    """

    def __init__(self, ax) -> None:
        from smm_course import plots

        self.ax = ax
        height = 0.38
        rows = np.arange(len(_MEASURES))[::-1]
        self.bars, self.labels = [], []
        for offset, colour, hatch in ((height / 2, plots.OKABE_ITO["vermillion"], "//"),
                                      (-height / 2, plots.OKABE_ITO["sky blue"], "")):
            positions = rows + offset
            self.bars.append(ax.barh(positions, np.zeros(len(rows)), height=height, color=colour, hatch=hatch,
                                     edgecolor="black", linewidth=0.6))
            self.labels.append([ax.text(0, position, "", va="center", ha="left", fontsize=11)
                                for position in positions])
        ax.set_yticks(rows, [_say(name) for _, name in _MEASURES])
        ax.grid(axis="y", visible=False)
        ax.set_xlabel(_say("xlabel"))
        self.legend = ax.legend([group[0] for group in self.bars], [_say("segment"), _say("all_customers")],
                                loc="lower right")

    @property
    def moving(self) -> list:
        """The artists a new segment changes (the rest is a background that stays)."""
        return [*self.bars[0], *self.bars[1], *self.labels[0], *self.labels[1], self.ax.title, self.legend]

    def update(self, segment: Segment) -> bool:
        """Show ``segment``; True when the x axis had to change (the background must be drawn again)."""
        table = segment.table
        top = np.nanmax(table[[m for m, _ in _MEASURES]].to_numpy())
        top = float(top) if np.isfinite(top) and top > 0 else 1.0
        for bars, labels, row in zip(self.bars, self.labels, ("segment", "all customers")):
            for bar, label, (measure, _) in zip(bars, labels, _MEASURES):
                value = table.loc[row, measure]
                bar.set_width(0.0 if np.isnan(value) else value)
                label.set_x(0 if np.isnan(value) else value)
                label.set_text("  " + (_say("no_value") if np.isnan(value) else _euros(value)))
        for text, row, name in zip(self.legend.get_texts(), ("segment", "all customers"), ("segment", "all_customers")):
            text.set_text(_say("legend", group=_say(name), customers=format_number(table.loc[row, "customers"], ",")))
        self.ax.set_title(_say("title_consent" if segment.rules["consent_only"] else "title_no_consent",
                               size=format_number(segment.size, ","), share=format_number(segment.share, ".1%")))
        return fit_xlim(self.ax, top * 1.3)


def render(youngest: int = 18, oldest: int = 99, interest: str = ANY, platform: str = ANY, income: str = ANY,
           consent_only: bool = True, *, ax=None, prepared: Prepared | None = None) -> Segment:
    """Describe the segment and draw its value per customer next to the average customer.

    Two pairs of bars: purchases (direct value) and referred revenue (indirect value), in euros per customer,
    for the segment (hatched) and for all customers (plain). Every bar carries its amount, and the title carries
    the segment's size, so the figure reads without colour.

    Returns
    -------
    Segment, with ``ax`` set.
    """
    import matplotlib.pyplot as plt

    prepared = default_prepared() if prepared is None else prepared
    segment = describe(prepared, youngest, oldest, interest, platform, income, consent_only)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 4.2))
    _SegmentBars(ax).update(segment)
    return dataclasses.replace(segment, ax=ax)


class LiveSegment(LivePanel):
    """A picture and a sentence that follow a segment's rules, redrawn in place on every :meth:`update`.

    A :class:`~smm_course.explorers.base.LivePanel`: the figure lives outside pyplot and is shown as PNG bytes, so
    a notebook never shows it twice and nothing flickers. The explorer below uses it, and so does notebook 04's
    segment exercise.

    Parameters
    ----------
    prepared : Prepared, optional
        The customers as arrays (default: the course's ``customers`` dataset, prepared once).
    """

    #: How many drawn segments to keep, so that revisiting one is instant.
    CACHE_SIZE = 64

    def __init__(self, prepared: Prepared | None = None) -> None:
        super().__init__(max_width="900px", cache=self.CACHE_SIZE)
        self.prepared = default_prepared() if prepared is None else prepared
        self._figure: AxesFigure | None = None

    @property
    def caption(self):
        """The sentence under the controls (``role="status"``)."""
        return self.sentence

    @property
    def segment(self) -> Segment | None:
        """The segment drawn last."""
        return self.result

    def draw(self, values: dict):
        if values.get("youngest", 18) > values.get("oldest", 99):
            return _say("ages_crossed")
        segment = describe(self.prepared, **values)
        if self._figure is None:
            self._figure = AxesFigure((9, 4.2), dict(left=0.2, right=0.97, bottom=0.14, top=0.9), _SegmentBars)
        self._figure.update(segment)
        return segment, self._figure.png()

    def update(self, values: dict | None = None, /, **rules) -> Segment | None:
        """Describe and draw the segment of these rules (a dict, or the keyword arguments of :func:`describe`);
        return it.

        The returned :class:`Segment` has ``ax=None``: the one figure is redrawn for the next segment.
        """
        return super().update(values, **rules)


def explorer(customers: pd.DataFrame | None = None):
    """A widget to build a segment: age range, interest, main platform, income band and a consent switch.

    Every change redraws at once (``continuous_update=True``); the data are turned into arrays once, when the
    widget is built. The sentence under the figure states the segment's size and value in words.

    Parameters
    ----------
    customers : DataFrame, optional
        Customers to segment (default: the course's ``customers`` dataset).

    Returns
    -------
    ipywidgets.VBox with a short, stable text form; its ``segment`` attribute holds the last :class:`Segment`.
    """
    live = LiveSegment(None if customers is None else prepare(customers))
    prepared = live.prepared
    low, high = int(np.nanmin(prepared.age)), int(np.nanmax(prepared.age))
    controls = {
        "age": w.IntRangeSlider(value=(low, high), min=low, max=high, step=1, description=_say("age"),
                                style=WIDE, layout=w.Layout(width="32em")),
        "interest": dropdown(_say("interest"), _choices([ANY, *prepared.interests]), ANY),
        "platform": dropdown(_say("platform"), _choices([ANY, *prepared.platforms]), ANY),
        "income": dropdown(_say("income"), _choices([ANY, *prepared.incomes]), ANY),
        "consent_only": w.Checkbox(value=True, description=_say("consent_only"),
                                   indent=False, style=WIDE),
    }
    return SegmentExplorer(controls, live)


class SegmentExplorer(Explorer):
    """The explorer's widget: its controls over a :class:`LiveSegment` (``live``); ``segment`` is the last
    :class:`Segment`; prints as one stable line."""

    def __init__(self, controls: dict, live: LiveSegment) -> None:
        self.live = live
        rows = [controls["age"], w.HBox([controls["interest"], controls["platform"], controls["income"]],
                                        layout=w.Layout(flex_flow="row wrap")), controls["consent_only"]]
        super().__init__(controls, rows=rows, panel=live)

    @property
    def segment(self) -> Segment | None:
        """The segment drawn last."""
        return self.live.segment

    @property
    def rules(self) -> dict:
        """The current rules, as :func:`describe` takes them."""
        youngest, oldest = self.controls["age"].value
        return {"youngest": int(youngest), "oldest": int(oldest), "interest": self.controls["interest"].value,
                "platform": self.controls["platform"].value, "income": self.controls["income"].value,
                "consent_only": bool(self.controls["consent_only"].value)}

    def redraw(self, _change=None):
        return self.live.update(self.rules)

    def __repr__(self) -> str:
        name = _say("name")
        return f"{name}. {self.segment.message}" if self.segment else name
