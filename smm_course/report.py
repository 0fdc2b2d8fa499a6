"""A short campaign report: the seven steps of Hootsuite's action plan as one self-contained HTML file that prints
on one or two A4 pages.

Notebook 11 (the capstone) fills a *plan* step by step, then writes it as a report a manager can open in any
browser or print on one or two pages:

>>> plan = example_plan()
>>> check_plan(plan)
The plan is complete: every step is filled in.
>>> sorted(FIELDS)[:3]
['adapt', 'audit', 'best_content']

The plan is a dict (or any object with these attributes):

========================  ===========================================================================================
field                     what it holds
========================  ===========================================================================================
``brand``                 the brand's name, e.g. ``"Nuvola"``
``title``                 (optional) the report's title
``goals``                 step 1: a list of goals, each a dict with ``goal``, ``metric`` and ``target`` (text)
``target_customer``       step 2: a dict with ``age``, ``location``, ``income``, ``job_title``, ``industry``, ``interests``
``competitors``           step 3: share of voice by brand, fractions (a dict or a Series ``{brand: 0.38}``)
``engagement``            step 3 (optional): engagement rate by brand, fractions
``audit``                 step 4: findings about the brand's own successes and failures (a list of texts)
``calendar``              step 5: a table (DataFrame or list of dicts) with ``day``, ``platform``, ``format``, ``time``
``best_content``          step 6: what to make more of (a list of texts)
``kpis``                  step 7: a table with ``kpi``, ``baseline``, ``target``, ``actual`` (numbers); optional
                          ``unit`` (``"%"`` means the numbers are fractions) and ``higher_is_better`` (default True).
                          A row whose target is missing (None or NaN) is a metric the campaign *tracked* without a
                          target set in advance: it is reported, but never judged met or missed
``adapt``                 step 7: what to change next (text or a list of texts)
========================  ===========================================================================================

A field still set to ``...`` (or holding ``...`` inside it, e.g. a goal whose target is ``...``) is a placeholder,
and so is a text that is only dots (``"..."``, as in a template copied as it is): :func:`check_plan` names it, with
its step, until it is filled in. The texts of ``audit``, ``best_content`` and ``adapt`` need at least three words. :func:`campaign_report` checks the plan (a missing,
placeholder or malformed field gets a message that names it), draws three
figures (share of voice, the calendar, KPIs against targets) on the course theme, and writes one HTML file with the
images embedded as base64 PNG: no scripts, no style sheets or fonts to fetch, alt text on every image, a heading
per step and print rules that keep it to two A4 pages. The same plan always gives the same bytes.
"""

from __future__ import annotations

import base64
import html
import io
import math
import numbers
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["FIELDS", "STEPS", "PlanCheck", "ReportFile", "calendar_chart", "campaign_report", "check_plan",
           "example_plan", "kpi_chart", "kpi_summary", "kpi_table", "share_of_voice_chart"]

#: The seven steps of Hootsuite's action plan (the source article of notebook 11), in order: the report's sections.
STEPS = (
    "Goals aligned with metrics",
    "Target customer",
    "Competitive analysis",
    "Audit of our own social media",
    "Content calendar",
    "The best content",
    "Track and adapt",
)

#: Every field a plan needs, with what it should hold (used in the messages about a bad plan).
FIELDS = {
    "brand": "the brand's name as text, e.g. 'Nuvola'",
    "goals": "a list of goals, each a dict with 'goal', 'metric' and 'target'",
    "target_customer": "a dict with 'age', 'location', 'income', 'job_title', 'industry' and 'interests'",
    "competitors": "share of voice by brand as fractions, e.g. {'Nuvola': 0.38, 'Brezza': 0.26}",
    "audit": "a list of texts: findings about the brand's own successes and failures",
    "calendar": "a table (DataFrame or list of dicts) with columns 'day', 'platform', 'format' and 'time'",
    "best_content": "a list of texts: what to make more of",
    "kpis": "a table with columns 'kpi', 'baseline', 'target' and 'actual' (numbers; a missing target means tracked)",
    "adapt": "text, or a list of texts: what to change next",
}
#: The step (1 to 7) each field belongs to; the brand belongs to the whole plan.
STEP_OF = {"brand": None, "goals": 1, "target_customer": 2, "competitors": 3, "audit": 4, "calendar": 5,
           "best_content": 6, "kpis": 7, "adapt": 7}
_PROFILE = ("age", "location", "income", "job_title", "industry", "interests")
_CALENDAR = ("day", "platform", "format", "time")
_KPI = ("kpi", "baseline", "target", "actual")
#: Fields that hold sentences a manager reads, and the fewest words a sentence has.
_SENTENCES = ("audit", "best_content", "adapt")
_MIN_WORDS = 3
#: Texts that stand in for an answer not written yet (compared after stripping and lower-casing).
_PLACEHOLDER_TEXTS = {"", "todo", "tbd", "xxx", "?", "your text here"}


