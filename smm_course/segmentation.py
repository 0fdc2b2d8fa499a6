"""Customer segmentation and customer value: RFM scores and segments, lifetime value, referral value.

The seed article says social media make customer segmentation finer than traditional channels, and that a
customer's value is direct (their purchases) and indirect (the customers they refer). This module measures both:

- :func:`rfm_scores` scores recency, frequency and monetary value in quintiles and names segments;
- :func:`customer_lifetime_value` is the direct value (Gupta and Lehmann);
- :func:`referral_value` is the indirect value (Kumar, Petersen and Leone, 2007 and 2010).
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
from smm_course.i18n import translate

__all__ = [
    "customer_lifetime_value",
    "referral_value",
    "rfm_scores",
    "rfm_segment",
    "rfm_segment_rules",
    "RFM_SEGMENTS",
]

#: RFM segments, best first: (name, rule on the scores, what it means). The rules are read from the top and the
#: first one that matches wins, so "Loyal" means "R >= 3 and (F+M)/2 >= 3, and not a Champion".
RFM_SEGMENTS = (
    ("Champions", "R >= 4 and (F+M)/2 >= 4", "bought recently, buy often and spend the most"),
    ("Loyal", "R >= 3 and (F+M)/2 >= 3", "good, regular customers who are still active"),
    ("New", "R >= 4 and F <= 2", "bought recently, only a few orders so far"),
    ("Potential", "R >= 3", "fairly recent, modest so far: could grow"),
    ("At risk", "R <= 2 and (F+M)/2 >= 3", "used to buy often or spend a lot, but not lately"),
    ("Hibernating", "R == 2", "modest customers who have not bought for a while"),
    ("Lost", "R == 1", "modest customers who have not bought for the longest time"),
)


def rfm_segment_rules() -> pd.DataFrame:
    """The RFM segment rules as a table, checked from top to bottom (the first matching rule wins).

    The segment names are data and stay as they are; the rules and their meanings are written in the course's
    language (``segmentation.*`` in the locales), e.g. "R >= 3 e (F+M)/2 >= 3" in Italian.

    Each score runs from 1 (fewer than 20% of customers are worse) to 5 (at least 80% are worse); (F+M)/2 is the
    mean of the frequency and monetary scores.

    Examples
    --------
    >>> rfm_segment_rules()["segment"].tolist()
    ['Champions', 'Loyal', 'New', 'Potential', 'At risk', 'Hibernating', 'Lost']
    >>> rfm_segment_rules().loc[2, "rule"]
    'R >= 3 and (F+M)/2 >= 3'
    """
    joiner = f" {translate('segmentation.rule_and')} "
    rows = [
        (name, rule.replace(" and ", joiner), translate("segmentation.meaning." + name.lower().replace(" ", "_")))
        for name, rule, _ in RFM_SEGMENTS
    ]
    rules = pd.DataFrame(rows, columns=["segment", "rule", "meaning"])
    # numbered from 1 so that the table itself says in which order the rules are checked
    return rules.set_axis(pd.RangeIndex(1, len(rules) + 1, name="checked"))


def rfm_segment(r_score, f_score, m_score):
    """Name the RFM segment of each customer from their R, F and M scores (1 to 5).

    The rules of :data:`RFM_SEGMENTS` (see :func:`rfm_segment_rules`) are checked from the top; the first
    match wins, and together they cover every combination of scores. (F+M)/2 is the mean of F and M.

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


def _quintile_scores(values) -> np.ndarray:
    """Score 1 to 5: 1 + the number of whole fifths of the customers whose value is strictly lower (5 = highest).

    score = 1 + floor(5 b / n), with b the customers strictly below and n all customers. Equal values share
    one score, since they have the same customers below them, and a higher value never gets a lower score.
    """
    values = pd.Series(np.asarray(values, dtype=float))
    strictly_below = values.rank(method="min").to_numpy(dtype=np.int64) - 1
    return strictly_below * 5 // len(values) + 1


