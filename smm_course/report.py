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

from smm_course import i18n

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


def _t(name: str, /, **fields) -> str:
    """The report's text ``report.<name>`` in the language in use (:mod:`smm_course.i18n`), ``fields`` filled in."""
    return i18n.translate(f"report.{name}", **fields)


def _step_name(step: int) -> str:
    """The name of step 1 to 7 (:data:`STEPS`) in the language in use."""
    return _t(f"step.{step}")


def _meaning(field: str) -> str:
    """What a field should hold (:data:`FIELDS`), in the language in use."""
    return _t(f"field.{field}")


def _plan_field(field: str) -> str:
    """How a message names one of the plan's fields: "the plan's 'goals'"."""
    return _t("plan_field", field=repr(field))


def _percent(value: float, spec: str = ".0%") -> str:
    """A fraction as a percentage in the language in use (``0.39`` -> "39%"; Italian "4,4%")."""
    return i18n.format_number(value, spec)


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
                return _t("inside.goal", number=number, shown=_shown(goal))
            if isinstance(goal, Mapping):
                for key in ("goal", "metric", "target"):
                    if _placeholder(goal.get(key)):
                        text = goal.get("goal")
                        named = f" ({text!r})" if isinstance(text, str) and not _placeholder(text) else ""
                        return _t("inside.goal_key", number=number, named=named, shown=_shown(goal.get(key)),
                                  entry=repr(key))
    if isinstance(value, Mapping):
        for key, item in value.items():
            if _placeholder(item):
                return _t("inside.key", entry=repr(key), shown=_shown(item))
    elif isinstance(value, Sequence) and not isinstance(value, str) and not isinstance(value, pd.DataFrame):
        for number, item in enumerate(value, start=1):
            if _placeholder(item):
                return _t("inside.item", number=number, shown=_shown(item))
    return None


def _as_table(value, columns: Sequence[str], field: str) -> pd.DataFrame:
    if isinstance(value, pd.DataFrame):
        table = value.copy()
    elif isinstance(value, Sequence) and not isinstance(value, str) and all(isinstance(r, Mapping) for r in value):
        table = pd.DataFrame(list(value))
    else:
        raise ValueError(_t("error.must_be", label=_plan_field(field), meaning=_meaning(field), kind=_kind(value)))
    absent = [column for column in columns if column not in table.columns]
    if absent:
        raise ValueError(_t("error.lacks_columns", label=_plan_field(field), absent=absent, meaning=_meaning(field),
                            columns=", ".join(map(str, table.columns))))
    return table


def _shares(value, field: str) -> pd.Series:
    if isinstance(value, pd.Series):
        shares = value.copy()
    elif isinstance(value, Mapping):
        shares = pd.Series(dict(value), dtype=object)
    else:
        raise ValueError(_t("error.must_be", label=_plan_field(field), meaning=_meaning(field), kind=_kind(value)))
    shares.index = shares.index.astype(str)
    numbers_only = shares.map(lambda v: isinstance(v, numbers.Real) and not isinstance(v, bool) and not math.isnan(v))
    if not numbers_only.all():
        brand = shares.index[~numbers_only.to_numpy()][0]
        raise ValueError(_t("error.share_not_number", label=_plan_field(field), brand=repr(brand),
                            value=repr(shares[brand])))
    shares = shares.astype(float)
    if (shares < 0).any() or (shares > 1).any():
        raise ValueError(_t("error.share_range", label=_plan_field(field), found=i18n.format_number(shares.max(), "g")))
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
            raise ValueError(_t("error.kpi_not_number", label=_plan_field("kpis"), column=repr(column), kpi=repr(row),
                                value=repr(table.loc[wrong, column].iloc[0])))
        table[column] = values.astype(float)
    if (table["target"] <= 0).any() or (table["actual"] <= 0).any():
        raise ValueError(_t("error.kpi_not_positive", label=_plan_field("kpis")))
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
    summary["change"] = [_percent(change, "+.1%") for change in table["change"]]
    summary["status"] = [_t(f"status.{status}") for status in table["status"]]
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
            return _t("plan.complete")
        to_do = _t("plan.to_do_one" if len(self) == 1 else "plan.to_do_many", count=len(self))
        return f"{_t('plan.not_ready')} ({to_do}):\n" + "\n".join(f"- {p}" for p in self)

    def _repr_html_(self) -> str:
        if not self:
            return f"<p>&#10003; {_e(_t('plan.complete'))}</p>"
        # A variable the student wrote, in backticks in the text, shows as code.
        items = "".join("<li>" + re.sub(r"`([^`<>]+)`", r"<code>\1</code>", _e(problem)) + "</li>" for problem in self)
        to_do = _t("plan.to_do_one" if len(self) == 1 else "plan.to_do_many", count=len(self))
        return f"<p><strong>{_e(_t('plan.not_ready'))}</strong> ({_e(to_do)}):</p><ul>{items}</ul>"