# -- reading and checking a plan ---------------------------------------------------------------------------------
def _get(plan, name: str, default=None):
    if isinstance(plan, Mapping):
        return plan.get(name, default)
    return getattr(plan, name, default)


def _placeholder(value) -> bool:
    """True for ``...`` and for a text that still stands in for an answer: only dots ("...", "…") or "TODO"."""
    if value is Ellipsis:
        return True
    if not isinstance(value, str):
        return False
    text = value.strip().casefold()
    return bool(text) and (not text.strip(".…· ") or text in _PLACEHOLDER_TEXTS)


def _missing(value) -> bool:
    if value is None or value is Ellipsis:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (pd.DataFrame, pd.Series)):
        return value.empty
    if isinstance(value, (Mapping, Sequence)):
        return len(value) == 0
    return False


def _texts(value) -> list[str] | None:
    """A text or a list of texts as a list of non-empty strings (None when it is neither)."""
    if isinstance(value, str):
        return [value.strip()]
    if isinstance(value, Sequence) and all(isinstance(item, str) for item in value):
        return [item.strip() for item in value if item.strip()]
    return None


def _shown(value) -> str:
    return "..." if value is Ellipsis else repr(value)


def _placeholder_inside(field: str, value) -> str | None:
    """Where a field still holds a placeholder (``...`` or ``"..."``) inside it, in words (None when it holds none)."""
    if field == "goals" and isinstance(value, Sequence) and not isinstance(value, str):
        for number, goal in enumerate(value, start=1):
            if _placeholder(goal):
                return f"goal {number} is still {_shown(goal)}"
            if isinstance(goal, Mapping):
                for key in ("goal", "metric", "target"):
                    if _placeholder(goal.get(key)):
                        text = goal.get("goal")
                        named = f" ({text!r})" if isinstance(text, str) and not _placeholder(text) else ""
                        return f"goal {number}{named} still has {_shown(goal.get(key))} as its {key!r}"
    if isinstance(value, Mapping):
        for key, item in value.items():
            if _placeholder(item):
                return f"its {key!r} is still {_shown(item)}"
    elif isinstance(value, Sequence) and not isinstance(value, str) and not isinstance(value, pd.DataFrame):
        for number, item in enumerate(value, start=1):
            if _placeholder(item):
                return f"item {number} is still {_shown(item)}"
    return None


def _as_table(value, columns: Sequence[str], field: str) -> pd.DataFrame:
    if isinstance(value, pd.DataFrame):
        table = value.copy()
    elif isinstance(value, Sequence) and not isinstance(value, str) and all(isinstance(r, Mapping) for r in value):
        table = pd.DataFrame(list(value))
    else:
        raise ValueError(f"the plan's {field!r} must be {FIELDS[field]}; got {_kind(value)}.")
    absent = [column for column in columns if column not in table.columns]
    if absent:
        raise ValueError(f"the plan's {field!r} lacks the column(s) {absent}: it must be {FIELDS[field]}. "
                         f"Its columns are: {', '.join(map(str, table.columns))}.")
    return table


def _shares(value, field: str) -> pd.Series:
    if isinstance(value, pd.Series):
        shares = value.copy()
    elif isinstance(value, Mapping):
        shares = pd.Series(dict(value), dtype=object)
    else:
        raise ValueError(f"the plan's {field!r} must be {FIELDS.get(field, 'a dict of brand -> fraction')}; "
                         f"got {_kind(value)}.")
    shares.index = shares.index.astype(str)
    numbers_only = shares.map(lambda v: isinstance(v, numbers.Real) and not isinstance(v, bool) and not math.isnan(v))
    if not numbers_only.all():
        brand = shares.index[~numbers_only.to_numpy()][0]
        raise ValueError(f"the plan's {field!r}: the value for {brand!r} must be a number (a fraction), "
                         f"not {shares[brand]!r}.")
    shares = shares.astype(float)
    if (shares < 0).any() or (shares > 1).any():
        raise ValueError(f"the plan's {field!r} must hold fractions between 0 and 1 (0.38 means 38%); "
                         f"found {shares.max():g}. Divide percentages by 100.")
    return shares


