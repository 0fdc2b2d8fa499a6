"""Social media marketing metrics, defined as the course defines them.

Every rate is a fraction (0.05 means 5%); format it as a percentage only for display. Each function works
element-wise on a number (returns a Python float), a NumPy array or a pandas Series (keeps the index and names the
result), so the same call works for one post or for a whole export from Meta, X or LinkedIn analytics.

Shared rules, from the course blueprint's "Course conventions for metrics and models":

- a zero denominator gives NaN, never infinity or an error (a post with no reach has no engagement rate);
- a negative count, or text where a number belongs, raises ``ValueError`` naming the argument;
- missing values (NaN) stay missing.

To average a rate over many posts, see :func:`average_rate`: the pooled rate and the mean of per-post rates
answer different questions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from smm_course._validation import (
    align,
    as_datetime,
    as_numeric,
    check_choice,
    check_range,
    label,
    require_columns,
    require_frame,
    safe_divide,
    wrap,
)
from smm_course.i18n import format_number, translate

__all__ = [
    "amplification_rate",
    "applause_rate",
    "average_rate",
    "click_through_rate",
    "conversion_rate",
    "cost_per_engagement",
    "cpc",
    "cpm",
    "engagement_rate",
    "engagements",
    "response_rate",
    "response_times",
    "roas",
    "roi",
    "ResponseTimes",
    "share_of_voice",
    "virality_rate",
]


def _rate(numerator, denominator, numerator_name: str, denominator_name: str, result_name: str, scale: float = 1.0):
    """Element-wise numerator / denominator x scale with the course's checks and NaN for a zero denominator."""
    top = as_numeric(numerator, numerator_name)
    bottom = as_numeric(denominator, denominator_name)
    (top_values, bottom_values), index, all_scalar = align(top, bottom)
    return wrap(safe_divide(top_values, bottom_values) * scale, index, all_scalar, result_name)


def engagements(likes, comments, shares, clicks, saves=None):
    """Count a post's engagements: likes + comments + shares + clicks (+ saves if given).

    The course counts the four interactions that the seed article lists after Sprout Social, clicks included: a
    click is how a post drives website traffic. Benchmarks built on public data, such as Rival IQ's, cannot see
    clicks and leave them out; pass ``clicks=0`` to compare with them. Some tools also add saves, replies or
    profile clicks; pass ``saves`` to count saves too.

    Parameters
    ----------
    likes, comments, shares, clicks : number, array or Series
        Counts per post (interactions), not negative.
    saves : number, array or Series, optional
        Saves (bookmarks) per post; left out of the total when None.

    Returns
    -------
    float, ndarray or Series named ``engagements``
        Engagements (interactions) per post.

    Examples
    --------
    >>> engagements(likes=120, comments=8, shares=5, clicks=30)
    163.0
    >>> engagements(120, 8, 5, 30, saves=12)
    175.0
    """
    arguments = [as_numeric(likes, "likes"), as_numeric(comments, "comments"), as_numeric(shares, "shares"),
                 as_numeric(clicks, "clicks")]
    if saves is not None:
        arguments.append(as_numeric(saves, "saves"))
    arrays, index, all_scalar = align(*arguments)
    return wrap(np.sum(arrays, axis=0), index, all_scalar, "engagements")


def engagement_rate(engagements, base):
    """Engagement rate: engagements / base, a fraction.

    The course's engagement rate divides by the post's **reach** (people who saw it; ERR, Hootsuite). Pass
    impressions or followers as ``base`` for the two common variants: the rate by impressions is never above the
    rate by reach (impressions count repeat views), and the rate by followers depends on how much of the audience
    the platform shows the post to. Say which base you used whenever you report a rate.

    Parameters
    ----------
    engagements : number, array or Series
        Engagements per post (see :func:`engagements`).
    base : number, array or Series
        Reach (people), impressions (views) or followers (people) per post.

    Returns
    -------
    float, ndarray or Series named ``engagement_rate``
        Engagements per person reached (or per impression, or per follower); NaN where the base is 0.

    Examples
    --------
    >>> engagement_rate(163, 2400)   # 163 engagements from 2,400 people reached
    0.0679
    >>> import pandas as pd
    >>> engagement_rate(pd.Series([163, 40]), pd.Series([2400, 0]))
    0    0.067917
    1         NaN
    Name: engagement_rate, dtype: float64
    """
    return _rate(engagements, base, "engagements", "base", "engagement_rate")


