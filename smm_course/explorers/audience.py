"""Which platforms fit a persona? Two honest views side by side (notebook 02).

A persona is a short portrait of a target customer: an age group, and optionally a country, an industry and an
interest (the source article's list: age, location, income, job title, industry, interests). For the persona the
explorer shows, for each of the six platforms Nuvola uses:

- **US adults of that age who use the platform**: the share from the Pew Research Center survey (5,733 US adults,
  2023), with its *affinity index*, the age group's share divided by all adults' share (above 1: the age group
  is over-represented on the platform). Real data, but about US adults and any use at all;
- **Nuvola customers like this whose main platform it is**: the share of the course's customers matching the
  persona (course data, Europe), with a 95% Wilson interval, since a narrow persona matches few customers.

The two answer different questions (who is *on* a platform vs where *our* customers mostly are), so the explorer
never blends them into one score: you pick which one ranks the platforms, and see both.

``persona_table`` computes; ``render`` computes and draws (what the widget calls on every change, and what the
tests and the benchmark time); ``explorer`` builds the widget.
"""

from __future__ import annotations

from dataclasses import dataclass

import ipywidgets as w
import numpy as np
import pandas as pd

from smm_course.explorers.base import Explorer, dropdown
from smm_course.i18n import format_number, get_language, translate
from smm_course.explorers.canvas import BlitFigure

__all__ = [
    "AGE_GROUPS",
    "ANY",
    "PLATFORMS",
    "RANK_BY",
    "MIN_CUSTOMERS",
    "Audiences",
    "PersonaResult",
    "persona_table",
    "render",
    "explorer",
    "AudienceExplorer",
]

#: The six platforms of the course world, in the course's fixed order.
PLATFORMS = ("Facebook", "Instagram", "X", "YouTube", "TikTok", "LinkedIn")
#: The Pew age groups; "all" means every adult.
AGE_GROUPS = ("all", "18-29", "30-49", "50-64", "65+")
#: The option that leaves a persona trait open.
ANY = "any"
#: What can rank the platforms: column of the persona table -> label.
RANK_BY = {
    "customer_share": "Nuvola customers like this (main platform)",
    "pew_share": "US adults of this age who use it (Pew reach)",
    "pew_index": "Over-representation of this age (Pew index)",
}
#: Fewer matching customers than this and the explorer warns that their shares are unreliable.
MIN_CUSTOMERS = 30



def _say(what: str, **fields) -> str:
    """This explorer's text ``what`` in the course's current language (``explorer.audience.<what>``)."""
    return translate(f"explorer.audience.{what}", **fields)


def _count(number: int) -> str:
    """A whole number as the sentence shows it (Italian groups thousands with a point)."""
    return format_number(number, "," if get_language() == "it" else "")


def _option_label(option: str) -> str:
    """How a dropdown shows an option: the open choices in words, data values as they are."""
    if option == ANY:
        return _say("any")
    if option == "all":
        return _say("all_ages")
    return option


_AGE_EDGES = (17, 29, 49, 64, 200)  # ages 18-29, 30-49, 50-64, 65+ (the Pew groups)