def kpi_table(kpis) -> pd.DataFrame:
    """The KPI table with each KPI's status: met, missed, or tracked without a target.

    For a KPI where higher is better, ``progress = actual / target``; where lower is better (e.g. response time),
    ``progress = target / actual``. A KPI is met when progress >= 1. A row with no target (None or NaN) is a
    metric that was only tracked: its ``progress`` is NaN, ``met`` is None and ``status`` says "tracked", since a
    target chosen after the results would judge nothing. ``change`` is actual / baseline - 1 for every row.

    Examples
    --------
    >>> kpis = [{"kpi": "orders from social", "baseline": 2648, "target": 3045, "actual": 2977},
    ...         {"kpi": "median reply (hours)", "baseline": 2.9, "target": 2.0, "actual": 2.5,
    ...          "higher_is_better": False},
    ...         {"kpi": "share of voice", "baseline": 0.37, "target": None, "actual": 0.40}]
    >>> kpi_table(kpis)[["kpi", "progress", "status"]].round(3)
                        kpi  progress   status
    0    orders from social     0.978   missed
    1  median reply (hours)     0.800   missed
    2        share of voice       NaN  tracked
    """
    table = _as_table(kpis, _KPI, "kpis")
    for column in ("baseline", "target", "actual"):
        given = table[column]
        values = pd.to_numeric(given, errors="coerce")
        # A target may be left out (None or NaN): the metric was tracked, not judged. Text is never a number.
        wrong = values.isna() & (given.notna() if column == "target" else True)
        if wrong.any():
            row = table.loc[wrong, "kpi"].iloc[0]
            raise ValueError(f"the plan's 'kpis': {column!r} of KPI {row!r} must be a number; got "
                             f"{table.loc[wrong, column].iloc[0]!r}.")
        table[column] = values.astype(float)
    if (table["target"] <= 0).any() or (table["actual"] <= 0).any():
        raise ValueError("the plan's 'kpis': targets and actual values must be above 0 to compare them.")
    higher = table["higher_is_better"] if "higher_is_better" in table else pd.Series(True, index=table.index)
    table["higher_is_better"] = higher.fillna(True).astype(bool)
    table["unit"] = table["unit"].fillna("").astype(str) if "unit" in table else ""
    table["progress"] = np.where(table["higher_is_better"], table["actual"] / table["target"],
                                 table["target"] / table["actual"])
    tracked = table["target"].isna()
    table["met"] = pd.Series(table["progress"] >= 1, dtype=object).where(~tracked, None)
    table["status"] = np.where(tracked, "tracked", np.where(table["progress"] >= 1, "met", "missed"))
    table["change"] = table["actual"] / table["baseline"] - 1
    return table


def kpi_summary(kpis) -> pd.DataFrame:
    """The KPI table as a reader sees it: each number written in its own unit, the change signed, the status.

    Counts get thousands separators and no decimals, fractions (``unit="%"``) become percentages, and small numbers
    such as hours keep two decimals at most: the same numbers as the report's table. A tracked metric's target
    reads "none".

    >>> kpi_summary([{"kpi": "orders from social", "baseline": 2648, "target": 3045.2, "actual": 2977},
    ...              {"kpi": "share of voice", "baseline": 0.372, "target": None, "actual": 0.407, "unit": "%"},
    ...              {"kpi": "median reply (hours)", "baseline": 2.893, "target": None, "actual": 2.448,
    ...               "higher_is_better": False}])
                        kpi baseline target actual  change   status
    0    orders from social    2,648  3,045  2,977  +12.4%   missed
    1        share of voice    37.2%   none  40.7%   +9.4%  tracked
    2  median reply (hours)     2.89   none   2.45  -15.4%  tracked
    """
    table = kpi_table(kpis)
    summary = pd.DataFrame({"kpi": table["kpi"]})
    for column in ("baseline", "target", "actual"):
        summary[column] = [_format(value, unit) for value, unit in zip(table[column], table["unit"])]
    summary["change"] = [f"{change:+.1%}" for change in table["change"]]
    summary["status"] = table["status"]
    return summary


class PlanCheck(list):
    """What :func:`check_plan` found: a list of sentences, one per problem, that reads as a to-do list.

    It is a plain list (empty when the plan is complete), shown in a notebook as a short report:

    >>> PlanCheck([])
    The plan is complete: every step is filled in.
    >>> PlanCheck(["Step 1 (Goals aligned with metrics): 'goals' is still ..."])
    The plan is not ready yet (1 thing to do):
    - Step 1 (Goals aligned with metrics): 'goals' is still ...
    """

    def __repr__(self) -> str:
        if not self:
            return "The plan is complete: every step is filled in."
        things = "thing" if len(self) == 1 else "things"
        return f"The plan is not ready yet ({len(self)} {things} to do):\n" + "\n".join(f"- {p}" for p in self)

    def _repr_html_(self) -> str:
        if not self:
            return "<p>&#10003; The plan is complete: every step is filled in.</p>"
        # A variable the student wrote, in backticks in the text, shows as code.
        items = "".join("<li>" + re.sub(r"`([^`<>]+)`", r"<code>\1</code>", _e(problem)) + "</li>" for problem in self)
        things = "thing" if len(self) == 1 else "things"
        return f"<p><strong>The plan is not ready yet</strong> ({len(self)} {things} to do):</p><ul>{items}</ul>"


def _where_in_plan(field: str) -> str:
    step = STEP_OF.get(field)
    return f"Step {step} ({STEPS[step - 1]}): " if step else ""


