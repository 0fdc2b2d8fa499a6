"""The course's analyses on your own analytics export (notebook 12).

:func:`smm_course.imports.read_export` turns a platform's export into the course's ``posts`` columns, but each
platform gives a different part of them: X has no reach, YouTube no time of day, TikTok's overview one row per day
instead of one per post. This module makes any of them ready for the same few analyses, and says what the file
allows:

- :func:`prepare` adds the columns every analysis reads (``engagements``, ``base``, ``weekday``, ``hour``...);
- :func:`what_you_can_do` says in plain English which analyses the file allows, and why not the others
  (:func:`formats_in` lists the formats it can compare);
- :func:`rate_by` gives the pooled engagement rate of each group (format, weekday...) with a bootstrap interval;
- :func:`weekday_hour_grid` and :func:`plan_week` find the best posting times and a week's content calendar with
  :mod:`smm_course.explorers.content_calendar`;
- :func:`share_of_voice` compares your account with competitors' files;
- :func:`plot_rates` draws a :func:`rate_by` table.

The engagement rate is the course's: engagements (likes + comments + shares + clicks, those the file has) divided
by reach, or by impressions when the file has no reach (then it is a rate per impression, which is lower).

>>> from smm_course.imports import read_export, sample_export
>>> posts = prepare(read_export(sample_export("instagram_posts")))
>>> posts.attrs["own_data"]["base"], posts.attrs["own_data"]["engagement_parts"]
('reach', ['likes', 'comments', 'shares'])
>>> list(rate_by(posts, "format").index)
['video', 'carousel', 'image']
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from smm_course import i18n, metrics, stats
from smm_course.explorers import content_calendar

__all__ = ["ENGAGEMENT_PARTS", "PUBLIC_PARTS", "WEEKDAYS", "formats_in", "plan_week", "plot_rates", "prepare",
           "rate_by", "share_of_voice", "weekday_hour_grid", "what_you_can_do"]

#: The counts the course adds up into engagements (``metrics.engagements``), in that order.
ENGAGEMENT_PARTS = ("likes", "comments", "shares", "clicks")
#: The counts anyone can see on a public post: what a competitor's numbers can be compared on.
PUBLIC_PARTS = ("likes", "comments", "shares")
#: Weekday names, Monday first, as the content calendar writes them.
WEEKDAYS = content_calendar.WEEKDAYS
#: A group needs at least this many rows for a rate with an interval.
MIN_ROWS = 5


def _t(name: str, /, **fields) -> str:
    """This module's text ``own_data.<name>`` in the language in use (:mod:`smm_course.i18n`)."""
    return i18n.translate(f"own_data.{name}", **fields)


def _counts(frame: pd.DataFrame, column: str) -> pd.Series:
    """A count column as floats with empty cells as 0 (an export leaves a count empty when it is zero)."""
    return pd.to_numeric(frame[column], errors="raise").astype("float64").fillna(0.0)


