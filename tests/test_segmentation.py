"""Tests of smm_course.segmentation: RFM scores and segments, CLV and referral value."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smm_course import segmentation as seg

FAST = settings(max_examples=60, deadline=None)


def customers_table(n: int = 10, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame({
        "customer_id": np.arange(1, n + 1),
        "last_order_date": pd.Timestamp("2025-12-31") - pd.to_timedelta(rng.integers(0, 365, n), unit="D"),
        "orders": rng.integers(1, 20, n),
        "revenue": rng.gamma(2.0, 100.0, n).round(2),
    })


# --- rfm_scores ---------------------------------------------------------------------------------------------


def test_rfm_scores_by_hand_for_ten_customers():
    customers = pd.DataFrame({
        "customer_id": list("abcdefghij"),
        # days before 2025-12-31: 0, 10, 20, ..., 90
        "last_order_date": pd.Timestamp("2025-12-31") - pd.to_timedelta(np.arange(10) * 10, unit="D"),
        "orders": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        "revenue": [100.0, 90, 80, 70, 60, 50, 40, 30, 20, 10],
    })
    scores = seg.rfm_scores(customers, as_of="2025-12-31")
    assert scores["recency_days"].tolist() == [0, 10, 20, 30, 40, 50, 60, 70, 80, 90]
    # ten customers, two per quintile: the two most recent get R = 5, the two with most orders F = 5, ...
    assert scores["r_score"].tolist() == [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]
    assert scores["f_score"].tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert scores["m_score"].tolist() == [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]
    assert scores["rfm_code"].tolist() == ["515", "515", "424", "424", "333", "333", "242", "242", "151", "151"]
    # 515: R 5, F 1, FM 3 -> Loyal; 424: FM 3 -> Loyal; 333 -> Loyal; 242: R 2, FM 3 -> At risk; 151 -> At risk
    assert scores["segment"].tolist() == ["Loyal"] * 6 + ["At risk"] * 4
    assert scores.index.equals(customers.index)
    assert scores.columns.tolist() == ["customer_id", "recency_days", "orders", "revenue", "r_score", "f_score",
                                       "m_score", "rfm_code", "segment"]


def test_rfm_default_as_of_is_the_latest_order_and_recency_can_be_days_already():
    customers = customers_table()
    scores = seg.rfm_scores(customers)
    assert scores["recency_days"].min() == 0
    as_days = customers.assign(last_order_date=scores["recency_days"])
    again = seg.rfm_scores(as_days)
    assert again["r_score"].equals(scores["r_score"])


def test_ten_identical_customers_get_the_same_scores():
    customers = pd.DataFrame({"customer_id": range(1, 11), "last_order_date": pd.Timestamp("2025-12-01"),
                              "orders": 3, "revenue": 120.0})
    scores = seg.rfm_scores(customers, as_of="2025-12-31")
    # nobody is strictly worse than anybody: b = 0, so every score is 1 + floor(5 x 0 / 10) = 1
    assert scores["rfm_code"].tolist() == ["111"] * 10
    assert scores["segment"].astype(str).tolist() == ["Lost"] * 10  # R == 1: the last rule
    # the same scores whatever the ids say
    renamed = seg.rfm_scores(customers.assign(customer_id=range(10, 0, -1)), as_of="2025-12-31")
    assert renamed["rfm_code"].equals(scores["rfm_code"])


def test_one_time_buyers_all_get_f_1_and_the_next_quintiles_shrink():
    orders = [1] * 12 + [2, 2, 3, 4, 5, 6, 7, 8]  # 20 customers, 12 of them bought once
    customers = pd.DataFrame({
        "customer_id": range(1, 21),
        "last_order_date": pd.Timestamp("2025-12-31") - pd.to_timedelta(np.arange(20), unit="D"),
        "orders": orders,
        "revenue": np.arange(1, 21) * 10.0,
    })
    scores = seg.rfm_scores(customers)
    # F = 1 + floor(5 b / 20), b = customers with fewer orders:
    # 1 order: b = 0 -> 1;  2 orders: b = 12 -> 1 + 3 = 4;  3: b = 14 -> 1 + 3 = 4;  4: b = 15 -> 1 + 3 = 4;
    # 5: b = 16 -> 1 + 4 = 5;  6: b = 17 -> 5;  7: b = 18 -> 5;  8: b = 19 -> 5
    assert scores["f_score"].tolist() == [1] * 12 + [4, 4, 4, 4, 5, 5, 5, 5]
    # so F = 2 and F = 3 are empty, and F = 1 holds 12 customers instead of a fifth (4)
    assert scores["f_score"].value_counts().reindex(range(1, 6), fill_value=0).tolist() == [12, 0, 0, 4, 4]
    # with F = 1, (F+M)/2 is at most 3: no one-time buyer is a Champion
    one_timers = scores[customers["orders"] == 1]
    assert not (one_timers["segment"] == "Champions").any()
    # the same scores whatever the row order or the ids
    shuffled = seg.rfm_scores(customers.sample(frac=1, random_state=3).assign(customer_id=range(20, 0, -1)))
    assert shuffled.loc[scores.index, "f_score"].equals(scores["f_score"])


@FAST
@given(st.integers(5, 200), st.integers(0, 10_000))
def test_without_ties_every_rfm_score_holds_a_fifth_of_the_customers(n, seed):
    rng = np.random.default_rng(seed)
    customers = pd.DataFrame({  # permutations: no two customers share a value
        "customer_id": np.arange(n),
        "last_order_date": rng.permutation(n),
        "orders": rng.permutation(n) + 1,
        "revenue": rng.permutation(n) * 1.5,
    })
    scores = seg.rfm_scores(customers)
    for column in ("r_score", "f_score", "m_score"):
        counts = scores[column].value_counts().reindex([1, 2, 3, 4, 5], fill_value=0)
        assert counts.max() - counts.min() <= 1  # balanced: sizes differ by at most one customer
        assert counts.sum() == n


@FAST
@given(st.integers(5, 120), st.integers(0, 10_000))
def test_rfm_scores_give_equal_values_equal_scores_and_never_reverse_the_order(n, seed):
    customers = customers_table(n, seed)  # few distinct order counts and dates: many ties
    scores = seg.rfm_scores(customers)
    for value, score, ascending in (("recency_days", "r_score", False), ("orders", "f_score", True),
                                    ("revenue", "m_score", True)):
        per_value = scores.groupby(value)[score]
        assert (per_value.nunique() == 1).all()  # equal values, one score
        ordered = per_value.first().sort_index(ascending=ascending)
        assert ordered.is_monotonic_increasing  # a better value never gets a lower score
        # ties may make quintiles uneven, but score >= k never holds more than the best (6 - k) fifths
        for k in range(1, 6):
            assert (scores[score] >= k).sum() <= (6 - k) * n / 5


def test_rfm_segment_rules_cover_every_score_combination_in_order():
    grid = pd.MultiIndex.from_product([range(1, 6)] * 3, names=["r", "f", "m"]).to_frame(index=False)
    segments = seg.rfm_segment(grid["r"], grid["f"], grid["m"])
    assert segments.notna().all()
    assert set(segments.cat.categories) == set(seg.rfm_segment_rules()["segment"])
    assert list(segments.cat.categories) == [name for name, _, _ in seg.RFM_SEGMENTS]
    named = grid.assign(segment=segments.astype(str))
    fm = (named["f"] + named["m"]) / 2
    assert (named.loc[(named["r"] >= 4) & (fm >= 4), "segment"] == "Champions").all()
    assert (named.loc[(named["r"] <= 2) & (fm >= 3), "segment"] == "At risk").all()
    assert (named.loc[(named["r"] == 1) & (fm < 3), "segment"] == "Lost").all()
    assert (named.loc[(named["r"] == 2) & (fm < 3), "segment"] == "Hibernating").all()
    assert seg.rfm_segment(5, 1, 2) == "New"  # recent, one order, FM 1.5
    assert seg.rfm_segment(3, 1, 2) == "Potential"


def test_rfm_rule_texts_read_from_the_top_name_every_score_combination_as_the_code_does():
    """The rules table is what students read; taken literally, it must give each customer the code's segment."""
    rules = seg.rfm_segment_rules()
    for r in range(1, 6):
        for f in range(1, 6):
            for m in range(1, 6):
                scores = {"R": r, "F": f, "M": m}
                first_fit = next(row.segment for row in rules.itertuples()
                                 if eval(row.rule, {}, scores))  # noqa: S307
                assert first_fit == seg.rfm_segment(r, f, m), (r, f, m, first_fit)