def _kind(value) -> str:
    """What a value is, in a student's words: "a number (42)", "a list of 2 items", "text"."""
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return f"True or False ({value})"
    if isinstance(value, numbers.Number):
        return f"a number ({value!r})"
    if value is None:
        return "None (nothing)"
    if isinstance(value, pd.DataFrame):
        return "a table (DataFrame)"
    if isinstance(value, Mapping):
        return "a dict"
    if isinstance(value, Sequence):
        return f"a {type(value).__name__} of {len(value)} item{'' if len(value) == 1 else 's'}"
    return f"a {type(value).__name__}"


def _label(field: str, yours) -> tuple[str, str]:
    """How a message names a field, and what it tells the student to do after fixing it.

    A field the student wrote in a variable of their own (``yours``) is named by that variable and where it is, so
    the message sends them back to the right cell; any other field is named as the plan's.
    """
    if yours and field in yours:
        written = yours[field]
        variable, where = (written, None) if isinstance(written, str) else written
        return (f"`{variable}`" + (f" ({where})" if where else ""),
                ", run that cell, then run this one again")
    return f"the plan's {field!r}", ""


def check_plan(plan, yours=None) -> PlanCheck:
    """Everything wrong with a plan, as plain sentences that name the step to fix (empty: ready for a report).

    A field that is missing, still a placeholder (``...``, or a text that is only dots), or holds a placeholder
    inside it (a goal's target, an item of a list) is named with its step; so is a malformed field, with what it
    must hold, and a text too short to be a sentence.

    Parameters
    ----------
    plan : dict or object
        The plan, with the fields in :data:`FIELDS`.
    yours : dict, optional
        For the fields the student wrote in variables of their own: field -> variable name, or field ->
        (variable name, where it is). The messages then name the variable and where it is, not the field.

    Examples
    --------
    >>> check_plan({"brand": "Nuvola"})[0]
    "Step 1 (Goals aligned with metrics): the plan has no 'goals': it needs a list of goals, each a dict with 'goal', 'metric' and 'target'."
    >>> check_plan({**example_plan(), "adapt": ...})
    The plan is not ready yet (1 thing to do):
    - Step 7 (Track and adapt): the plan's 'adapt' is still ... (a placeholder): replace it with text, or a list of texts: what to change next.
    >>> check_plan({**example_plan(), "best_content": ["...", "..."]},
    ...            yours={"best_content": ("content_rules", "section 2 above")})
    The plan is not ready yet (1 thing to do):
    - Step 6 (The best content): `content_rules` (section 2 above): item 1 is still '...' (a placeholder): write it, run that cell, then run this one again.
    """
    if not isinstance(plan, Mapping) and not hasattr(plan, "__dict__"):
        return PlanCheck([f"The plan must be a dict (or an object with attributes) with the fields "
                          f"{', '.join(FIELDS)}; got {_kind(plan)}."])
    problems = PlanCheck()
    for field, meaning in FIELDS.items():
        value = _get(plan, field)
        where = _where_in_plan(field)
        label, then = _label(field, yours)
        if _placeholder(value):
            problems.append(f"{where}{label} is still {_shown(value)} (a placeholder): "
                            + (f"write it ({meaning}){then}." if then else f"replace it with {meaning}."))
            continue
        if _missing(value):
            problems.append(f"{where}{label} is empty: write it ({meaning}){then}." if then
                            else f"{where}the plan has no {field!r}: it needs {meaning}.")
            continue
        inside = _placeholder_inside(field, value)
        if inside:
            problems.append(f"{where}{label}: {inside} (a placeholder): " + (f"write it{then}." if then else "fill it in."))
            continue
        try:
            _check_field(field, value, label)
        except ValueError as error:
            text = str(error)
            problems.append(f"{where}{text[:-1] if then and text.endswith('.') else text}{then}{'.' if then else ''}")
    return problems


def _check_field(field: str, value, label: str | None = None) -> None:
    label = label or f"the plan's {field!r}"
    if field == "brand" and not isinstance(value, str):
        raise ValueError(f"{label} must be {FIELDS['brand']}; got {_kind(value)}.")
    if field == "goals":
        if not isinstance(value, Sequence) or isinstance(value, str) or not all(isinstance(g, Mapping) for g in value):
            raise ValueError(f"{label} must be {FIELDS['goals']}; got {_kind(value)}.")
        for goal in value:
            absent = [key for key in ("goal", "metric", "target") if _missing(goal.get(key))]
            if absent:
                raise ValueError(f"{label}: the goal {goal.get('goal', goal)!r} has no {absent[0]!r}.")
    if field == "target_customer":
        if not isinstance(value, Mapping):
            raise ValueError(f"{label} must be {FIELDS['target_customer']}; got {_kind(value)}.")
        absent = [key for key in _PROFILE if _missing(value.get(key))]
        if absent:
            raise ValueError(f"{label} has no {absent[0]!r}: it must be {FIELDS['target_customer']}.")
    if field == "competitors":
        _shares(value, "competitors")
    if field in _SENTENCES:
        _check_sentences(field, value, label)
    if field == "calendar":
        _as_table(value, _CALENDAR, "calendar")
    if field == "kpis":
        kpi_table(value)