def amplification_rate(shares, followers):
    """Amplification rate: shares / followers, a fraction (Hootsuite).

    How much of its own audience a post's followers pass on. Kaushik's original variant is shares per post; for
    that, average the shares instead.

    Examples
    --------
    >>> amplification_rate(shares=30, followers=12000)
    0.0025
    """
    return _rate(shares, followers, "shares", "followers", "amplification_rate")


def applause_rate(likes, followers):
    """Applause rate: likes / followers, a fraction (Hootsuite).

    The share of the audience that approved of a post. A variant is likes per post.

    Examples
    --------
    >>> applause_rate(likes=480, followers=12000)
    0.04
    """
    return _rate(likes, followers, "likes", "followers", "applause_rate")


def virality_rate(shares, impressions):
    """Virality rate: shares / impressions, a fraction.

    How often a view turns into a share. Pass reach as ``impressions`` for the shares-per-person variant.

    Examples
    --------
    >>> virality_rate(shares=30, impressions=15000)
    0.002
    """
    return _rate(shares, impressions, "shares", "impressions", "virality_rate")


def click_through_rate(clicks, impressions):
    """Click-through rate (CTR): clicks / impressions, a fraction (Google Ads).

    Examples
    --------
    >>> click_through_rate(clicks=45, impressions=3000)
    0.015
    """
    return _rate(clicks, impressions, "clicks", "impressions", "click_through_rate")


def conversion_rate(conversions, clicks):
    """Conversion rate: conversions / clicks, a fraction (Google).

    For web traffic pass sessions as ``clicks`` (conversions per session); X Ads divides by impressions instead.

    Examples
    --------
    >>> conversion_rate(conversions=9, clicks=300)
    0.03
    """
    return _rate(conversions, clicks, "conversions", "clicks", "conversion_rate")


def cost_per_engagement(cost, engagements):
    """Cost per engagement (CPE): cost / engagements, in euros per engagement (Google Ads).

    Examples
    --------
    >>> cost_per_engagement(cost=250.0, engagements=1000)
    0.25
    """
    return _rate(cost, engagements, "cost", "engagements", "cost_per_engagement")


def cpm(cost, impressions):
    """Cost per mille (CPM): cost / impressions x 1000, in euros per thousand impressions (Google Ads).

    Examples
    --------
    >>> cpm(cost=120.0, impressions=40000)
    3.0
    """
    return _rate(cost, impressions, "cost", "impressions", "cpm", scale=1000.0)


def cpc(cost, clicks):
    """Cost per click (CPC): cost / clicks, in euros per click (Google Ads).

    Examples
    --------
    >>> cpc(cost=120.0, clicks=300)
    0.4
    """
    return _rate(cost, clicks, "cost", "clicks", "cpc")


def response_rate(answered, received):
    """Response rate: messages answered / messages received, a fraction (Sprout Social).

    ``answered`` must not exceed ``received``. To get both counts from a messages table, see
    :func:`response_times`.

    Examples
    --------
    >>> response_rate(answered=188, received=200)
    0.94
    """
    top = as_numeric(answered, "answered")
    bottom = as_numeric(received, "received")
    (top_values, bottom_values), index, all_scalar = align(top, bottom)
    too_many = np.flatnonzero(top_values.ravel() > bottom_values.ravel())
    if too_many.size:
        first = int(too_many[0])
        if all_scalar:
            where = ""
        elif index is not None:
            where = f" at index {label(index[first])!r}"
        else:
            where = f" at position {first}"
        raise ValueError(
            f"answered must not exceed received; found {top_values.ravel()[first]:g} answered out of "
            f"{bottom_values.ravel()[first]:g} received{where}."
        )
    return wrap(safe_divide(top_values, bottom_values), index, all_scalar, "response_rate")