def prepare(frame: pd.DataFrame, time_zone: str = "Europe/Rome") -> pd.DataFrame:
    """Add the columns the own-data analyses read to a frame from ``read_export``.

    Added columns:

    - ``engagements``: the sum of the file's ``likes``, ``comments``, ``shares`` and ``clicks`` (the course's
      definition, :func:`smm_course.metrics.engagements`), with the ones the file lacks left out;
    - ``base``: what a rate divides by: ``reach`` (people) when the file has it, else ``impressions`` (views);
    - ``public_engagements``: likes + comments + shares, the counts anyone can see (for competitors);
    - ``day`` (the date), ``weekday`` (``Mon`` to ``Sun``, categorical), ``month`` (its first day);
    - ``hour`` (0 to 23) when the file gives the time of posting, else missing. When the export gives only
      the day but a UTC time decoded from the post IDs (X, TikTok), the local time in ``time_zone`` is used;
    - ``paid`` (False: exports do not say which posts were paid, so all count as organic).

    Rows whose ``base`` is missing or 0 are dropped (a rate cannot be computed for them); ``attrs["own_data"]``
    says how many, and which columns were used.

    Parameters
    ----------
    frame : DataFrame
        What :func:`smm_course.imports.read_export` returned.
    time_zone : str
        Your account's time zone (an IANA name such as ``"Europe/Rome"``), used only to turn UTC times into local
        hours.

    Returns
    -------
    DataFrame
        A copy of ``frame`` with the columns above and ``attrs["own_data"]``: ``platform``, ``unit`` ("post" or
        "day"), ``base``, ``engagement_parts``, ``hours_from`` (where the hours came from, or None), ``dropped``.

    Examples
    --------
    >>> raw = pd.DataFrame({"platform": ["X", "X"], "posted_at": pd.to_datetime(["2025-06-02", "2025-06-03"]),
    ...                     "impressions": [1000, 0], "likes": [30, 1], "comments": [5, 0]})
    >>> raw.attrs = {"platform": "X", "report": {"unit": "post"}}
    >>> out = prepare(raw)
    >>> out[["engagements", "base", "weekday"]].to_dict("records"), out.attrs["own_data"]["dropped"]
    ([{'engagements': 35.0, 'base': 1000.0, 'weekday': 'Mon'}], 1)
    """
    if not isinstance(frame, pd.DataFrame):
        raise ValueError(_t("error.not_a_frame", type=type(frame).__name__))
    posts = frame.copy()
    report = frame.attrs.get("report", {})
    parts = [c for c in ENGAGEMENT_PARTS if c in posts.columns]
    if not parts:
        raise ValueError(_t("error.no_counts"))
    if "reach" in posts.columns and posts["reach"].notna().any():
        base = "reach"
    elif "impressions" in posts.columns and posts["impressions"].notna().any():
        base = "impressions"
    else:
        raise ValueError(_t("error.no_base"))
    posts["engagements"] = sum(_counts(posts, c) for c in parts)
    posts["public_engagements"] = sum(_counts(posts, c) for c in PUBLIC_PARTS if c in posts.columns)
    posts["base"] = pd.to_numeric(posts[base]).astype("float64")
    time_column = "posted_at" if "posted_at" in posts.columns else "date"
    moments = pd.to_datetime(posts[time_column])
    if moments.dt.tz is not None:
        moments = moments.dt.tz_convert(time_zone).dt.tz_localize(None)
    hours_from = None
    if time_column == "posted_at" and moments.notna().any():
        if (moments.dropna().dt.floor("D") != moments.dropna()).any():
            hours_from = "posted_at"
        elif "posted_at_utc" in posts.columns and posts["posted_at_utc"].notna().all():
            moments = pd.to_datetime(posts["posted_at_utc"], utc=True).dt.tz_convert(time_zone).dt.tz_localize(None)
            hours_from = f"posted_at_utc, in {time_zone} time"
    posts["posted_at" if time_column == "posted_at" else "date"] = moments
    posts["day"] = moments.dt.normalize()
    posts["weekday"] = pd.Categorical.from_codes(moments.dt.day_of_week.fillna(-1).astype(int), list(WEEKDAYS))
    posts["month"] = moments.dt.to_period("M").dt.start_time
    posts["hour"] = moments.dt.hour.astype("Int64") if hours_from else pd.array([pd.NA] * len(posts), dtype="Int64")
    posts["paid"] = False
    keep = posts["base"].notna() & (posts["base"] > 0) & moments.notna()
    dropped = int((~keep).sum())
    posts = posts[keep].reset_index(drop=True)
    posts.attrs = dict(frame.attrs)
    posts.attrs["own_data"] = {
        "platform": frame.attrs.get("platform", str(posts["platform"].iloc[0]) if len(posts) else ""),
        "unit": "day" if report.get("unit") == "day" else "post",
        "base": base, "engagement_parts": parts, "hours_from": hours_from, "dropped": dropped,
    }
    return posts