def test_rfm_bad_input_messages():
    customers = customers_table()
    with pytest.raises(ValueError, match=r"no column 'revenu' \(the monetary= argument\)\. Did you mean 'revenue'\?"
                                         r" Its columns are: customer_id, last_order_date, orders, revenue"):
        seg.rfm_scores(customers, monetary="revenu")
    with pytest.raises(ValueError, match=r"^customers must have at least 5 rows"):
        seg.rfm_scores(customers.head(4))
    with pytest.raises(ValueError, match=r"^customers must be a pandas DataFrame"):
        seg.rfm_scores(customers.to_dict())
    broken = customers.copy()
    broken.loc[3, "orders"] = -2
    with pytest.raises(ValueError, match=r"^column 'orders' must not be negative; found -2 at index 3"):
        seg.rfm_scores(broken)
    broken = customers.copy()
    broken.loc[2, "last_order_date"] = pd.NaT
    with pytest.raises(ValueError, match=r"column 'last_order_date' \(the recency= argument\) has 1 missing"):
        seg.rfm_scores(broken)
    with pytest.raises(ValueError, match=r"^as_of \(2025-01-01\) is before some last orders"):
        seg.rfm_scores(customers, as_of="2025-01-01")
    with pytest.raises(ValueError, match=r"must list each customer once; 1 appears twice"):
        seg.rfm_scores(pd.concat([customers, customers.head(1)], ignore_index=True))
    with pytest.raises(ValueError, match=r"^r_score must be in \[1, 5\]; found 6"):
        seg.rfm_segment(6, 1, 1)