@dataclass(frozen=True)
class Audiences:
    """Everything the explorer needs, computed once: Pew shares and the customers as arrays and masks."""

    pew_share: pd.DataFrame  # age group x platform, fractions
    platform_codes: np.ndarray  # each customer's main platform, 0..5 in PLATFORMS order (-1: another one)
    masks: dict  # (trait, option) -> boolean array over customers
    options: dict  # trait -> list of options, ANY first

    @classmethod
    def load(cls, audiences: pd.DataFrame | None = None, customers: pd.DataFrame | None = None) -> "Audiences":
        """Build from the datasets ``platform_audiences`` and ``customers`` (loaded when not given)."""
        from smm_course import data

        audiences = data.load("platform_audiences") if audiences is None else audiences
        customers = data.load("customers") if customers is None else customers
        for table, name, columns in ((audiences, "audiences", ("platform", "age_group", "share_of_adults")),
                                     (customers, "customers", ("age", "location", "industry", "interests",
                                                               "main_platform"))):
            missing = [c for c in columns if c not in table.columns]
            if missing:
                raise ValueError(f"{name} lacks the column(s) {missing}; load it with smm_course.data.load().")
        pew = (audiences.astype({"platform": str, "age_group": str})
               .pivot(index="age_group", columns="platform", values="share_of_adults"))
        pew = pew.reindex(index=list(AGE_GROUPS), columns=list(PLATFORMS))

        platform = customers["main_platform"].astype(str)
        codes = np.full(len(customers), -1)
        for number, name in enumerate(PLATFORMS):
            codes[(platform == name).to_numpy()] = number
        everyone = np.ones(len(customers), dtype=bool)
        age_group = pd.cut(customers["age"], bins=list(_AGE_EDGES), labels=list(AGE_GROUPS[1:])).astype(str)
        masks = {("age_group", "all"): everyone}
        masks.update({("age_group", g): (age_group == g).to_numpy() for g in AGE_GROUPS[1:]})
        options = {"age_group": list(AGE_GROUPS)}
        for trait in ("location", "industry"):
            values = customers[trait].astype(str)
            names = sorted(values.unique())
            options[trait] = [ANY, *names]
            masks[(trait, ANY)] = everyone
            masks.update({(trait, name): (values == name).to_numpy() for name in names})
        interests = customers["interests"].fillna("").str.split(";")
        names = sorted({item for items in interests for item in items if item})
        options["interest"] = [ANY, *names]
        masks[("interest", ANY)] = everyone
        sets = interests.map(set)
        masks.update({("interest", name): sets.map(lambda s, n=name: n in s).to_numpy(dtype=bool) for name in names})
        return cls(pew_share=pew, platform_codes=codes, masks=masks, options=options)


def _check_option(audiences: Audiences, trait: str, value) -> str:
    if value not in audiences.options[trait]:
        shown = ", ".join(map(str, audiences.options[trait][:8]))
        raise ValueError(f"{trait}={value!r} is not an option. Choose one of: {shown}, ...")
    return value


def persona_table(audiences: Audiences, age_group: str = "all", location: str = ANY, industry: str = ANY,
                  interest: str = ANY, rank_by: str = "customer_share") -> pd.DataFrame:
    """The six platforms for a persona, ranked, with both views and the customers' uncertainty.

    Columns: ``platform``; ``pew_share`` (share of US adults in the age group who use it, a fraction);
    ``pew_index`` (``pew_share`` / the share of all adults: above 1, the age group is over-represented);
    ``customers`` (matching Nuvola customers whose main platform it is); ``customer_share`` (``customers`` /
    all matching customers, NaN when none match); ``low``, ``high`` (95% Wilson interval of ``customer_share``);
    ``rank`` (1 = best by ``rank_by``; ties keep the course's platform order). ``attrs["matching"]`` holds the
    number of matching customers and ``attrs["ranked_by"]`` the column that ranked them: ``"pew_share"`` when
    ``rank_by`` is ``"customer_share"`` but no customer matches.

    >>> tiny = Audiences.load(
    ...     pd.DataFrame({"platform": ["X", "X"], "age_group": ["all", "18-29"], "share_of_adults": [0.2, 0.4]}),
    ...     pd.DataFrame({"age": [20, 40], "location": ["Italy", "Italy"], "industry": ["Media", "Media"],
    ...                   "interests": ["music", "news"], "main_platform": ["X", "Facebook"]}))
    >>> table = persona_table(tiny, "18-29", rank_by="pew_index")
    >>> table.loc[table["platform"] == "X", ["pew_share", "pew_index", "customers", "customer_share"]]
       pew_share  pew_index  customers  customer_share
    2        0.4        2.0          1             1.0
    """
    from smm_course.stats import proportion_ci

    _check_option(audiences, "age_group", age_group)
    _check_option(audiences, "location", location)
    _check_option(audiences, "industry", industry)
    _check_option(audiences, "interest", interest)
    if rank_by not in RANK_BY:
        raise ValueError(f"rank_by={rank_by!r} is not an option. Choose one of: {', '.join(RANK_BY)}.")
    masks = audiences.masks
    matching = (masks[("age_group", age_group)] & masks[("location", location)]
                & masks[("industry", industry)] & masks[("interest", interest)])
    chosen = audiences.platform_codes[matching]
    counts = np.bincount(chosen[chosen >= 0], minlength=len(PLATFORMS))
    total = int(matching.sum())
    interval = proportion_ci(counts, np.full(len(PLATFORMS), total))
    table = pd.DataFrame({
        "platform": list(PLATFORMS),
        "pew_share": audiences.pew_share.loc[age_group].to_numpy(),
        "pew_index": (audiences.pew_share.loc[age_group] / audiences.pew_share.loc["all"]).to_numpy(),
        "customers": counts,
        "customer_share": interval["estimate"].to_numpy(),
        "low": interval["low"].to_numpy(),
        "high": interval["high"].to_numpy(),
    })
    if table[rank_by].isna().all():  # no customer matches: rank by the survey instead of by nothing
        rank_by = "pew_share"
    order = table[rank_by].fillna(-1).to_numpy()
    ranks = np.empty(len(table), dtype=int)
    ranks[np.argsort(-order, kind="stable")] = np.arange(1, len(table) + 1)
    table["rank"] = ranks
    table.attrs["matching"] = total
    table.attrs["ranked_by"] = rank_by
    return table