def _check_sentences(field: str, value, label: str) -> None:
    """A list of sentences (for ``adapt``, one text is fine too): each item text, and long enough to say something."""
    if isinstance(value, str):
        if field != "adapt":
            raise ValueError(f"{label} is one text, but it must be a list of texts, even when there is only one: "
                             "put square brackets around it, like [\"Your sentence.\"].")
        items = [value]
    elif isinstance(value, Sequence) and not isinstance(value, pd.DataFrame):
        items = list(value)
    else:
        raise ValueError(f"{label} must be {FIELDS[field]}; got {_kind(value)}.")
    for number, item in enumerate(items, start=1):
        which = label if isinstance(value, str) else f"{label}: item {number}"
        if not isinstance(item, str):
            raise ValueError(f"{which} is {_kind(item)}, not text: write it as a sentence between quotes.")
        if not item.strip():
            raise ValueError(f"{which} is empty: write a sentence, or remove it.")
        if len(item.split()) < _MIN_WORDS:
            raise ValueError(f"{which} is too short to tell a reader anything ({item.strip()!r}): write a sentence "
                             f"of at least {_MIN_WORDS} words.")


# -- figures ------------------------------------------------------------------------------------------------------
def _new_axes(ax, size):
    if ax is not None:
        return ax
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=100)
    FigureCanvasAgg(figure)
    return figure.subplots()