def formats_in(posts: pd.DataFrame) -> list[str]:
    """The formats with at least :data:`MIN_ROWS` posts in the file, most common first (empty for a daily file).

    >>> formats_in(pd.DataFrame({"format": ["video"] * 6 + ["image"] * 2}))
    ['video']
    """
    if "format" not in posts.columns:
        return []
    counts = posts["format"].astype("object").value_counts()
    return [str(f) for f, n in counts.items() if n >= MIN_ROWS]


def what_you_can_do(posts: pd.DataFrame) -> str:
    """Which of the notebook's analyses the prepared file allows, and why not the others, in plain words.

    The text is in the course's language (:func:`smm_course.i18n.get_language`); column names stay as they are.

    >>> from smm_course.imports import read_export, sample_export
    >>> print(what_you_can_do(prepare(read_export(sample_export("youtube_content")))))  # doctest: +ELLIPSIS
    Your file: 169 posts on YouTube, from 2025-01-... to 2025-12-...
    - Engagement rate: likes + comments + shares, divided by reach.
    - By format: no. Every post in the file has the same format (video), so there is nothing to compare.
    - By weekday: yes.
    - By hour and a content calendar: no. The file gives the day of each post, not the time.
    """
    info = posts.attrs.get("own_data")
    if info is None:
        raise ValueError(_t("error.not_prepared"))
    lines = [_t("can.file_days" if info["unit"] == "day" else "can.file_posts", count=i18n.format_number(len(posts)),
                platform=info["platform"], first=f"{posts['day'].min():%Y-%m-%d}",
                last=f"{posts['day'].max():%Y-%m-%d}")]
    lines.append(_t("can.rate", parts=" + ".join(info["engagement_parts"]), base=info["base"]))
    if info["dropped"]:
        lines.append(_t("can.dropped", count=info["dropped"], base=info["base"]))
    formats = formats_in(posts)
    if info["unit"] == "day":
        lines.append(_t("can.format_daily"))
    elif "format" not in posts.columns or posts["format"].isna().all():
        lines.append(_t("can.format_unknown"))
    elif len(formats) < 2:
        only = posts["format"].astype("object").dropna().unique()
        lines.append(_t("can.format_one", formats=", ".join(map(str, only))))
    else:
        lines.append(_t("can.format_yes", formats=", ".join(formats)))
    lines.append(_t("can.weekday_yes" if info["unit"] == "post" else "can.weekday_daily"))
    if info["hours_from"]:
        source = info["hours_from"]
        if source.startswith("posted_at_utc, in ") and source.endswith(" time"):  # written by prepare, in English
            source = _t("can.hours_utc", zone=source[len("posted_at_utc, in "):-len(" time")])
        lines.append(_t("can.hour_yes", source=source))
    elif info["unit"] == "day":
        lines.append(_t("can.hour_daily"))
    else:
        lines.append(_t("can.hour_no_time"))
    return "\n".join(lines)


def _pooled(engagements: np.ndarray, base: np.ndarray):
    def statistic(rows):
        index = np.asarray(rows, dtype=int)
        return engagements[index].sum() / base[index].sum()
    return statistic