@dataclass(frozen=True)
class PersonaResult:
    """What :func:`render` computed and drew.

    Attributes
    ----------
    table : DataFrame
        :func:`persona_table`, sorted by rank.
    matching : int
        Nuvola customers who match the persona.
    persona : str
        The persona in words.
    message : str
        One or two plain sentences that state the ranking and any warning.
    figure : object
        The drawing: ``figure.figure`` is the matplotlib Figure, ``figure.png()`` its pixels.
    """

    table: pd.DataFrame
    matching: int
    persona: str
    message: str
    figure: object


def _persona_words(age_group: str, location: str, industry: str, interest: str) -> str:
    parts = [_say("persona_any_age") if age_group == "all" else _say("persona_aged", age_group=age_group)]
    if location != ANY:
        parts.append(_say("persona_in", location=location))
    if industry != ANY:
        parts.append(_say("persona_working_in", industry=industry.lower()) if industry != "Not employed"
                     else _say("persona_not_employed"))
    if interest != ANY:
        parts.append(_say("persona_into", interest=interest))
    return ", ".join(parts)


def _message(table: pd.DataFrame, matching: int, rank_by: str) -> str:
    top = table.iloc[0]
    pew_top = table.sort_values("pew_share", ascending=False, kind="stable").iloc[0]
    if rank_by == "customer_share":
        if matching == 0:
            lead = _say("no_match_lead", any=_say("any"))
        else:
            lead = _say("lead_customers", matching=_count(matching), platform=top.platform,
                        share=format_number(top.customer_share, ".0%"))
    elif rank_by == "pew_index":
        index = format_number(top.pew_index, ".2f")
        lead = _say("lead_over" if top.pew_index > 1 else "lead_under", platform=top.platform, index=index)
    else:
        lead = _say("lead_pew", platform=top.platform, share=format_number(top.pew_share, ".0%"))
    text = lead
    if rank_by != "pew_share":
        text += " " + _say("widest_reach", platform=pew_top.platform, share=format_number(pew_top.pew_share, ".0%"))
    if 0 < matching < MIN_CUSTOMERS:
        text += " " + _say("too_few", matching=_count(matching))
    elif matching == 0 and rank_by != "customer_share":
        text += " " + _say("no_match")
    return text