def share_of_voice_chart(shares, brand: str, engagement=None, ax=None):
    """Horizontal bars of share of voice by brand, largest first, each labelled with its percentage.

    The plan's brand is drawn solid and the competitors hatched, so the figure reads without colour; with
    ``engagement`` (engagement rate by brand) each label adds it. Returns the Axes.
    """
    from smm_course.plots import BRAND_COLORS, OKABE_ITO, percent_axis

    shares = _shares(shares, "competitors").sort_values(ascending=True)
    rates = _shares(engagement, "engagement") if engagement is not None else None
    ax = _new_axes(ax, (6.2, 2.6))
    colours = [BRAND_COLORS.get(name, OKABE_ITO["sky blue"]) for name in shares.index]
    bars = ax.barh(shares.index, shares.to_numpy(), color=colours, edgecolor="black", linewidth=0.6)
    for bar, name in zip(bars, shares.index):
        bar.set_hatch("" if name == brand else "//")
        label = f" {shares[name]:.0%}"
        if rates is not None and name in rates.index:
            label += f" of mentions · engagement {rates[name]:.1%}"
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, label, va="center", fontsize=9)
    ax.set_xlim(0, min(1.0, float(shares.max()) * 2.1))
    percent_axis(ax, "x")
    ax.set_xlabel("Share of voice (% of all mentions of the brands)")
    ax.set_title(f"Share of voice: {brand} (solid) and its competitors", fontsize=11, fontweight="bold", loc="left")
    ax.grid(axis="y", visible=False)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def calendar_chart(calendar, ax=None):
    """The content calendar as a grid: one row per platform, one column per day, a marker per post.

    Each format has its own marker shape and a text label next to it (video, carousel...), so the figure reads
    without colour. Returns the Axes.
    """
    from smm_course.plots import PLATFORM_COLORS, OKABE_ITO

    table = _as_table(calendar, _CALENDAR, "calendar")
    days = list(dict.fromkeys(table["day"].astype(str)))
    platforms = list(dict.fromkeys(table["platform"].astype(str)))
    shapes = dict(zip(sorted(set(table["format"].astype(str))), ["o", "s", "D", "^", "v", "P"]))
    ax = _new_axes(ax, (6.2, 0.55 * len(platforms) + 1.3))
    for _, row in table.iterrows():
        x, y = days.index(str(row["day"])), platforms.index(str(row["platform"]))
        ax.plot(x, y, marker=shapes[str(row["format"])], markersize=11, linestyle="none", markeredgecolor="black",
                color=PLATFORM_COLORS.get(str(row["platform"]), OKABE_ITO["sky blue"]))
        ax.annotate(f"{row['format']}\n{row['time']}", (x, y), xytext=(0, -9), textcoords="offset points",
                    ha="center", va="top", fontsize=6.5)
    ax.set_xticks(range(len(days)), days, fontsize=8)
    ax.set_yticks(range(len(platforms)), platforms, fontsize=9)
    ax.set_xlim(-0.6, len(days) - 0.4)
    ax.set_ylim(len(platforms) - 0.4, -0.6)
    ax.set_title("Content calendar: one marker per post", fontsize=11,
                 fontweight="bold", loc="left")
    ax.grid(True, color="#E6E6E6")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def kpi_chart(kpis, ax=None):
    """Each KPI's progress towards its target (100% = target reached), labelled "met" or "missed".

    Bars that reach the target are solid, bars that miss it hatched; a dashed line marks 100%. Metrics tracked
    without a target have no bar (the report's table lists them). Returns the Axes.
    """
    from smm_course.plots import OKABE_ITO, percent_axis

    table = kpi_table(kpis)
    table = table[table["status"] != "tracked"].reset_index(drop=True)
    ax = _new_axes(ax, (6.2, 0.5 * max(len(table), 1) + 1.2))
    if table.empty:
        ax.text(0.5, 0.5, "No KPI has a target yet", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    positions = np.arange(len(table))[::-1]
    colours = [OKABE_ITO["bluish green"] if met else OKABE_ITO["vermillion"] for met in table["met"]]
    bars = ax.barh(positions, table["progress"], color=colours, edgecolor="black", linewidth=0.6)
    for bar, met, progress in zip(bars, table["met"], table["progress"]):
        bar.set_hatch("" if met else "//")
        # Labels start right of the 100% line, so a bar just short of it never hides its own label.
        ax.text(max(progress, 1.0) + 0.02, bar.get_y() + bar.get_height() / 2,
                f"{progress:.0%} of target: {'met' if met else 'missed'}", va="center", fontsize=9)
    ax.axvline(1.0, color="black", linestyle="--", linewidth=1.2)
    ax.set_yticks(positions, table["kpi"], fontsize=9)
    ax.set_xlim(0, max(1.6, float(table["progress"].max()) + 0.6))
    percent_axis(ax, "x")
    ax.set_xlabel("Progress towards the target (100% = target reached)")
    ax.set_title("KPIs against their targets", fontsize=11, fontweight="bold", loc="left")
    ax.grid(axis="y", visible=False)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def _png(ax) -> str:
    """The Axes' figure as base64 PNG text (without the Software stamp, so the bytes never depend on versions)."""
    buffer = io.BytesIO()
    figure = ax.figure
    figure.tight_layout()
    figure.savefig(buffer, format="png", dpi=110, metadata={"Software": None})
    return base64.b64encode(buffer.getvalue()).decode("ascii")


# -- HTML -----------------------------------------------------------------------------------------------------------
_CSS = """
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;color:#1a1a1a;max-width:62rem;margin:1.5rem auto;
padding:0 1rem;line-height:1.4;font-size:15px}
h1{font-size:1.6em;margin:0 0 .2em}
h2{font-size:1.1em;margin:1em 0 .3em;border-bottom:2px solid #0072B2;padding-bottom:.1em}
h3{font-size:1em;margin:.6em 0 .1em}
.sub{color:#444;margin:0 0 .6em}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:0 1.6em}
.wide{grid-column:1/-1}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:0 1.6em;align-items:start}
section{break-inside:avoid}
table{border-collapse:collapse;font-size:.9em;width:100%}
th,td{border-bottom:1px solid #ccc;padding:.15em .35em;text-align:left;vertical-align:top}
th{background:#f0f0f0}
td.num{text-align:right;font-variant-numeric:tabular-nums}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1em .8em;margin:0;font-size:.95em}
dt{font-weight:bold}
dd{margin:0}
ul{margin:.2em 0;padding-left:1.2em}
figure{margin:.3em 0}
img{max-width:100%;height:auto}
figcaption{font-size:.85em;color:#444}
.status-met{font-weight:bold}
.status-missed{font-weight:bold;text-decoration:underline}
.status-tracked{font-style:italic}
footer{margin-top:1em;font-size:.8em;color:#555}
@media (max-width:45rem){.grid,.pair{grid-template-columns:1fr}}
@page{size:A4;margin:12mm}
@media print{body{font-size:10px;margin:0;max-width:none;padding:0}.grid,.pair{grid-template-columns:1fr 1fr}
h2{margin-top:.6em}img{max-height:6cm}}
"""


def _e(value) -> str:
    return html.escape(str(value))


def _list(items) -> str:
    return "<ul>" + "".join(f"<li>{_e(item)}</li>" for item in items) + "</ul>"


def _figure(ax, alt: str, caption: str) -> str:
    return (f'<figure><img src="data:image/png;base64,{_png(ax)}" alt="{_e(alt)}">'
            f"<figcaption>{_e(caption)}</figcaption></figure>")


def _format(value: float, unit: str) -> str:
    if isinstance(value, float) and math.isnan(value):
        return "none"
    if unit == "%":
        return f"{value:.1%}"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit}".strip()


@dataclass(frozen=True)
class ReportFile:
    """The report that :func:`campaign_report` wrote: a link in a notebook, one stable line as text.

    Attributes
    ----------
    path : str
        Where the file was written, as given (so a notebook never prints an absolute path).
    sections, figures : int
        Number of sections (the seven steps) and of embedded images.
    """

    path: str
    sections: int
    figures: int

    def __repr__(self) -> str:
        return (f"Campaign report written to {self.path} ({self.sections} sections, {self.figures} figures). "
                "Open it in your browser, or print it: it fits one or two A4 pages.")

    def _repr_html_(self) -> str:
        name = _e(self.path)
        return (f'<p>Campaign report written: <a href="{name}" target="_blank" rel="noopener">{name}</a> '
                f"({self.sections} sections, {self.figures} figures). Open it in a new tab, or print it: it fits "
                "one or two A4 pages.</p>")