def rfm_scores(customers: pd.DataFrame, customer: str = "customer_id", recency: str = "last_order_date",
               frequency: str = "orders", monetary: str = "revenue", as_of=None) -> pd.DataFrame:
    """Score each customer's recency, frequency and monetary value in quintiles, and name their segment.

    - recency_days = as_of - date of the last order, in days (fewer days is better, so the score is reversed);
    - each of R, F and M is scored 1 to 5 in quintiles: score = 1 + floor(5 b / n), where b counts the customers
      with a strictly worse value (an older last order, fewer orders, less revenue) and n all customers. So 5
      means at least 80% of customers are worse, and 1 that fewer than 20% are;
    - equal values get equal scores, and a better value never gets a lower score. Without ties each score holds
      a fifth of the customers, give or take one. Ties make the quintiles uneven: a group of equal values stays
      whole at the score of the lowest place it takes, so that score holds more than a fifth, the next ones
      fewer, and a score can even be empty. For example, customers with one order are never better than anyone
      on frequency, so they all get F = 1; if they are 30% of the table, F = 2 starts at two orders and holds
      fewer than a fifth. A score of 5 never holds more than the best 20% of customers;
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
    Customers 4 and 5 each ordered once: they tie on frequency, so both get F = 1.

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
    4            5            11      412        New
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
    result["r_score"] = _quintile_scores(-days.to_numpy(dtype=float))  # fewer days is better
    result["f_score"] = _quintile_scores(orders)
    result["m_score"] = _quintile_scores(revenue)
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


def referral_value(referrals, clv_of_referred, share_would_buy_anyway, acquisition_cost, reward=0.0):
    """Customer referral value (CRV): what a customer's referrals are worth to the firm, in euros.

    Kumar, Petersen and Leone split the customers someone refers in two. Those who would *not* have joined
    without the referral bring their margins **plus** the acquisition cost the firm no longer spends on them;
    those who would have joined anyway bring only that saved acquisition cost. The marketing cost that prompted
    the referral (here, a reward per referral) is subtracted. With N referrals, a share s who would have joined
    anyway, the value V of a referred customer's future margins, the acquisition cost AC and the reward R::

        CRV = N x [(1 - s) x (V + AC) + s x AC - R]
            = N x [(1 - s) x V + AC - R]

    The course simplifies the source in four ways: every referred customer is worth the same average V (the
    source adds up each referred customer's own margins minus the cost of keeping them); V is a lifetime value
    that already discounts future margins, while the referrals themselves are not discounted to the period in
    which they happen (the source discounts each period's referrals and counts about a year of them); the
    share s is one fixed number for everyone (the source estimates, for each referral, whether they would have
    joined anyway); and the reward is a fixed amount per referral.

    Parameters
    ----------
    referrals : number, array or Series
        Customers referred, N (people), not negative.
    clv_of_referred : number, array or Series
        V: the value of a referred customer's future margins, in euros per referred customer (e.g.
        :func:`customer_lifetime_value` *without* an acquisition cost, since the firm did not pay one). May be
        negative.
    share_would_buy_anyway : number, array or Series
        s: the fraction in [0, 1] of referred customers who would have joined without the referral.
    acquisition_cost : number, array or Series
        AC: what the firm spends to acquire a customer through its usual marketing, in euros per customer, not
        negative. Every referral saves it, whether or not the customer would have joined anyway.
    reward : number, array or Series, default 0
        R: what the firm pays for each referral (e.g. a voucher for the referrer), in euros per referral, not
        negative.

    Returns
    -------
    float, ndarray or Series named ``referral_value``, in euros.

    References
    ----------
    Kumar, V., Petersen, J. A., & Leone, R. P. (2007). How valuable is word of mouth? *Harvard Business Review*,
    85(10), 139-146.

    Kumar, V., Petersen, J. A., & Leone, R. P. (2010). Driving profitability by encouraging customer referrals:
    who, when, and how. *Journal of Marketing*, 74(5), 1-17.

    Examples
    --------
    Four referrals, each worth V = 200 euros of margins, a quarter of whom would have joined anyway, with an
    acquisition cost of 40 euros: 4 x [0.75 x (200 + 40) + 0.25 x 40] = 4 x (180 + 10) = 760 euros.

    >>> referral_value(referrals=4, clv_of_referred=200.0, share_would_buy_anyway=0.25, acquisition_cost=40.0)
    760.0

    A reward of 15 euros per referral costs 4 x 15 = 60 euros:

    >>> referral_value(4, 200.0, 0.25, 40.0, reward=15.0)
    700.0
    """
    n = as_numeric(referrals, "referrals")
    clv = as_numeric(clv_of_referred, "clv_of_referred", allow_negative=True)
    s = as_numeric(share_would_buy_anyway, "share_would_buy_anyway")
    ac = as_numeric(acquisition_cost, "acquisition_cost")
    prize = as_numeric(reward, "reward")
    check_range(s, low=0, high=1, hint="Give it as a fraction (0.25 for 25%).")
    (n_values, clv_values, s_values, ac_values, prize_values), index, all_scalar = align(n, clv, s, ac, prize)
    not_anyway = (1 - s_values) * (clv_values + ac_values)
    anyway = s_values * ac_values
    value = n_values * (not_anyway + anyway - prize_values)
    return wrap(value, index, all_scalar, "referral_value")