class _AudienceFigure(BlitFigure):
    """Two panels of horizontal bars, one row per platform, redrawn by blitting.

    Axes, ticks and titles are drawn once and kept as pixels; bars, whiskers and labels move. Platform names are
    written next to the bars (not as tick labels), so a new ranking needs no full redraw.
    """

    def __init__(self) -> None:
        from matplotlib.collections import LineCollection
        from matplotlib.ticker import PercentFormatter

        from smm_course.plots import PLATFORM_COLORS

        super().__init__((11, 4.6), dict(left=0.125, right=0.98, bottom=0.25, top=0.9, wspace=0.1))
        self.pew_ax, self.customer_ax = self.figure.subplots(1, 2)
        rows = np.arange(len(PLATFORMS))
        self.bars, self.values = {}, {}
        for ax, key, title, xlabel in (
            (self.pew_ax, "pew", _say("pew_title"), _say("pew_xlabel")),
            (self.customer_ax, "customers", _say("customers_title"), _say("customers_xlabel")),
        ):
            # Room right of the bars for their labels, and a free row at the top for a warning.
            ax.set_xlim(0, 1.42 if key == "pew" else 1.12)
            ax.set_xticks(np.linspace(0, 1, 6))
            ax.set_ylim(len(PLATFORMS) - 0.4, -1.5)
            ax.xaxis.set_major_formatter(PercentFormatter(xmax=1.0))
            ax.set_yticks([])
            ax.grid(True, axis="x", alpha=0.4)
            ax.grid(False, axis="y")
            ax.set(title=title, xlabel=xlabel)
            self.bars[key] = ax.barh(rows, np.zeros(len(PLATFORMS)), height=0.62,
                                     color=[PLATFORM_COLORS[p] for p in PLATFORMS], edgecolor="black", lw=0.6)
            self.values[key] = [ax.text(0, row, "", va="center", fontsize="small") for row in rows]
        # Platform names once, left of the first panel: both panels share the same row order.
        self.names = [self.pew_ax.text(-0.02, row, "", transform=self.pew_ax.get_yaxis_transform(), ha="right",
                                       va="center", fontsize="small") for row in rows]
        self.whiskers = LineCollection([], colors="black", linewidths=1.6)
        self.customer_ax.add_collection(self.whiskers)
        self.warning = self.customer_ax.text(0.5, -0.95, "", ha="center", va="center", fontweight="bold",
                                             transform=self.customer_ax.get_yaxis_transform(),
                                             bbox={"facecolor": "white", "edgecolor": "black"})
        self.figure.text(0.01, 0.01, _say("sources"), fontsize="small",
                         va="bottom")
        self.animate(*self.bars["pew"], *self.bars["customers"], self.whiskers, self.warning, *self.names,
                     *self.values["pew"], *self.values["customers"])

    def update(self, table: pd.DataFrame, matching: int) -> None:
        """Move the bars and labels to show ``table`` (sorted by rank)."""
        unreliable = matching < MIN_CUSTOMERS
        segments = []
        for row, item in enumerate(table.itertuples(index=False)):
            number = PLATFORMS.index(item.platform)
            for key, value in (("pew", item.pew_share), ("customers", item.customer_share)):
                bar = self.bars[key][number]
                bar.set_y(row - bar.get_height() / 2)
                bar.set_width(0 if np.isnan(value) else value)
                bar.set_alpha(0.35 if key == "customers" and unreliable else 1.0)
                bar.set_hatch("//" if key == "customers" and unreliable else None)
            name = self.names[number]
            name.set_position((-0.02, row))
            name.set_text(f"{item.rank}. {item.platform}")
            name.set_fontweight("bold" if item.rank == 1 else "normal")
            self.values["pew"][number].set_position((item.pew_share + 0.015, row))
            self.values["pew"][number].set_text(_say("pew_value", share=format_number(item.pew_share, ".0%"),
                                                     index=format_number(item.pew_index, ".2f")))
            label = self.values["customers"][number]
            if matching:
                label.set_position((item.high + 0.015, row))
                label.set_text(format_number(item.customer_share, ".0%"))
                segments.append([(item.low, row), (item.high, row)])
            else:
                label.set_text("")
        self.whiskers.set_segments(segments)
        if matching == 0:
            self.warning.set_text(_say("warning_none"))
        elif unreliable:
            self.warning.set_text(_say("warning_few", matching=_count(matching)))
        else:
            self.warning.set_text("")
        self.warning.set_visible(bool(self.warning.get_text()))