def rate_by(posts: pd.DataFrame, column: str, n_resamples: int = 2000, alpha: float = 0.05,
            random_state: int = 0) -> pd.DataFrame:
    """The pooled engagement rate of each group of ``column``, with a bootstrap confidence interval.

    For each group: ``rate = sum of engagements / sum of base`` (the pooled rate, so a post seen by more people
    weighs more); the interval comes from resampling the group's rows with replacement
    (:func:`smm_course.stats.bootstrap_ci`, percentile method): it shows how much the rate could change with
    another set of posts like these. Groups with fewer than :data:`MIN_ROWS` rows are left out.

    Parameters
    ----------
    posts : DataFrame
        A file from :func:`prepare`.
    column : str
        The column to group by, e.g. ``"format"`` or ``"weekday"``.
    n_resamples, alpha, random_state
        As in :func:`smm_course.stats.bootstrap_ci` (the same seed gives the same intervals).

    Returns
    -------
    DataFrame indexed by group, best rate first, with columns ``rows``, ``engagements``, ``base``, ``rate``, ``low``
    and ``high`` (fractions). Empty when no group has enough rows.

    Examples
    --------
    >>> toy = pd.DataFrame({"format": ["a"] * 5 + ["b"] * 5, "engagements": [5, 6, 4, 5, 5, 1, 2, 1, 1, 0],
    ...                     "base": [100] * 10})
    >>> rate_by(toy, "format")[["rows", "rate"]]
            rows  rate
    format
    a          5  0.05
    b          5  0.01
    """
    if column not in posts.columns:
        raise ValueError(_t("error.no_column", column=repr(column), columns=", ".join(map(str, posts.columns))))
    rows = []
    for group, part in posts.groupby(column, observed=True, sort=False):
        if len(part) < MIN_ROWS:
            continue
        engaged = part["engagements"].to_numpy(dtype=float)
        base = part["base"].to_numpy(dtype=float)
        interval = stats.bootstrap_ci(np.arange(len(part)), statistic=_pooled(engaged, base), n_resamples=n_resamples,
                                      alpha=alpha, random_state=random_state)
        rows.append({column: group, "rows": len(part), "engagements": engaged.sum(), "base": base.sum(),
                     "rate": interval.estimate, "low": interval.low, "high": interval.high})
    table = pd.DataFrame(rows, columns=[column, "rows", "engagements", "base", "rate", "low", "high"])
    table[column] = table[column].astype("object")
    return table.set_index(column).sort_values("rate", ascending=False, kind="stable")


def _calendar_frame(posts: pd.DataFrame) -> pd.DataFrame:
    """The columns the content calendar reads, with ``base`` as its reach and the missing counts as 0."""
    info = posts.attrs.get("own_data") or {}
    if not info.get("hours_from"):
        raise ValueError(_t("error.no_hours"))
    frame = pd.DataFrame({
        "platform": posts["platform"].astype(str), "paid": False, "posted_at": posts["posted_at"],
        "format": posts["format"].astype("object") if "format" in posts.columns else "post",
        "reach": posts["base"].to_numpy(), "likes": posts["engagements"].to_numpy(),
        "comments": 0, "shares": 0, "clicks": 0,
    })
    frame["format"] = frame["format"].fillna("post")
    return frame


def weekday_hour_grid(posts: pd.DataFrame, min_posts: int = 3) -> pd.DataFrame:
    """Your engagement rate by weekday and three-hour block, divided by your own average (1.3 = 30% above).

    :func:`smm_course.explorers.content_calendar.weekday_hour_grid` on the prepared file; cells with fewer than
    ``min_posts`` posts are missing. Needs the time of each post (``attrs["own_data"]["hours_from"]``).
    """
    frame = _calendar_frame(posts)
    return content_calendar.weekday_hour_grid(frame, frame["platform"].iloc[0], min_posts=min_posts)


def plan_week(posts: pd.DataFrame, posts_per_week: int, formats=None) -> pd.DataFrame:
    """A week's content calendar from your own posts: :func:`smm_course.explorers.content_calendar.plan_week`.

    Posts go out evenly over the week at your best hours (smoothed over three hours, as in notebook 05) and
    the formats take turns, best first. ``expected_engagements`` uses the median ``base`` of your posts, so it
    is an estimate from last year's posts, not a promise.

    Returns
    -------
    DataFrame with ``day``, ``hour``, ``format``, ``expected_rate`` and ``expected_engagements``; empty when no
    hour has enough posts (at least 3, and 10 within the three hours around it).
    """
    frame = _calendar_frame(posts)
    model = content_calendar.build_model(frame)[frame["platform"].iloc[0]]
    if not model.best_hours or model.formats.empty:
        return pd.DataFrame(columns=["day", "hour", "format", "expected_rate", "expected_engagements"])
    return content_calendar.plan_week(model, posts_per_week, formats)