def roas(revenue, cost):
    """Return on ad spend (ROAS): revenue / cost, euros of revenue per euro spent (Google Ads).

    Google Ads calls it "conversion value / cost": the revenue of the orders credited to a campaign, per euro the
    campaign cost. It is a ratio, not a profit: a ROAS of 1.5 means €1.50 of sales came back for each euro, and
    those sales still have to pay for the product before any of it is profit. A campaign's gross profit covers
    its cost only when ROAS >= 1 / gross margin (2 at a 50% margin); see :func:`roi`.

    Parameters
    ----------
    revenue : number, array or Series
        Revenue credited to the campaign, euros.
    cost : number, array or Series
        What the campaign cost, euros (same currency as ``revenue``).

    Returns
    -------
    float, ndarray or Series named ``roas``
        Euros of revenue per euro spent; NaN where the cost is 0.

    Examples
    --------
    >>> roas(revenue=15000.0, cost=10000.0)   # 15,000 / 10,000
    1.5
    """
    return _rate(revenue, cost, "revenue", "cost", "roas")


def roi(revenue, cost, margin):
    """Return on (marketing) investment: (revenue x margin - cost) / cost, a fraction.

    The return is the **gross profit** the campaign brought, not its revenue: revenue x gross margin, where the
    gross margin is the share of a sale's price left after paying for the product itself. This is Farris,
    Bendle, Pfeifer and Reibstein's return on marketing investment (ROMI, *Marketing Metrics*, 2nd ed., 2010),
    which multiplies the revenue by the contribution margin; the course uses the gross margin in its place, a
    simplification that leaves out other costs that grow with each sale (payment fees, delivery). The seed
    article's "social equity" is this ROI for social media campaigns.

    0.25 means each euro spent came back with 25 cents of profit on top; -0.25 means a quarter of the spend was
    lost. ROI is positive only when ``revenue / cost`` (the :func:`roas`) is above ``1 / margin``.

    Parameters
    ----------
    revenue : number, array or Series
        Revenue credited to the campaign, euros.
    cost : number, array or Series
        What the campaign cost, euros.
    margin : number, array or Series
        Gross margin, a fraction between 0 and 1 (0.5 means half of each euro of sales is gross profit). There
        is no default: say which margin you assume.

    Returns
    -------
    float, ndarray or Series named ``roi``
        Profit per euro spent, a fraction; NaN where the cost is 0.

    Examples
    --------
    >>> roi(revenue=15000.0, cost=10000.0, margin=0.5)   # (15,000 x 0.5 - 10,000) / 10,000
    -0.25
    >>> roi(revenue=30000.0, cost=10000.0, margin=0.5)   # (30,000 x 0.5 - 10,000) / 10,000
    0.5
    """
    sales = as_numeric(revenue, "revenue")
    spend = as_numeric(cost, "cost")
    share = as_numeric(margin, "margin")
    check_range(share, low=0, high=1, hint="Give the gross margin as a fraction: 0.5 means 50%.")
    (sales_values, spend_values, share_values), index, all_scalar = align(sales, spend, share)
    profit = sales_values * share_values - spend_values
    return wrap(safe_divide(profit, spend_values), index, all_scalar, "roi")