_DEFAULT: dict = {}


def _default_audiences() -> Audiences:
    if "audiences" not in _DEFAULT:
        _DEFAULT["audiences"] = Audiences.load()
    return _DEFAULT["audiences"]


def render(age_group: str = "18-29", location: str = ANY, industry: str = ANY, interest: str = ANY,
           rank_by: str = "customer_share", *, audiences: Audiences | None = None,
           figure: _AudienceFigure | None = None, draw: bool = True) -> PersonaResult:
    """Rank the six platforms for a persona and draw both views.

    Parameters
    ----------
    age_group : {"all", "18-29", "30-49", "50-64", "65+"}
    location, industry, interest : str
        A value from the customers data, or ``"any"``.
    rank_by : {"customer_share", "pew_share", "pew_index"}
        Which view orders the platforms (see :data:`RANK_BY`).
    audiences : Audiences, optional
        Precomputed data (built from the course datasets when not given).
    figure : optional
        ``result.figure`` from an earlier call, reused so redraws are fast.
    draw : bool
        Render the pixels now (the explorer does, through ``figure.png()``).

    Returns
    -------
    PersonaResult
    """
    audiences = _default_audiences() if audiences is None else audiences
    table = persona_table(audiences, age_group, location, industry, interest, rank_by)
    table = table.sort_values("rank").reset_index(drop=True)
    matching = int(table.attrs["matching"])
    persona = _persona_words(age_group, location, industry, interest)
    message = _message(table, matching, rank_by)
    figure = _AudienceFigure() if figure is None else figure
    figure.update(table, matching)
    if draw:
        figure.draw()
    return PersonaResult(table=table, matching=matching, persona=persona, message=message, figure=figure)


class AudienceExplorer(Explorer):
    """The explorer's widget: the persona's dropdowns, the ranking's dropdown, a sentence and the figure."""

    @property
    def title(self) -> str:
        """The stable text form, in the current language."""
        return _say("title")

    def __init__(self, controls: dict, audiences: Audiences) -> None:
        self.audiences = audiences
        persona = w.HBox([controls["age_group"], controls["location"], controls["industry"], controls["interest"]],
                         layout=w.Layout(flex_flow="row wrap"))
        super().__init__(controls, rows=[persona, controls["rank_by"]], cache=CACHE_SIZE)

    def draw(self, values: dict):
        return self.draw_figure(render(**values, audiences=self.audiences, figure=self.figure, draw=False))


#: How many personas the explorer keeps drawn, so that going back to one is instant.
CACHE_SIZE = 64


def explorer(age_group: str = "18-29", location: str = ANY, industry: str = ANY, interest: str = ANY,
             rank_by: str = "customer_share") -> AudienceExplorer:
    """The persona explorer: labelled dropdowns for the persona and the ranking, a sentence and the figure.

    Every change redraws at once; the data are prepared once, when the widget is built.
    """
    audiences = _default_audiences()
    controls = {
        trait: dropdown(_say(f"control_{trait}"), [(_option_label(o), o) for o in audiences.options[trait]], value)
        for trait, value in (("age_group", age_group), ("location", location), ("industry", industry),
                             ("interest", interest))
    }
    controls = {
        **controls,
        "rank_by": dropdown(_say("control_rank_by"), [(_say(f"rank_{key}"), key) for key in RANK_BY], rank_by,
                            width="32em"),
    }
    return AudienceExplorer(controls, audiences)
