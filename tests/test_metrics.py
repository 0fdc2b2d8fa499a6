"""Tests of smm_course.metrics: hand-computed values, the course conventions, and kind errors."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smm_course import metrics

FAST = settings(max_examples=60, deadline=None)

RATES = [
    # (function, numerator argument, denominator argument, scale)
    (metrics.engagement_rate, "engagements", "base", 1),
    (metrics.amplification_rate, "shares", "followers", 1),
    (metrics.applause_rate, "likes", "followers", 1),
    (metrics.virality_rate, "shares", "impressions", 1),
    (metrics.click_through_rate, "clicks", "impressions", 1),
    (metrics.conversion_rate, "conversions", "clicks", 1),
    (metrics.cost_per_engagement, "cost", "engagements", 1),
    (metrics.cpm, "cost", "impressions", 1000),
    (metrics.cpc, "cost", "clicks", 1),
    (metrics.response_rate, "answered", "received", 1),
    (metrics.roas, "revenue", "cost", 1),
]
IDS = [rate[0].__name__ for rate in RATES]


# --- hand-computed values -----------------------------------------------------------------------------------


def test_engagements_add_the_four_interactions_and_optionally_saves():
    # 120 likes + 8 comments + 5 shares + 30 clicks = 163; with 12 saves, 175
    assert metrics.engagements(120, 8, 5, 30) == 163.0
    assert metrics.engagements(120, 8, 5, 30, saves=12) == 175.0


def test_engagements_on_series_keeps_the_index_and_names_the_result():
    index = pd.Index([101, 102], name="post_id")
    likes = pd.Series([10, 0], index=index)
    result = metrics.engagements(likes, pd.Series([1, 2], index=index), 3, pd.Series([4, 5], index=index))
    # post 101: 10 + 1 + 3 + 4 = 18; post 102: 0 + 2 + 3 + 5 = 10
    assert result.tolist() == [18.0, 10.0]
    assert result.index.equals(index)
    assert result.name == "engagements"


@pytest.mark.parametrize(
    ("function", "numerator", "denominator", "expected"),
    [
        (metrics.engagement_rate, 163, 2400, 163 / 2400),
        (metrics.amplification_rate, 30, 12_000, 30 / 12_000),
        (metrics.applause_rate, 480, 12_000, 480 / 12_000),
        (metrics.virality_rate, 30, 15_000, 30 / 15_000),
        (metrics.click_through_rate, 45, 3000, 45 / 3000),
        (metrics.conversion_rate, 9, 300, 9 / 300),
        (metrics.cost_per_engagement, 250.0, 1000, 250 / 1000),
        (metrics.cpm, 120.0, 40_000, 120 / 40_000 * 1000),  # euros per thousand impressions
        (metrics.cpc, 120.0, 300, 120 / 300),
        (metrics.response_rate, 188, 200, 188 / 200),
    ],
)
def test_rates_match_the_course_formula_and_return_python_floats(function, numerator, denominator, expected):
    result = function(numerator, denominator)
    assert type(result) is float
    assert result == pytest.approx(expected)


def test_roas_is_revenue_per_euro_spent():
    # 20,139.52 / 13,768.13 = 1.4628: about €1.46 of sales per euro, the autumn campaign's tagged revenue
    assert metrics.roas(20_139.52, 13_768.13) == pytest.approx(1.46276, abs=1e-5)
    assert metrics.roas(0, 500) == 0.0


def test_roi_counts_gross_profit_not_revenue():
    # (15,000 x 0.5 - 10,000) / 10,000 = -0.25: revenue above the cost, yet a loss at a 50% margin
    assert metrics.roi(15_000, 10_000, margin=0.5) == pytest.approx(-0.25)
    # (30,000 x 0.5 - 10,000) / 10,000 = 0.5
    assert metrics.roi(30_000, 10_000, margin=0.5) == pytest.approx(0.5)
    # with a 100% margin every euro of sales is profit: the revenue-based ratio (15,000 - 10,000) / 10,000
    assert metrics.roi(15_000, 10_000, margin=1.0) == pytest.approx(0.5)
    assert metrics.roi(8_000, 10_000, margin=0.0) == pytest.approx(-1.0)
    assert np.isnan(metrics.roi(500, 0, margin=0.5))


def test_roi_breaks_even_where_roas_equals_one_over_the_margin():
    # ROAS 2 at a 50% margin: (20,000 x 0.5 - 10,000) / 10,000 = 0
    assert metrics.roas(20_000, 10_000) == 2.0
    assert metrics.roi(20_000, 10_000, margin=0.5) == pytest.approx(0.0)
    # margin 0.4: break-even ROAS 2.5; a ROAS of 2.4 loses (24,000 x 0.4 - 10,000) / 10,000 = -0.04
    assert metrics.roi(24_000, 10_000, margin=0.4) == pytest.approx(-0.04)


def test_roi_works_on_series_with_one_margin_or_one_margin_per_row():
    index = pd.Index(["Instagram", "TikTok"], name="channel")
    revenue = pd.Series([3_000.0, 1_000.0], index=index)
    cost = pd.Series([1_000.0, 1_000.0], index=index)
    result = metrics.roi(revenue, cost, margin=0.5)
    # Instagram (1,500 - 1,000) / 1,000 = 0.5; TikTok (500 - 1,000) / 1,000 = -0.5
    assert result.name == "roi" and result.index.equals(index)
    assert result.tolist() == pytest.approx([0.5, -0.5])
    per_row = metrics.roi(revenue, cost, margin=pd.Series([0.5, 0.6], index=index))
    assert per_row.tolist() == pytest.approx([0.5, -0.4])  # TikTok (600 - 1,000) / 1,000


@pytest.mark.parametrize("margin", [50, 1.2])
def test_roi_refuses_a_margin_that_is_not_a_fraction(margin):
    with pytest.raises(ValueError, match=r"^margin must be in \[0, 1\].*0\.5 means 50%"):
        metrics.roi(15_000, 10_000, margin=margin)
    with pytest.raises(ValueError, match=r"^margin must not be negative"):
        metrics.roi(15_000, 10_000, margin=-0.1)


def test_roi_needs_a_stated_margin():
    with pytest.raises(TypeError, match="margin"):
        metrics.roi(15_000, 10_000)


@pytest.mark.parametrize(("function", "numerator", "denominator", "scale"), RATES, ids=IDS)
def test_rates_work_on_arrays_and_series(function, numerator, denominator, scale):
    top = np.array([1.0, 2.0, 3.0])
    bottom = np.array([10.0, 20.0, 5.0])
    expected = top / bottom * scale
    np.testing.assert_allclose(function(top, bottom), expected)
    index = pd.Index(["p1", "p2", "p3"], name="post_id")
    result = function(pd.Series(top, index=index), pd.Series(bottom, index=index))
    assert isinstance(result, pd.Series)
    assert result.index.equals(index)
    assert result.name == function.__name__
    np.testing.assert_allclose(result.to_numpy(), expected)


def test_series_with_the_same_labels_in_another_order_are_aligned_by_label():
    shares = pd.Series([1, 2], index=["a", "b"])
    impressions = pd.Series([8, 4], index=["b", "a"])
    result = metrics.virality_rate(shares, impressions)
    # a: 1 / 4, b: 2 / 8
    assert result.to_dict() == {"a": 0.25, "b": 0.25}


def test_a_scalar_denominator_broadcasts_over_a_series():
    result = metrics.click_through_rate(pd.Series([5, 10]), 100)
    assert result.tolist() == [0.05, 0.10]


def test_nullable_integer_columns_are_accepted_and_missing_values_propagate():
    clicks = pd.Series([5, None], dtype="Int64")
    result = metrics.click_through_rate(clicks, pd.Series([100, 100]))
    assert result.iloc[0] == 0.05
    assert np.isnan(result.iloc[1])


# --- the course conventions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("function", "numerator", "denominator", "scale"), RATES, ids=IDS)
def test_zero_denominator_gives_nan_without_a_warning(function, numerator, denominator, scale):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert np.isnan(function(0, 0))
        result = function(np.array([0.0, 0.0]), np.array([0.0, 5.0]))
        assert np.isnan(result[0]) and result[1] == 0.0
        if function is not metrics.response_rate:  # answers cannot outnumber messages
            assert np.isnan(function(7, 0))


@pytest.mark.parametrize(("function", "numerator", "denominator", "scale"), RATES, ids=IDS)
def test_nan_inputs_propagate(function, numerator, denominator, scale):
    assert np.isnan(function(np.nan, 10))
    assert np.isnan(function(1, np.nan))


@pytest.mark.parametrize(("function", "numerator", "denominator", "scale"), RATES, ids=IDS)
def test_negative_counts_are_refused_with_the_argument_name_and_index(function, numerator, denominator, scale):
    with pytest.raises(ValueError, match=rf"^{numerator} must not be negative; found -3 at index 12"):
        function(pd.Series([1, -3], index=[11, 12]), pd.Series([10, 10], index=[11, 12]))
    with pytest.raises(ValueError, match=rf"^{denominator} must not be negative; found -1\b"):
        function(1, -1)


@pytest.mark.parametrize(("function", "numerator", "denominator", "scale"), RATES, ids=IDS)
def test_text_where_a_number_belongs_is_refused(function, numerator, denominator, scale):
    with pytest.raises(ValueError, match=rf"^{numerator} must be a number; found the text '12'"):
        function("12", 100)
    with pytest.raises(ValueError, match=rf"^{denominator} must be numbers; found the text 'n/a' at index 'b'"):
        function(pd.Series([1, 2], index=["a", "b"]), pd.Series([10, "n/a"], index=["a", "b"]))
    with pytest.raises(ValueError, match=rf"^{numerator} must be numbers; found the text 'x' at position 1"):
        function([1, "x"], [2, 3])


def test_a_whole_table_is_refused_with_a_hint():
    posts = pd.DataFrame({"likes": [1], "followers": [10]})
    with pytest.raises(ValueError, match=r"^likes must be one column of numbers, not a whole table"):
        metrics.applause_rate(posts, posts["followers"])


def test_inputs_of_different_lengths_or_indexes_are_refused_naming_both():
    with pytest.raises(ValueError, match=r"clicks has 3, impressions has 2 values"):
        metrics.click_through_rate([1, 2, 3], [10, 20])
    with pytest.raises(ValueError, match=r"^clicks and impressions have different indexes"):
        metrics.click_through_rate(pd.Series([1, 2]), pd.Series([10, 20], index=[5, 6]))


def test_response_rate_refuses_more_answers_than_messages():
    with pytest.raises(ValueError, match=r"^answered must not exceed received; found 5 answered out of 4"):
        metrics.response_rate([3, 5], [4, 4])


# --- properties ---------------------------------------------------------------------------------------------


@st.composite
def subsets(draw):
    """Pairs of counts where the numerator counts a subset of the denominator (e.g. clicks of impressions)."""
    size = draw(st.integers(1, 20))
    bottom = draw(st.lists(st.integers(0, 10**7), min_size=size, max_size=size))
    top = [draw(st.integers(0, value)) for value in bottom]
    return np.array(top), np.array(bottom)


@FAST
@given(subsets())
def test_a_rate_of_a_subset_is_a_fraction_or_nan_when_the_denominator_is_zero(pair):
    top, bottom = pair
    for function in (metrics.click_through_rate, metrics.virality_rate, metrics.response_rate):
        rates = function(top, bottom)
        defined = bottom > 0
        assert ((rates[defined] >= 0) & (rates[defined] <= 1)).all()
        assert np.isnan(rates[~defined]).all()


@FAST
@given(subsets())
def test_pooled_rate_is_sum_over_sum_and_lies_within_the_per_post_rates(pair):
    top, bottom = pair
    pooled = metrics.average_rate(top, bottom, method="pooled")
    if bottom.sum() == 0:
        assert np.isnan(pooled)
        return
    assert pooled == pytest.approx(top.sum() / bottom.sum())
    per_post = top[bottom > 0] / bottom[bottom > 0]
    assert per_post.min() - 1e-12 <= pooled <= per_post.max() + 1e-12


# --- average_rate -------------------------------------------------------------------------------------------


def test_pooled_and_mean_rates_differ_as_documented():
    engagements = [10, 1]
    reach = [100, 2]
    # pooled: (10 + 1) / (100 + 2); mean of per-post rates: (10/100 + 1/2) / 2 = 0.3
    assert metrics.average_rate(engagements, reach, method="pooled") == pytest.approx(11 / 102)
    assert metrics.average_rate(engagements, reach, method="mean") == pytest.approx(0.3)


def test_mean_rate_skips_posts_with_zero_denominator_and_missing_values():
    # rates: 0.1, undefined (0 reach), missing; the mean is 0.1 and the pooled rate (10 + 5) / (100 + 0) = 0.15
    engagements = pd.Series([10, 5, np.nan])
    reach = pd.Series([100, 0, 50])
    assert metrics.average_rate(engagements, reach, method="mean") == pytest.approx(0.1)
    assert metrics.average_rate(engagements, reach, method="pooled") == pytest.approx(0.15)


def test_average_rate_by_group_uses_the_group_name_and_category_order():
    posts = pd.DataFrame({
        "platform": pd.Categorical(["X", "X", "TikTok", "X"], categories=["TikTok", "X", "LinkedIn"]),
        "engagements": [10, 1, 6, 4],
        "reach": [100, 2, 60, 0],
    })
    pooled = metrics.average_rate(posts["engagements"], posts["reach"], by=posts["platform"])
    # TikTok: 6 / 60 = 0.1; X: (10 + 1 + 4) / (100 + 2 + 0) = 15 / 102
    assert pooled.index.tolist() == ["TikTok", "X"]
    assert pooled.index.name == "platform"
    assert pooled.tolist() == pytest.approx([0.1, 15 / 102])
    mean = metrics.average_rate(posts["engagements"], posts["reach"], by=posts["platform"], method="mean")
    # X: (0.1 + 0.5) / 2, the post with zero reach has no rate
    assert mean["X"] == pytest.approx(0.3)


def test_average_rate_refuses_a_wrong_method_or_group_length():
    with pytest.raises(ValueError, match=r"^method must be one of 'pooled', 'mean'; got 'median'"):
        metrics.average_rate([1], [2], method="median")
    with pytest.raises(ValueError, match=r"^by must have one label per row: it has 1 labels for 2 rows"):
        metrics.average_rate([1, 2], [3, 4], by=["X"])


# --- response_times -----------------------------------------------------------------------------------------


def messages_table():
    return pd.DataFrame({
        "message_id": [1, 2, 3, 4],
        "received_at": pd.to_datetime(["2025-04-07 09:00", "2025-04-07 10:00", "2025-04-08 08:00",
                                       "2025-04-08 12:00"]),
        "answered_at": pd.to_datetime(["2025-04-07 10:30", "2025-04-07 16:00", None, "2025-04-09 12:00"]),
    })


def test_response_times_in_hours_exclude_but_count_unanswered_messages():
    times = metrics.response_times(messages_table())
    # waits: 1.5 h, 6 h, never, 24 h -> median of (1.5, 6, 24) = 6, mean = 31.5 / 3 = 10.5
    assert times.hours.tolist()[:2] == [1.5, 6.0] and np.isnan(times.hours.iloc[2]) and times.hours.iloc[3] == 24.0
    assert times.median == pytest.approx(6.0)
    assert times.mean == pytest.approx(10.5)
    assert (times.received, times.answered, times.unanswered) == (4, 3, 1)
    assert times.response_rate == pytest.approx(0.75)
    assert times.to_dict()["median_hours"] == pytest.approx(6.0)
    assert "unanswered=1" in repr(times) and "median=6.00 h" in repr(times)


def test_response_times_reads_text_timestamps_and_other_column_names():
    table = pd.DataFrame({"in": ["2025-01-01 10:00"], "out": ["2025-01-01 10:45"]})
    assert metrics.response_times(table, received="in", answered="out").median == pytest.approx(0.75)


def test_response_times_explains_a_wrong_column_name():
    with pytest.raises(ValueError, match=r"no column 'answered' \(the answered= argument\).*answered_at"):
        metrics.response_times(messages_table(), answered="answered")


def test_response_times_refuses_answers_before_the_message():
    table = messages_table()
    table.loc[1, "answered_at"] = pd.Timestamp("2025-04-07 08:00")
    with pytest.raises(ValueError, match=r"1 message was answered before arriving \(first at index 1\)"):
        metrics.response_times(table)


def test_response_times_refuses_a_non_table():
    with pytest.raises(ValueError, match=r"^messages must be a pandas DataFrame"):
        metrics.response_times([1, 2])


# --- share_of_voice -----------------------------------------------------------------------------------------


def test_share_of_voice_from_counts():
    shares = metrics.share_of_voice({"Nuvola": 120, "Brezza": 50, "Zest": 30})
    # 120 / 200, 50 / 200, 30 / 200
    assert shares.to_dict() == {"Nuvola": 0.6, "Brezza": 0.25, "Zest": 0.15}
    assert shares.name == "share_of_voice"
    assert np.isnan(metrics.share_of_voice(pd.Series({"Nuvola": 0, "Zest": 0}))).all()


def mentions_table():
    return pd.DataFrame({
        "brand": pd.Categorical(["Nuvola", "Zest", "Nuvola", "Nuvola", None],
                                categories=["Nuvola", "Brezza", "Zest"]),
        "posted_at": pd.to_datetime(["2025-04-01", "2025-04-02", "2025-06-03", "2025-06-04", "2025-06-05"]),
        "author_followers": [100, 300, 50, 50, 1000],
    })


def test_share_of_voice_from_a_mentions_table_counts_rows_per_brand():
    shares = metrics.share_of_voice(mentions_table())
    # 3 Nuvola, 0 Brezza, 1 Zest out of 4 mentions with a brand (categories keep their order)
    assert shares.to_dict() == {"Nuvola": 0.75, "Brezza": 0.0, "Zest": 0.25}


def test_share_of_voice_per_month_is_wide_sums_to_one_and_leaves_empty_months_nan():
    shares = metrics.share_of_voice(mentions_table(), period="M")
    assert shares.index.tolist() == list(pd.to_datetime(["2025-04-01", "2025-05-01", "2025-06-01"]))
    assert shares.index.name == "month"
    assert shares.columns.tolist() == ["Nuvola", "Brezza", "Zest"]
    assert shares.loc["2025-04-01"].tolist() == [0.5, 0.0, 0.5]
    assert shares.loc["2025-05-01"].isna().all()  # no mentions at all: a zero denominator
    assert shares.loc["2025-06-01"].tolist() == [1.0, 0.0, 0.0]


def test_share_of_voice_per_week_starts_on_monday():
    shares = metrics.share_of_voice(mentions_table(), period="W")
    assert shares.index[0] == pd.Timestamp("2025-03-31")  # the Monday of the week of 1 April 2025
    assert (shares.index.day_of_week == 0).all()


def test_share_of_voice_weighted_by_a_column():
    shares = metrics.share_of_voice(mentions_table(), weight="author_followers")
    # Nuvola 100 + 50 + 50 = 200, Zest 300: 200 / 500 and 300 / 500
    assert shares.to_dict() == {"Nuvola": 0.4, "Brezza": 0.0, "Zest": 0.6}


@FAST
@given(st.dictionaries(st.sampled_from(["Nuvola", "Brezza", "Sorgente", "Zest"]), st.integers(0, 10**6),
                       min_size=1))
def test_share_of_voice_sums_to_one_unless_there_are_no_mentions(counts):
    shares = metrics.share_of_voice(counts)
    if sum(counts.values()) == 0:
        assert shares.isna().all()
    else:
        assert shares.sum() == pytest.approx(1.0)
        assert ((shares >= 0) & (shares <= 1)).all()


@FAST
@given(st.lists(st.tuples(st.sampled_from(["Nuvola", "Brezza", "Zest"]), st.integers(0, 90)), min_size=1,
                max_size=60))
def test_share_of_voice_per_week_sums_to_one_in_every_week_with_mentions(rows):
    table = pd.DataFrame({
        "brand": [brand for brand, _ in rows],
        "posted_at": pd.Timestamp("2025-01-01") + pd.to_timedelta([day for _, day in rows], unit="D"),
    })
    shares = metrics.share_of_voice(table, period="W")
    totals = shares.sum(axis=1, min_count=1)
    assert np.allclose(totals.dropna(), 1.0)
    weeks_with_mentions = table["posted_at"].dt.to_period("W").dt.start_time.unique()
    assert set(totals.dropna().index) == set(weeks_with_mentions)


def test_share_of_voice_bad_input_messages():
    with pytest.raises(ValueError, match=r"no column 'brnd' \(the brand= argument\).*Its columns are: brand"):
        metrics.share_of_voice(mentions_table(), brand="brnd")
    with pytest.raises(ValueError, match=r"^period must be one of 'D', 'W', 'M', 'Q', 'Y'; got 'week'"):
        metrics.share_of_voice(mentions_table(), period="week")
    with pytest.raises(ValueError, match=r"^mentions must not be negative; found -1 at index 'Zest'"):
        metrics.share_of_voice({"Nuvola": 3, "Zest": -1})
    with pytest.raises(ValueError, match=r"period and weight need a table of mentions"):
        metrics.share_of_voice({"Nuvola": 3}, period="M")
    with pytest.raises(ValueError, match=r"^mentions must be counts per brand"):
        metrics.share_of_voice([3, 4])


def test_metrics_are_fast_on_a_large_export():
    import time

    rng = np.random.default_rng(0)
    reach = pd.Series(rng.integers(0, 100_000, 200_000))
    engaged = pd.Series(rng.integers(0, 1000, 200_000))
    start = time.perf_counter()
    metrics.engagement_rate(engaged, reach)
    metrics.average_rate(engaged, reach, by=pd.Series(rng.integers(0, 6, 200_000)))
    assert time.perf_counter() - start < 2.0  # vectorised: well under a second on a laptop