def average_rate(numerator, denominator, method: str = "pooled", by=None):
    """Average a rate over many posts: pooled (sum / sum) or the mean of per-post rates.

    - ``"pooled"``: sum(numerator) / sum(denominator). The audience's overall rate: every person (or
      impression) counts once, so big posts weigh more. Right for "what share of the people we reached
      engaged?" and for totals in a report.
    - ``"mean"``: mean(numerator_i / denominator_i). The typical post (Hootsuite's convention for the average
      engagement rate): every post counts once. Sensitive to posts with tiny denominators, whose rates swing
      widely. Posts with a zero denominator have no rate and are skipped.

    Rows where either value is missing are left out of both methods.

    Parameters
    ----------
    numerator, denominator : array or Series
        Per-post counts, e.g. engagements and reach.
    method : {"pooled", "mean"}
    by : array or Series, optional
        Group labels of the same length (e.g. the platform of each post); gives one rate per group.

    Returns
    -------
    float, or a Series named ``rate`` indexed by group when ``by`` is given. NaN when nothing is left to average.

    Examples
    --------
    >>> average_rate([10, 1], [100, 2], method="pooled")   # (10 + 1) / (100 + 2)
    0.1078
    >>> average_rate([10, 1], [100, 2], method="mean")     # (0.10 + 0.50) / 2
    0.3
    >>> average_rate([10, 1, 6], [100, 2, 60], by=["X", "X", "TikTok"])
    TikTok    0.100000
    X         0.107843
    Name: rate, dtype: float64
    """
    check_choice(method, "method", ["pooled", "mean"])
    top = as_numeric(numerator, "numerator")
    bottom = as_numeric(denominator, "denominator")
    (top_values, bottom_values), index, _ = align(top, bottom)
    frame = pd.DataFrame({"numerator": top_values.ravel(), "denominator": bottom_values.ravel()})
    if by is not None:
        frame["group"] = _group_labels(by, index, len(frame))
    frame = frame[frame["numerator"].notna() & frame["denominator"].notna()]
    frame["rate"] = safe_divide(frame["numerator"].to_numpy(), frame["denominator"].to_numpy())
    if by is None:
        if method == "pooled":
            return float(safe_divide(frame["numerator"].sum(), frame["denominator"].sum()))
        rates = frame["rate"].dropna()
        return float(rates.mean()) if len(rates) else float("nan")
    grouped = frame.groupby("group", observed=True, sort=True)
    if method == "pooled":
        sums = grouped[["numerator", "denominator"]].sum()
        result = pd.Series(safe_divide(sums["numerator"], sums["denominator"]), index=sums.index)
    else:
        result = grouped["rate"].mean()
    result.name = "rate"
    result.index.name = by.name if isinstance(by, pd.Series) else None
    return result


def _group_labels(by, index: pd.Index | None, length: int):
    """Return group labels in row order, aligning a Series by label when the rates came from Series."""
    if isinstance(by, pd.DataFrame):
        raise ValueError("by must be one column of group labels, e.g. posts['platform'], not a whole table.")
    if isinstance(by, pd.Series) and index is not None and not by.index.equals(index):
        if len(by) != length or not by.index.isin(index).all():
            raise ValueError("by and the rates have different indexes; pass columns of the same table.")
        by = by.reindex(index)
    if np.ndim(by) != 1 or len(by) != length:
        raise ValueError(f"by must have one label per row: it has {np.size(by)} labels for {length} rows.")
    if isinstance(by, pd.Series):
        return by.to_numpy() if not isinstance(by.dtype, pd.CategoricalDtype) else by.array
    return np.asarray(by)


@dataclass(frozen=True)
class ResponseTimes:
    """Time to first answer of each customer message, in hours.

    Attributes
    ----------
    hours : Series
        Hours from receipt to first answer, one value per message (index of the messages table); NaN for a
        message that was never answered.
    received, answered, unanswered : int
        Counts of messages.
    median, mean : float
        Median and mean response time in hours over the answered messages only; NaN if none was answered.
    response_rate : float
        answered / received (NaN for an empty table).
    """

    hours: pd.Series

    @property
    def received(self) -> int:
        return int(len(self.hours))

    @property
    def answered(self) -> int:
        return int(self.hours.notna().sum())

    @property
    def unanswered(self) -> int:
        return self.received - self.answered

    @property
    def median(self) -> float:
        return float(self.hours.median()) if self.answered else float("nan")

    @property
    def mean(self) -> float:
        return float(self.hours.mean()) if self.answered else float("nan")

    @property
    def response_rate(self) -> float:
        return float(safe_divide(self.answered, self.received))

    def to_dict(self) -> dict:
        """The summary figures as a dict (times in hours).

        >>> ResponseTimes(pd.Series([1.0, 3.0, float("nan")])).to_dict()["median_hours"]
        2.0
        """
        return {
            "received": self.received,
            "answered": self.answered,
            "unanswered": self.unanswered,
            "response_rate": self.response_rate,
            "median_hours": self.median,
            "mean_hours": self.mean,
        }

    def __repr__(self) -> str:
        """The counts and times in the course's language (``metrics.response_times.summary``)."""
        return translate(
            "metrics.response_times.summary",
            received=format_number(self.received, "d"),
            answered=format_number(self.answered, "d"),
            unanswered=format_number(self.unanswered, "d"),
            median=format_number(self.median, ".2f"),
            mean=format_number(self.mean, ".2f"),
        )