# --- customer_lifetime_value and referral_value --------------------------------------------------------------


def test_clv_by_hand():
    # m r / (1 + i - r) - AC = 100 x 0.8 / (1 + 0.1 - 0.8) - 50 = 80 / 0.3 - 50
    assert seg.customer_lifetime_value(100.0, 0.8, 0.1, acquisition_cost=50.0) == pytest.approx(80 / 0.3 - 50)
    # no retention: the customer never comes back
    assert seg.customer_lifetime_value(100.0, 0.0, 0.1) == 0.0
    values = seg.customer_lifetime_value(pd.Series([100.0, 60.0], index=["a", "b"]), 0.5, 0.0)
    # 100 x 0.5 / 0.5 = 100; 60 x 0.5 / 0.5 = 60
    assert values.to_dict() == {"a": 100.0, "b": 60.0}
    assert values.name == "clv"


@FAST
@given(st.floats(1, 10_000), st.floats(0, 0.98), st.floats(0, 0.98), st.floats(0, 1), st.floats(0, 500))
def test_clv_increases_with_retention_and_falls_with_the_discount_rate(margin, r1, r2, i, cost):
    low, high = sorted([r1, r2])
    assert seg.customer_lifetime_value(margin, high, i, cost) >= seg.customer_lifetime_value(margin, low, i, cost)
    assert seg.customer_lifetime_value(margin, high, 0.05, cost) >= seg.customer_lifetime_value(margin, high, 0.2, cost)


def test_clv_bad_input_messages():
    with pytest.raises(ValueError, match=r"^retention must be in \[0, 1\); found 80\. Give it as a fraction"):
        seg.customer_lifetime_value(100, 80, 0.1)
    with pytest.raises(ValueError, match=r"^retention must be in \[0, 1\); found 1\b"):
        seg.customer_lifetime_value(100, 1.0, 0.1)
    with pytest.raises(ValueError, match=r"^discount_rate must be in \[0, 1\]; found 10"):
        seg.customer_lifetime_value(100, 0.8, 10)
    with pytest.raises(ValueError, match=r"^discount_rate must not be negative"):
        seg.customer_lifetime_value(100, 0.8, -0.1)
    with pytest.raises(ValueError, match=r"^acquisition_cost must not be negative"):
        seg.customer_lifetime_value(100, 0.8, 0.1, acquisition_cost=-5)
    with pytest.raises(ValueError, match=r"^margin must be a number; found the text"):
        seg.customer_lifetime_value("100", 0.8, 0.1)
    # a loss-making customer is allowed: -10 x 0.5 / 0.5 = -10
    assert seg.customer_lifetime_value(-10, 0.5, 0.0) == pytest.approx(-10)


def test_referral_value_by_hand():
    # Kumar, Petersen and Leone: those who would not have joined bring V plus the saved AC; the others, AC only.
    # 4 referrals x [(1 - 0.25) x (200 + 40) + 0.25 x 40] = 4 x (180 + 10) = 760
    assert seg.referral_value(4, 200.0, 0.25, 40.0) == pytest.approx(760.0)
    # a reward of 15 per referral: 4 x (180 + 10 - 15) = 700
    assert seg.referral_value(4, 200.0, 0.25, 40.0, reward=15.0) == pytest.approx(700.0)
    # nobody would have joined anyway: 3 x (100 + 40) = 420, the margins and the saved acquisition cost
    assert seg.referral_value(3, 100.0, 0.0, 40.0) == pytest.approx(420.0)
    # everybody would have joined anyway: only the acquisition cost is saved, 3 x 40 = 120
    assert seg.referral_value(3, 100.0, 1.0, 40.0) == pytest.approx(120.0)
    # a reward above the saving loses money on people who would have joined anyway: 2 x (10 - 25) = -30
    assert seg.referral_value(2, 0.0, 1.0, 10.0, reward=25.0) == pytest.approx(-30.0)
    # 0 and 2 referrals, V = 100, s = 0.5, AC = 20: 2 x [0.5 x 120 + 0.5 x 20] = 2 x 70 = 140
    values = seg.referral_value(pd.Series([0, 2]), 100.0, 0.5, 20.0)
    assert values.tolist() == [0.0, 140.0] and values.name == "referral_value"


def test_referral_value_bad_input_messages():
    with pytest.raises(ValueError, match=r"^referrals must not be negative; found -1"):
        seg.referral_value(-1, 100, 0.2, 10)
    with pytest.raises(ValueError, match=r"^share_would_buy_anyway must be in \[0, 1\]; found 25\. Give it as a"):
        seg.referral_value(2, 100, 25, 10)
    with pytest.raises(ValueError, match=r"^acquisition_cost must not be negative"):
        seg.referral_value(2, 100, 0.2, -10)
    with pytest.raises(ValueError, match=r"^reward must not be negative"):
        seg.referral_value(2, 100, 0.2, 10, reward=-5)