def _where_in_plan(field: str) -> str:
    step = STEP_OF.get(field)
    return _t("where", step=step, name=_step_name(step)) if step else ""


def _kind(value) -> str:
    """What a value is, in a student's words: "a number (42)", "a list of 2 items", "text"."""
    if isinstance(value, str):
        return _t("kind.text")
    if isinstance(value, bool):
        return _t("kind.bool", value=value)
    if isinstance(value, numbers.Number):
        return _t("kind.number", value=repr(value))
    if value is None:
        return _t("kind.none")
    if isinstance(value, pd.DataFrame):
        return _t("kind.dataframe")
    if isinstance(value, Mapping):
        return _t("kind.dict")
    if isinstance(value, Sequence):
        return _t("kind.items_one" if len(value) == 1 else "kind.items_many", type=type(value).__name__,
                  count=len(value))
    return _t("kind.other", type=type(value).__name__)


def _label(field: str, yours) -> tuple[str, str]:
    """How a message names a field, and what it tells the student to do after fixing it.

    A field the student wrote in a variable of their own (``yours``) is named by that variable and where it is, so
    the message sends them back to the right cell; any other field is named as the plan's.
    """
    if yours and field in yours:
        written = yours[field]
        variable, where = (written, None) if isinstance(written, str) else written
        return (f"`{variable}`" + (f" ({where})" if where else ""), _t("check.then"))
    return _plan_field(field), ""


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
        return PlanCheck([_t("check.not_a_plan", fields=", ".join(FIELDS), kind=_kind(plan))])
    problems = PlanCheck()
    for field in FIELDS:
        meaning = _meaning(field)
        value = _get(plan, field)
        where = _where_in_plan(field)
        label, then = _label(field, yours)
        if _placeholder(value):
            problems.append(_t("check.placeholder_yours", where=where, label=label, shown=_shown(value),
                               meaning=meaning, then=then) if then else
                            _t("check.placeholder", where=where, label=label, shown=_shown(value), meaning=meaning))
            continue
        if _missing(value):
            problems.append(_t("check.empty_yours", where=where, label=label, meaning=meaning, then=then) if then
                            else _t("check.missing", where=where, field=repr(field), meaning=meaning))
            continue
        inside = _placeholder_inside(field, value)
        if inside:
            problems.append(_t("check.inside_yours", where=where, label=label, inside=inside, then=then) if then
                            else _t("check.inside", where=where, label=label, inside=inside))
            continue
        try:
            _check_field(field, value, label)
        except ValueError as error:
            text = str(error)
            problems.append(f"{where}{text[:-1] if then and text.endswith('.') else text}{then}{'.' if then else ''}")
    return problems