def response_times(messages: pd.DataFrame, received: str = "received_at", answered: str = "answered_at"):
    """Time to first response of each message, in hours, with its median, mean and the unanswered count.

    response time = answered_at - received_at (Sprout Social: the reply's time minus the time of the customer's
    message). Report the median (the typical wait) next to the mean (pulled up by a few very slow replies).
    Unanswered messages (``answered`` is NaT) are left out of the time statistics but counted in ``unanswered``.

    Parameters
    ----------
    messages : DataFrame
        One row per customer message.
    received, answered : str
        Names of the columns with the time the message arrived and the time of the first answer (datetimes, or
        text that pandas can read as datetimes).

    Returns
    -------
    ResponseTimes
        ``.hours`` (Series, hours per message, NaN if unanswered), ``.median``, ``.mean`` (hours),
        ``.received``, ``.answered``, ``.unanswered``, ``.response_rate``.

    Examples
    --------
    >>> import pandas as pd
    >>> messages = pd.DataFrame({
    ...     "received_at": pd.to_datetime(["2025-04-07 09:00", "2025-04-07 10:00", "2025-04-08 08:00"]),
    ...     "answered_at": pd.to_datetime(["2025-04-07 10:30", "2025-04-07 16:00", None]),
    ... })
    >>> times = response_times(messages)
    >>> times
    ResponseTimes(received=3, answered=2, unanswered=1, median=3.75 h, mean=3.75 h)
    >>> times.hours.tolist()
    [1.5, 6.0, nan]
    """
    require_frame(messages, "messages")
    require_columns(messages, {"received": received, "answered": answered}, "messages")
    received_at = as_datetime(messages[received], received)
    answered_at = as_datetime(messages[answered], answered)
    missing = received_at.isna()
    if missing.any():
        raise ValueError(
            f"column {received!r} has {int(missing.sum())} missing times (first at index "
            f"{label(missing[missing].index[0])!r}); every message needs the time it arrived. Drop or fix those rows."
        )
    try:
        waits = answered_at - received_at
    except TypeError as error:
        raise ValueError(
            f"cannot subtract {received!r} from {answered!r} ({error}). Give both columns the same time zone, "
            "or make both naive, e.g. with .dt.tz_localize(None)."
        ) from None
    hours = (waits / pd.Timedelta(hours=1)).astype(float).rename("response_hours")
    early = hours < 0
    if early.any():
        count = int(early.sum())
        raise ValueError(
            f"{count} {'message was' if count == 1 else 'messages were'} answered before arriving (first at index "
            f"{label(early[early].index[0])!r}): check that {answered!r} and {received!r} are in the same time zone."
        )
    return ResponseTimes(hours)


_PERIODS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}