def _html(plan) -> tuple[str, int]:
    """The report's HTML and its number of figures."""
    import matplotlib
    import matplotlib.style
    import seaborn as sns

    brand = _get(plan, "brand").strip()
    title = _get(plan, "title") or f"{brand}: campaign plan"
    goals = list(_get(plan, "goals"))
    profile = _get(plan, "target_customer")
    shares = _shares(_get(plan, "competitors"), "competitors")
    engagement = _get(plan, "engagement")
    calendar = _as_table(_get(plan, "calendar"), _CALENDAR, "calendar")
    kpis = kpi_table(_get(plan, "kpis"))

    # The report draws on its own canvases with one fixed style, whatever the notebook has set, so the same plan
    # gives the same pixels in a notebook, a test or a script.
    style = ["default", sns.axes_style("whitegrid"), {"font.size": 9, "axes.titlesize": 11,
                                                       "font.family": "DejaVu Sans", "hatch.linewidth": 0.8,
                                                       "grid.color": "#E6E6E6", "patch.edgecolor": "black"}]
    with matplotlib.style.context(style):
        leader = shares.idxmax()
        sov_alt = ("Bar chart of share of voice by brand: " + ", ".join(
            f"{name} {value:.0%}" for name, value in shares.sort_values(ascending=False).items())
            + f". {leader} leads.")
        sov_figure = _figure(share_of_voice_chart(shares, brand, engagement), sov_alt,
                             f"Share of voice: each brand's mentions / all mentions of the {len(shares)} brands.")
        counts = calendar["platform"].astype(str).value_counts()
        calendar_alt = (f"Grid of the content calendar over {calendar['day'].nunique()} days: "
                        + ", ".join(f"{count} posts on {name}" for name, count in counts.items()) + ".")
        calendar_figure = _figure(calendar_chart(calendar), calendar_alt,
                                  "Each marker is one post; its format and time are written under it.")
        judged = kpis[kpis["status"] != "tracked"]
        kpi_alt = ("Bar chart of progress towards each KPI's target: " + "; ".join(
            f"{row.kpi} {row.progress:.0%} ({row.status})" for row in judged.itertuples()) + "."
            if len(judged) else "No KPI has a target yet.")
        kpi_figure = _figure(kpi_chart(kpis), kpi_alt, "100% means the target was reached exactly.")

    goal_rows = "".join(f"<tr><td>{_e(g['goal'])}</td><td>{_e(g['metric'])}</td><td>{_e(g['target'])}</td></tr>"
                        for g in goals)
    labels = {"age": "Age", "location": "Location", "income": "Income", "job_title": "Job titles",
              "industry": "Industries", "interests": "Interests"}
    profile_rows = "".join(f"<dt>{labels[key]}</dt><dd>{_e(profile[key])}</dd>" for key in _PROFILE)
    shown = [column for column in ("day", "time", "platform", "format", "topic") if column in calendar.columns]
    calendar_rows = "".join("<tr>" + "".join(f"<td>{_e(row[c])}</td>" for c in shown) + "</tr>"
                            for _, row in calendar.iterrows())
    kpi_rows = "".join(
        f"<tr><td>{_e(r.kpi)}</td><td class='num'>{_e(_format(r.baseline, r.unit))}</td>"
        f"<td class='num'>{_e(_format(r.target, r.unit))}</td><td class='num'>{_e(_format(r.actual, r.unit))}</td>"
        f"<td class='status-{r.status}'>{'tracked, no target' if r.status == 'tracked' else r.status}</td></tr>"
        for r in kpis.itertuples())
    met = int((kpis["status"] == "met").sum())
    tracked = int((kpis["status"] == "tracked").sum())
    verdict = f"{met} of {len(kpis) - tracked} KPIs met their target."
    if tracked:
        verdict += (f" {tracked} more {'metric was' if tracked == 1 else 'metrics were'} tracked without a target set "
                    f"in advance, so {'it is' if tracked == 1 else 'they are'} reported, not judged.")

    calendar_table = (f"<table><thead><tr>{''.join(f'<th scope=col>{_e(c)}</th>' for c in shown)}</tr></thead>"
                      f"<tbody>{calendar_rows}</tbody></table>")
    kpi_block = ("<table><thead><tr><th scope='col'>KPI</th><th scope='col'>Baseline</th><th scope='col'>Target</th>"
                 f"<th scope='col'>Actual</th><th scope='col'>Status</th></tr></thead><tbody>{kpi_rows}</tbody></table>"
                 "<h3>What we will change</h3>"
                 + _list(_texts(_get(plan, "adapt"))))
    # (heading, content, full width?): the calendar and the KPIs put their figure and table side by side.
    sections = [
        ("Goals aligned with metrics",
         f"<table><thead><tr><th scope='col'>Goal</th><th scope='col'>Metric</th><th scope='col'>Target</th>"
         f"</tr></thead><tbody>{goal_rows}</tbody></table>", False),
        ("Target customer", f"<dl>{profile_rows}</dl>", False),
        ("Competitive analysis", sov_figure, False),
        ("Audit of our own social media", _list(_texts(_get(plan, "audit"))), False),
        ("Content calendar", f"<div class='pair'><div>{calendar_figure}</div><div>{calendar_table}</div></div>", True),
        ("The best content", _list(_texts(_get(plan, "best_content"))), True),
        ("Track and adapt",
         f"<p>{_e(verdict)}</p>"
         f"<div class='pair'><div>{kpi_figure}</div><div>{kpi_block}</div></div>", True),
    ]
    body = "".join(f"<section{' class=wide' if wide else ''} aria-labelledby='step{i}'><h2 id='step{i}'>{i}. "
                   f"{_e(name)}</h2>{content}</section>"
                   for i, (name, content, wide) in enumerate(sections, start=1))
    document = (
        "<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        f"<header><h1>{_e(title)}</h1><p class='sub'>Hootsuite's seven-step action plan for {_e(brand)}, "
        f"with the evidence behind each step.</p></header>\n<div class='grid'>{body}</div>\n"
        "<footer>Made with smm-course. Rates are shown as percentages of fractions; share of voice counts "
        "mentions of the brands compared. Figures use colours that people with colour-vision deficiency can tell "
        "apart, and every bar or marker is also labelled or shaped.</footer>\n</main>\n</body>\n</html>\n"
    )
    return document, 3