def _check_field(field: str, value, label: str | None = None) -> None:
    label = label or _plan_field(field)
    if field == "brand" and not isinstance(value, str):
        raise ValueError(_t("error.must_be", label=label, meaning=_meaning("brand"), kind=_kind(value)))
    if field == "goals":
        if not isinstance(value, Sequence) or isinstance(value, str) or not all(isinstance(g, Mapping) for g in value):
            raise ValueError(_t("error.must_be", label=label, meaning=_meaning("goals"), kind=_kind(value)))
        for goal in value:
            absent = [key for key in ("goal", "metric", "target") if _missing(goal.get(key))]
            if absent:
                raise ValueError(_t("error.goal_lacks", label=label, goal=repr(goal.get("goal", goal)),
                                    entry=repr(absent[0])))
    if field == "target_customer":
        if not isinstance(value, Mapping):
            raise ValueError(_t("error.must_be", label=label, meaning=_meaning("target_customer"), kind=_kind(value)))
        absent = [key for key in _PROFILE if _missing(value.get(key))]
        if absent:
            raise ValueError(_t("error.profile_lacks", label=label, entry=repr(absent[0]),
                                meaning=_meaning("target_customer")))
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
            raise ValueError(_t("error.one_text", label=label))
        items = [value]
    elif isinstance(value, Sequence) and not isinstance(value, pd.DataFrame):
        items = list(value)
    else:
        raise ValueError(_t("error.must_be", label=label, meaning=_meaning(field), kind=_kind(value)))
    for number, item in enumerate(items, start=1):
        which = label if isinstance(value, str) else _t("error.item", label=label, number=number)
        if not isinstance(item, str):
            raise ValueError(_t("error.not_text", which=which, kind=_kind(item)))
        if not item.strip():
            raise ValueError(_t("error.empty_text", which=which))
        if len(item.split()) < _MIN_WORDS:
            raise ValueError(_t("error.too_short", which=which, text=repr(item.strip()), words=_MIN_WORDS))


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
        label = f" {_percent(shares[name])}"
        if rates is not None and name in rates.index:
            label += _t("chart.sov_engagement", rate=_percent(rates[name], ".1%"))
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, label, va="center", fontsize=9)
    ax.set_xlim(0, min(1.0, float(shares.max()) * 2.1))
    percent_axis(ax, "x")
    ax.set_xlabel(_t("chart.sov_xlabel"))
    ax.set_title(_t("chart.sov_title", brand=brand), fontsize=11, fontweight="bold", loc="left")
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
    ax.set_title(_t("chart.calendar_title"), fontsize=11, fontweight="bold", loc="left")
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
        ax.text(0.5, 0.5, _t("chart.no_target"), ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    positions = np.arange(len(table))[::-1]
    colours = [OKABE_ITO["bluish green"] if met else OKABE_ITO["vermillion"] for met in table["met"]]
    bars = ax.barh(positions, table["progress"], color=colours, edgecolor="black", linewidth=0.6)
    for bar, met, progress in zip(bars, table["met"], table["progress"]):
        bar.set_hatch("" if met else "//")
        # Labels start right of the 100% line, so a bar just short of it never hides its own label.
        ax.text(max(progress, 1.0) + 0.02, bar.get_y() + bar.get_height() / 2,
                _t("chart.kpi_label", progress=_percent(progress), status=_t("status.met" if met else "status.missed")),
                va="center", fontsize=9)
    ax.axvline(1.0, color="black", linestyle="--", linewidth=1.2)
    ax.set_yticks(positions, table["kpi"], fontsize=9)
    ax.set_xlim(0, max(1.6, float(table["progress"].max()) + 0.6))
    percent_axis(ax, "x")
    ax.set_xlabel(_t("chart.kpi_xlabel"))
    ax.set_title(_t("chart.kpi_title"), fontsize=11, fontweight="bold", loc="left")
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
        return _t("none")
    if unit == "%":
        return _percent(value, ".1%")
    if abs(value) >= 100:
        text = i18n.format_number(value, ",.0f")
    else:
        text = i18n.format_number(value, ",.2f")
        text = text.rstrip("0").rstrip(i18n.format_number(0.5, ".1f")[1])  # the language's decimal mark
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
        return _t("file.written", path=self.path, sections=self.sections, figures=self.figures)

    def _repr_html_(self) -> str:
        name = _e(self.path)
        link = f'<a href="{name}" target="_blank" rel="noopener">{name}</a>'
        return f"<p>{_t('file.written_html', link=link, sections=self.sections, figures=self.figures)}</p>"


def _html(plan) -> tuple[str, int]:
    """The report's HTML and its number of figures."""
    import matplotlib
    import matplotlib.style
    import seaborn as sns

    brand = _get(plan, "brand").strip()
    title = _get(plan, "title") or _t("html.default_title", brand=brand)
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
        sov_alt = _t("html.sov_alt", shares=", ".join(
            f"{name} {_percent(value)}" for name, value in shares.sort_values(ascending=False).items()), leader=leader)
        sov_figure = _figure(share_of_voice_chart(shares, brand, engagement), sov_alt,
                             _t("html.sov_caption", count=len(shares)))
        counts = calendar["platform"].astype(str).value_counts()
        calendar_alt = _t("html.calendar_alt", days=calendar["day"].nunique(), posts=", ".join(
            _t("html.calendar_alt_posts", count=count, platform=name) for name, count in counts.items()))
        calendar_figure = _figure(calendar_chart(calendar), calendar_alt, _t("html.calendar_caption"))
        judged = kpis[kpis["status"] != "tracked"]
        kpi_alt = (_t("html.kpi_alt", kpis="; ".join(
            f"{row.kpi} {_percent(row.progress)} ({_t('status.' + row.status)})" for row in judged.itertuples()))
            if len(judged) else _t("html.kpi_alt_none"))
        kpi_figure = _figure(kpi_chart(kpis), kpi_alt, _t("html.kpi_caption"))

    goal_rows = "".join(f"<tr><td>{_e(g['goal'])}</td><td>{_e(g['metric'])}</td><td>{_e(g['target'])}</td></tr>"
                        for g in goals)
    profile_rows = "".join(f"<dt>{_e(_t('html.profile.' + key))}</dt><dd>{_e(profile[key])}</dd>" for key in _PROFILE)
    shown = [column for column in ("day", "time", "platform", "format", "topic") if column in calendar.columns]
    calendar_rows = "".join("<tr>" + "".join(f"<td>{_e(row[c])}</td>" for c in shown) + "</tr>"
                            for _, row in calendar.iterrows())
    kpi_rows = "".join(
        f"<tr><td>{_e(r.kpi)}</td><td class='num'>{_e(_format(r.baseline, r.unit))}</td>"
        f"<td class='num'>{_e(_format(r.target, r.unit))}</td><td class='num'>{_e(_format(r.actual, r.unit))}</td>"
        f"<td class='status-{r.status}'>{_e(_t('html.status.' + r.status))}</td></tr>"
        for r in kpis.itertuples())
    met = int((kpis["status"] == "met").sum())
    tracked = int((kpis["status"] == "tracked").sum())
    verdict = _t("html.verdict", met=met, judged=len(kpis) - tracked)
    if tracked:
        verdict += _t("html.verdict_tracked_one" if tracked == 1 else "html.verdict_tracked_many", count=tracked)

    def header(*keys):
        return "".join(f"<th scope='col'>{_e(_t('html.column.' + key))}</th>" for key in keys)

    calendar_heads = "".join(f"<th scope=col>{_e(_t('html.column.' + column))}</th>" for column in shown)
    calendar_table = f"<table><thead><tr>{calendar_heads}</tr></thead><tbody>{calendar_rows}</tbody></table>"
    kpi_block = (f"<table><thead><tr>{header('kpi', 'baseline', 'target', 'actual', 'status')}</tr></thead>"
                 f"<tbody>{kpi_rows}</tbody></table><h3>{_e(_t('html.what_we_change'))}</h3>"
                 + _list(_texts(_get(plan, "adapt"))))
    # (step, content, full width?): the calendar and the KPIs put their figure and table side by side.
    sections = [
        (1, f"<table><thead><tr>{header('goal', 'metric', 'target')}</tr></thead><tbody>{goal_rows}</tbody></table>",
         False),
        (2, f"<dl>{profile_rows}</dl>", False),
        (3, sov_figure, False),
        (4, _list(_texts(_get(plan, "audit"))), False),
        (5, f"<div class='pair'><div>{calendar_figure}</div><div>{calendar_table}</div></div>", True),
        (6, _list(_texts(_get(plan, "best_content"))), True),
        (7, f"<p>{_e(verdict)}</p><div class='pair'><div>{kpi_figure}</div><div>{kpi_block}</div></div>", True),
    ]
    body = "".join(f"<section{' class=wide' if wide else ''} aria-labelledby='step{i}'><h2 id='step{i}'>{i}. "
                   f"{_e(_step_name(i))}</h2>{content}</section>"
                   for i, content, wide in sections)
    document = (
        f"<!DOCTYPE html>\n<html lang='{i18n.get_language()}'>\n<head>\n<meta charset='utf-8'>\n"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        f"<header><h1>{_e(title)}</h1><p class='sub'>{_t('html.subtitle', brand=_e(brand))}</p></header>\n"
        f"<div class='grid'>{body}</div>\n"
        f"<footer>{_t('html.footer')}</footer>\n</main>\n</body>\n</html>\n"
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
        more = "" if len(problems) == 1 else _t("error.more_one" if len(problems) == 2 else "error.more_many",
                                                   count=len(problems) - 1)
        raise ValueError(_t("error.not_ready", first=problems[0], more=more))
    if not isinstance(out, (str, Path)):
        raise ValueError(_t("error.out_not_name", out=repr(out)))
    path = Path(out)
    if path.suffix.lower() not in (".html", ".htm"):
        raise ValueError(_t("error.out_not_html", out=repr(str(out))))
    if not path.parent.exists():
        raise ValueError(_t("error.out_no_folder", out=repr(str(out))))
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
