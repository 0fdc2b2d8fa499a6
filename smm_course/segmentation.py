"""Customer segmentation and customer value: RFM scores and segments, lifetime value, referral value.

The seed article says social media make customer segmentation finer than traditional channels, and that a
customer's value is direct (their purchases) and indirect (the customers they refer). This module measures both:

- :func:`rfm_scores` scores recency, frequency and monetary value in quintiles and names segments;
- :func:`customer_lifetime_value` is the direct value (Gupta and Lehmann);
- :func:`referral_value` is the indirect value (Kumar, Petersen and Leone).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from smm_course._validation import (
    align,
    as_datetime,
    as_numeric,
    check_range,
    label,
    require_columns,
    require_frame,
    wrap,
)

__all__ = [
    "customer_lifetime_value",
    "referral_value",
    "rfm_scores",
    "rfm_segment",
    "rfm_segment_rules",
    "RFM_SEGMENTS",
]

#: RFM segments, best first: (name, rule on the scores, what it means). FM is the mean of the F and M scores.
RFM_SEGMENTS = (
    ("Champions", "R >= 4 and FM >= 4", "bought recently, buy often and spend the most"),
    ("Loyal", "R >= 3 and FM >= 3", "good, regular customers who are still active"),
    ("New", "R >= 4 and F <= 2", "bought recently for the first time or two"),
    ("Potential", "R >= 3", "fairly recent, modest so far: could grow"),
    ("At risk", "R <= 2 and FM >= 3", "used to buy often or spend a lot, but not lately"),
    ("Hibernating", "R == 2", "modest customers who have not bought for a while"),
    ("Lost", "R == 1", "modest customers who have not bought for the longest time"),
)


def rfm_segment_rules() -> pd.DataFrame:
    """The RFM segment rules as a table, checked from top to bottom (the first matching rule wins).

    Each score runs from 1 (worst 20% of customers) to 5 (best 20%); FM = (F + M) / 2.

    Examples
    --------
    >>> rfm_segment_rules()["segment"].tolist()
    ['Champions', 'Loyal', 'New', 'Potential', 'At risk', 'Hibernating', 'Lost']
    """
    return pd.DataFrame(list(RFM_SEGMENTS), columns=["segment", "rule", "meaning"])


def rfm_segment(r_score, f_score, m_score):
    """Name the RFM segment of each customer from their R, F and M scores (1 to 5).

    The rules of :data:`RFM_SEGMENTS` (see :func:`rfm_segment_rules`) are checked from the top; the first
    match wins, and together they cover every combination of scores. FM = (F + M) / 2.

    Returns
    -------
    str for scalar scores, else an ordered Categorical Series named ``segment`` (best segment first).

    Examples
    --------
    >>> rfm_segment(5, 4, 5)
    'Champions'
    >>> rfm_segment(1, 5, 4)
    'At risk'
    >>> rfm_segment([5, 2], [1, 1], [2, 1]).tolist()
    ['New', 'Hibernating']
    """
    scores = [as_numeric(r_score, "r_score"), as_numeric(f_score, "f_score"), as_numeric(m_score, "m_score")]
    for score in scores:
        check_range(score, low=1, high=5, hint="RFM scores run from 1 to 5.")
    (r, f, m), index, all_scalar = align(*scores)
    r, f, m = r.ravel(), f.ravel(), m.ravel()
    if np.isnan(r).any() or np.isnan(f).any() or np.isnan(m).any():
        raise ValueError("r_score, f_score and m_score must not be missing; every customer needs all three scores.")
    fm = (f + m) / 2
    conditions = [
        (r >= 4) & (fm >= 4),
        (r >= 3) & (fm >= 3),
        (r >= 4) & (f <= 2),
        r >= 3,
        fm >= 3,
        r >= 2,
    ]
    names = [name for name, _, _ in RFM_SEGMENTS]
    segments = np.select(conditions, names[:-1], default=names[-1])
    if all_scalar:
        return str(segments[0])
    return pd.Series(pd.Categorical(segments, categories=names, ordered=True), index=index, name="segment")


def _quintile_scores(values: pd.Series, tie_breaker: pd.Series) -> np.ndarray:
    """Score 1 to 5 by rank so that each score holds a fifth of the customers (5 = highest values).

    Equal values are ranked in the order of ``tie_breaker`` (the customer id), which keeps the quintiles
    balanced and the result independent of the row order.
    """
    keys = pd.DataFrame({"value": np.asarray(values, dtype=float), "tie": np.asarray(tie_breaker)})
    order = keys.sort_values(["value", "tie"], kind="stable").index.to_numpy()
    ranks = np.empty(len(values), dtype=np.int64)
    ranks[order] = np.arange(len(values))
    return ranks * 5 // len(values) + 1


def rfm_scores(customers: pd.DataFrame, customer: str = "customer_id", recency: str = "last_order_date",
               frequency: str = "orders", monetary: str = "revenue", as_of=None) -> pd.DataFrame:
    """Score each customer's recency, frequency and monetary value in quintiles, and name their segment.

    - recency_days = as_of - date of the last order, in days (fewer days is better, so the score is reversed);
    - each of R, F and M is scored 1 to 5 by rank, 5 = the best 20% of customers. Equal values are ranked by
      customer id so every score holds a fifth of the customers (customers with the same value can then get
      neighbouring scores at a quintile boundary);
    - ``rfm_code`` joins the three scores, e.g. "545";
    - ``segment`` applies the rules of :func:`rfm_segment_rules` (Champions, Loyal, New, Potential, At risk,
      Hibernating, Lost).

    Parameters
    ----------
    customers : DataFrame
        One row per customer; at least 5 customers.
    customer, recency, frequency, monetary : str
        Column names: customer id; date of the last order (datetimes, or numbers already counting days since
        the last order); number of orders; revenue in euros.
    as_of : date-like, optional
        The day the analysis is run. Default: the latest last-order date in the table (that customer gets 0
        days). Only used when ``recency`` holds dates.

    Returns
    -------
    DataFrame with the input's index and columns: the customer id, ``recency_days``, the frequency and monetary
    columns, ``r_score``, ``f_score``, ``m_score`` (1 to 5), ``rfm_code`` and ``segment`` (ordered categorical).

    Examples
    --------
    >>> import pandas as pd
    >>> customers = pd.DataFrame({
    ...     "customer_id": [1, 2, 3, 4, 5],
    ...     "last_order_date": pd.to_datetime(["2025-12-30", "2025-06-01", "2025-11-15", "2025-02-01", "2025-12-20"]),
    ...     "orders": [12, 2, 5, 1, 1],
    ...     "revenue": [900.0, 80.0, 300.0, 35.0, 40.0],
    ... })
    >>> rfm_scores(customers, as_of="2025-12-31")[["customer_id", "recency_days", "rfm_code", "segment"]]
       customer_id  recency_days rfm_code    segment
    0            1             1      555  Champions
    1            2           213      233    At risk
    2            3            46      344      Loyal
    3            4           333      111       Lost
    4            5            11      422        New
    """
    require_frame(customers, "customers")
    columns = {"customer": customer, "recency": recency, "frequency": frequency, "monetary": monetary}
    require_columns(customers, columns, "customers")
    if len(customers) < 5:
        raise ValueError(f"customers must have at least 5 rows to score in quintiles; it has {len(customers)}.")
    for argument, column in columns.items():
        missing = customers[column].isna()
        if missing.any():
            raise ValueError(
                f"column {column!r} (the {argument}= argument) has {int(missing.sum())} missing values (first at "
                f"index {label(missing[missing].index[0])!r}). Drop or fill those customers first."
            )
    ids = customers[customer]
    if ids.duplicated().any():
        duplicate = ids[ids.duplicated()].iloc[0]
        raise ValueError(f"column {customer!r} must list each customer once; {label(duplicate)!r} appears twice.")

    raw_recency = customers[recency]
    if pd.api.types.is_numeric_dtype(raw_recency.dtype):
        if as_of is not None:
            raise ValueError(
                f"as_of is only used when {recency!r} holds dates; it already holds numbers (days since the "
                "last order). Leave as_of out."
            )
        days = pd.Series(as_numeric(raw_recency, f"column {recency!r}").values, index=customers.index)
    else:
        dates = as_datetime(raw_recency, recency)
        try:
            reference = dates.max() if as_of is None else pd.Timestamp(as_of)
        except (TypeError, ValueError):
            raise ValueError(f"as_of must be a date such as '2025-12-31'; got {as_of!r}.") from None
        days = (reference.normalize() - dates.dt.normalize()).dt.days
        if (days < 0).any():
            raise ValueError(
                f"as_of ({reference.date()}) is before some last orders (latest {dates.max().date()}); "
                "pick a later as_of or leave it out."
            )
    orders = as_numeric(customers[frequency], f"column {frequency!r}").values
    revenue = as_numeric(customers[monetary], f"column {monetary!r}").values

    result = pd.DataFrame(
        {customer: ids, "recency_days": days, frequency: customers[frequency], monetary: customers[monetary]},
        index=customers.index,
    )
    result["r_score"] = _quintile_scores(-days.astype(float), ids)
    result["f_score"] = _quintile_scores(pd.Series(orders), ids)
    result["m_score"] = _quintile_scores(pd.Series(revenue), ids)
    result["rfm_code"] = (
        result["r_score"].astype(str) + result["f_score"].astype(str) + result["m_score"].astype(str)
    )
    result["segment"] = rfm_segment(result["r_score"], result["f_score"], result["m_score"])
    return result


def customer_lifetime_value(margin, retention, discount_rate, acquisition_cost=0.0):
    """Customer lifetime value: CLV = m r / (1 + i - r) - AC (Gupta and Lehmann, 2003).

    The present value of a customer's future margins, with a constant margin ``m`` per period, a constant
    retention rate ``r`` and a discount rate ``i`` over an infinite horizon, minus what it cost to acquire them.
    The first margin arrives one period after acquisition, if the customer stays.

    Parameters
    ----------
    margin : number, array or Series
        Margin per customer per period (e.g. euros per year). May be negative for a loss-making customer.
    retention : number, array or Series
        Share of customers who stay from one period to the next, a fraction in [0, 1).
    discount_rate : number, array or Series
        Discount rate per period, a fraction in [0, 1] (0.10 for 10% a year).
    acquisition_cost : number, array or Series, default 0
        Cost of acquiring the customer, in the same currency, not negative.

    Returns
    -------
    float, ndarray or Series named ``clv``, in the currency of ``margin``.

    Examples
    --------
    >>> customer_lifetime_value(margin=100.0, retention=0.8, discount_rate=0.1)   # 100 x 0.8 / 0.3
    266.67
    >>> customer_lifetime_value(100.0, 0.8, 0.1, acquisition_cost=50.0)
    216.67
    """
    m = as_numeric(margin, "margin", allow_negative=True)
    r = as_numeric(retention, "retention")
    i = as_numeric(discount_rate, "discount_rate")
    ac = as_numeric(acquisition_cost, "acquisition_cost")
    check_range(r, low=0, high=1, include_high=False,
                hint="Give it as a fraction below 1 (0.8 for 80%); at 1, customers never leave and CLV is infinite.")
    check_range(i, low=0, high=1, hint="Give it as a fraction (0.10 for 10% a year).")
    (m_values, r_values, i_values, ac_values), index, all_scalar = align(m, r, i, ac)
    clv = m_values * r_values / (1 + i_values - r_values) - ac_values
    return wrap(clv, index, all_scalar, "clv")


def referral_value(referrals, clv_of_referred, share_would_buy_anyway, acquisition_cost):
    """Customer referral value: what a customer's referrals are worth to the firm (Kumar, Petersen and Leone, 2007).

    referral value = referrals x [(1 - s) x CLV_referred + s x AC]

    Of the customers someone refers, a share ``s`` would have bought anyway: for them the referral only saves the
    acquisition cost AC. The others (1 - s) would not have bought without the referral: the firm gains their
    whole lifetime value. This is the idea of Kumar, Petersen and Leone ("How valuable is word of mouth?",
    Harvard Business Review, October 2007), simplified to one period with average values.

    Parameters
    ----------
    referrals : number, array or Series
        Customers referred (people), not negative.
    clv_of_referred : number, array or Series
        Average lifetime value of a referred customer (see :func:`customer_lifetime_value`), in euros.
    share_would_buy_anyway : number, array or Series
        Fraction in [0, 1] of referred customers who would have bought without the referral.
    acquisition_cost : number, array or Series
        What it costs to acquire a customer through marketing, in euros, not negative.

    Returns
    -------
    float, ndarray or Series named ``referral_value``, in euros.

    Examples
    --------
    >>> referral_value(referrals=4, clv_of_referred=200.0, share_would_buy_anyway=0.25, acquisition_cost=40.0)
    640.0
    """
    n = as_numeric(referrals, "referrals")
    clv = as_numeric(clv_of_referred, "clv_of_referred", allow_negative=True)
    s = as_numeric(share_would_buy_anyway, "share_would_buy_anyway")
    ac = as_numeric(acquisition_cost, "acquisition_cost")
    check_range(s, low=0, high=1, hint="Give it as a fraction (0.25 for 25%).")
    (n_values, clv_values, s_values, ac_values), index, all_scalar = align(n, clv, s, ac)
    value = n_values * ((1 - s_values) * clv_values + s_values * ac_values)
    return wrap(value, index, all_scalar, "referral_value")