def campaign_report(plan, out="campaign_report.html") -> ReportFile:
    """Write the plan as a self-contained HTML report that prints on one or two A4 pages; return a link to it.

    Parameters
    ----------
    plan : dict or object
        The plan, with the fields in :data:`FIELDS` (see the module's documentation).
    out : str or Path
        The file to write, ending in ``.html``; its folder must exist. A relative path is relative to the
        current folder (in Jupyter: the notebook's folder).

    Returns
    -------
    ReportFile
        Shows as a link in a notebook.

    Raises
    ------
    ValueError
        When the plan misses a field, a field is still a placeholder (``...``) or malformed; the message names the
        field, its step and what it needs.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> campaign_report(example_plan(), out=folder / "report.html").figures
    3
    >>> campaign_report({"brand": "Nuvola"}, out=folder / "bad.html")
    Traceback (most recent call last):
    ...
    ValueError: The plan is not ready for a report. Step 1 (Goals aligned with metrics): the plan has no 'goals': it needs a list of goals, each a dict with 'goal', 'metric' and 'target'. (7 more problems: run report.check_plan(plan) to see them all.)
    """
    problems = check_plan(plan)
    if problems:
        more = (f" ({len(problems) - 1} more problem{'s' if len(problems) > 2 else ''}: run "
                "report.check_plan(plan) to see them all.)") if len(problems) > 1 else ""
        raise ValueError(f"The plan is not ready for a report. {problems[0]}{more}")
    if not isinstance(out, (str, Path)):
        raise ValueError(f"out must be a file name ending in .html, such as 'campaign_report.html'; got {out!r}.")
    path = Path(out)
    if path.suffix.lower() not in (".html", ".htm"):
        raise ValueError(f"out must end in .html (a web page), such as 'campaign_report.html'; got {str(out)!r}.")
    if not path.parent.exists():
        raise ValueError(f"the folder of out={str(out)!r} does not exist; create it first or write to the "
                         "notebook's folder.")
    document, figures = _html(plan)
    path.write_text(document, encoding="utf-8")
    return ReportFile(path=str(out), sections=len(STEPS), figures=figures)


def example_plan() -> dict:
    """A small complete plan (made-up numbers) for the documentation and the tests."""
    return {
        "brand": "Nuvola",
        "title": "Nuvola: example plan",
        "goals": [{"goal": "Grow orders from social", "metric": "conversions from social", "target": "+15%"}],
        "target_customer": {"age": "25 to 40", "location": "Italy", "income": "35k-50k",
                            "job_title": "Teacher, Nurse", "industry": "Education", "interests": "cooking, family"},
        "competitors": {"Nuvola": 0.38, "Brezza": 0.26, "Sorgente": 0.19, "Zest": 0.17},
        "audit": ["Videos beat images on TikTok."],
        "calendar": [{"day": "Mon 2 Mar", "platform": "TikTok", "format": "video", "time": "21:00"},
                     {"day": "Tue 3 Mar", "platform": "Instagram", "format": "carousel", "time": "19:00"}],
        "best_content": ["Short videos on TikTok and Instagram."],
        "kpis": [{"kpi": "orders from social", "baseline": 100, "target": 115, "actual": 112}],
        "adapt": "Answer messages at weekends too.",
    }