def share_of_voice(mentions, brand: str = "brand", period: str | None = None, time: str = "posted_at",
                   weight: str | None = None):
    """Share of voice: a brand's mentions / all mentions of the brands in its category, a fraction.

    The course definition after Sprout Social and Hootsuite. Shares sum to 1 (per period). Pass ``weight`` (e.g.
    a column of engagements or of impressions) for the "share of engagement" or "share of impressions"
    variants, which sum that column instead of counting mentions.

    Parameters
    ----------
    mentions : mapping, Series or DataFrame
        Either mention counts per brand (``{"Nuvola": 120, "Zest": 80}`` or a Series indexed by brand), or a
        table with one row per mention.
    brand : str
        For a table: the column with the brand each mention is about. Rows with no brand are ignored.
    period : {"D", "W", "M", "Q", "Y"}, optional
        For a table: compute the shares per day, week (Monday to Sunday), month, quarter or year.
    time : str
        For a table with ``period``: the column with the time of each mention.
    weight : str, optional
        For a table: a column to sum instead of counting rows.

    Returns
    -------
    Series named ``share_of_voice`` indexed by brand, or, with ``period``, a DataFrame with one row per period
    (indexed by the period's first day) and one column per brand. A period with no mentions at all is NaN.

    Examples
    --------
    >>> share_of_voice({"Nuvola": 120, "Brezza": 50, "Zest": 30})
    brand
    Nuvola    0.60
    Brezza    0.25
    Zest      0.15
    Name: share_of_voice, dtype: float64
    >>> import pandas as pd
    >>> mentions = pd.DataFrame({
    ...     "brand": ["Nuvola", "Zest", "Nuvola", "Nuvola"],
    ...     "posted_at": pd.to_datetime(["2025-04-01", "2025-04-02", "2025-05-03", "2025-05-04"]),
    ... })
    >>> share_of_voice(mentions, period="M")
    brand       Nuvola  Zest
    month
    2025-04-01     0.5   0.5
    2025-05-01     1.0   0.0
    """
    if isinstance(mentions, (Mapping, pd.Series)):
        if period is not None or weight is not None:
            raise ValueError(
                "period and weight need a table of mentions (a DataFrame with one row per mention); "
                "with counts per brand, leave them out."
            )
        counts = pd.Series(mentions, dtype=object) if isinstance(mentions, Mapping) else mentions
        numeric = as_numeric(counts, "mentions")
        total = np.nansum(numeric.values)
        shares = pd.Series(safe_divide(numeric.values, total), index=counts.index, name="share_of_voice")
        shares.index.name = counts.index.name or "brand"
        return shares
    if not isinstance(mentions, pd.DataFrame):
        raise ValueError(
            "mentions must be counts per brand (a dict or a Series) or a table of mentions (a DataFrame); "
            f"got {type(mentions).__name__}."
        )
    columns = {"brand": brand}
    if period is not None:
        check_choice(period, "period", _PERIODS)
        columns["time"] = time
    if weight is not None:
        columns["weight"] = weight
    require_columns(mentions, columns, "mentions")
    keep = mentions[brand].notna().to_numpy()
    data = pd.DataFrame({"brand": mentions[brand].array[keep]})
    if weight is not None:
        data["weight"] = as_numeric(mentions[weight], f"column {weight!r}").values[keep]
    else:
        data["weight"] = 1.0
    categorical = isinstance(data["brand"].dtype, pd.CategoricalDtype)
    if period is None:
        totals = data.groupby("brand", observed=False, sort=True)["weight"].sum()
        shares = pd.Series(safe_divide(totals.to_numpy(), totals.sum()), name="share_of_voice",
                           index=pd.Index(list(totals.index), name=brand))
        return shares
    times = as_datetime(mentions[time], time)[keep]
    if times.isna().any():
        raise ValueError(f"column {time!r} has missing times; drop those mentions or fill them before using period.")
    label = _PERIODS[period]
    data[label] = times.dt.to_period(period).array
    totals = data.groupby([label, "brand"], observed=False)["weight"].sum().unstack("brand", fill_value=0.0)
    if categorical:
        totals = totals.reindex(columns=data["brand"].cat.categories, fill_value=0.0)
    if len(totals):
        every_period = pd.period_range(totals.index.min(), totals.index.max(), freq=totals.index.freq)
        totals = totals.reindex(every_period, fill_value=0.0)
    row_totals = totals.sum(axis=1).to_numpy()[:, None]
    shares = pd.DataFrame(
        safe_divide(totals.to_numpy(), row_totals),
        index=pd.DatetimeIndex(totals.index.to_timestamp(how="start"), name=label),
        columns=pd.Index(list(totals.columns), name=brand),
    )
    return shares