def share_of_voice(accounts: dict, period: str | None = None) -> pd.Series | pd.DataFrame:
    """Each account's share of all the public engagements (likes + comments + shares) of the accounts given.

    A competitor's reach and clicks are private, and views are public on some platforms but not all, so accounts
    are compared on what anyone can count on a public post (likes, comments, and shares where they are public): :func:`smm_course.metrics.share_of_voice` with those counts as the weight (the "share of
    engagement" variant). Compare like with like: every file must come from the same platform.

    Parameters
    ----------
    accounts : dict
        Account name -> a file from :func:`smm_course.imports.read_export` or :func:`prepare` (yours and your
        competitors'). Only the public counts that every file gives are added up (``attrs["counted"]`` names
        them): Instagram's shares are private, so a competitor's file leaves them empty.
    period : {"W", "M", "Q"}, optional
        Shares per week, month or quarter instead of over the whole files.

    Returns
    -------
    Series by account (or, with ``period``, a DataFrame: one row per period, one column per account).

    Examples
    --------
    >>> a = pd.DataFrame({"platform": "X", "posted_at": pd.to_datetime(["2025-01-05"]), "likes": [30],
    ...                   "comments": [0]})
    >>> b = pd.DataFrame({"platform": "X", "posted_at": pd.to_datetime(["2025-01-06"]), "likes": [8],
    ...                   "comments": [2]})
    >>> shares = share_of_voice({"Us": a, "Them": b})
    >>> shares.to_dict(), shares.attrs["counted"]
    ({'Us': 0.75, 'Them': 0.25}, ['likes', 'comments'])
    """
    if not isinstance(accounts, dict) or not accounts:
        raise ValueError(_t("error.accounts_dict"))
    platforms = {name: str(frame["platform"].iloc[0]) if len(frame) else "" for name, frame in accounts.items()}
    if len(set(platforms.values())) > 1:
        listed = ", ".join(f"{name} ({platform})" for name, platform in platforms.items())
        raise ValueError(_t("error.platforms", listed=listed))
    # Only the counts every file gives: a count one file leaves empty would tilt the shares towards the others.
    public = [c for c in PUBLIC_PARTS
              if all(c in frame.columns and frame[c].notna().any() for frame in accounts.values())]
    if not public:
        raise ValueError(_t("error.no_public"))
    parts = []
    for name, frame in accounts.items():
        time = "posted_at" if "posted_at" in frame.columns else "date"
        parts.append(pd.DataFrame({"brand": name, "posted_at": pd.to_datetime(frame[time]).to_numpy(),
                                   "public_engagements": sum(_counts(frame, c) for c in public).to_numpy()}))
    table = pd.concat(parts, ignore_index=True)
    shares = metrics.share_of_voice(table, brand="brand", period=period, weight="public_engagements")
    shares = shares.reindex(list(accounts)) if period is None else shares[[n for n in accounts if n in shares]]
    shares.attrs["counted"] = public
    return shares


def _group_label(value) -> str:
    """A group of :func:`rate_by` as a student reads it: weekdays and formats in the course's language."""
    text = str(value)
    if text in WEEKDAYS:
        return content_calendar._day_name(text)
    return content_calendar._format_name(text)


def plot_rates(table: pd.DataFrame, title: str, ax=None):
    """Draw :func:`rate_by`'s table: each group's rate (a diamond) and its interval (a bar), one row per group.

    Groups are drawn in the table's order, top to bottom, in one colour-blind-safe colour; the x axis is in
    percent. Weekdays and formats are labelled in the course's language (the table keeps the data's values).
    Returns the matplotlib Axes.
    """
    import matplotlib.pyplot as plt

    from smm_course.plots import OKABE_ITO, percent_axis

    if ax is None:
        _, ax = plt.subplots(figsize=(9, 1.4 + 0.5 * len(table)))
    rows = np.arange(len(table))
    ax.errorbar(table["rate"], rows, xerr=[table["rate"] - table["low"], table["high"] - table["rate"]],
                fmt="D", markersize=8, capsize=6, color=OKABE_ITO["blue"], linestyle="none")
    ax.set(yticks=rows, yticklabels=[_group_label(label) for label in table.index], ylim=(len(table) - 0.5, -0.5),
           title=title, xlabel=_t("rates_xlabel"))
    percent_axis(ax, "x", decimals=1)
    return ax
