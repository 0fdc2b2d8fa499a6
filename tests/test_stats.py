"""Tests of smm_course.stats: spikes, A/B tests and confidence intervals."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from scipy import stats as scipy_stats
from scipy.stats.contingency import relative_risk

from smm_course import stats

FAST = settings(max_examples=60, deadline=None)


# --- detect_spikes ------------------------------------------------------------------------------------------


def test_spike_baseline_is_the_previous_window_only():
    daily = pd.Series([10.0, 12, 11, 9, 10, 40, 12], index=pd.date_range("2025-04-01", periods=7))
    result = stats.detect_spikes(daily, window=4, z=3)
    row = result.loc["2025-04-06"]
    previous = np.array([12, 11, 9, 10.0])  # the four days before, not the spike itself
    assert row["baseline_mean"] == pytest.approx(previous.mean())
    assert row["baseline_std"] == pytest.approx(previous.std(ddof=1))
    assert row["z"] == pytest.approx((40 - previous.mean()) / previous.std(ddof=1))
    assert result["spike"].tolist() == [False] * 5 + [True, False]
    assert result.columns.tolist() == ["value", "baseline_mean", "baseline_std", "z", "spike"]
    assert result["baseline_mean"].iloc[:4].isna().all()  # no full baseline yet
    # the day after the spike has it in its baseline: (11 + 9 + 10 + 40) / 4
    assert result["baseline_mean"].iloc[6] == pytest.approx(17.5)


def test_a_spike_that_would_hide_in_its_own_window_is_still_found():
    values = pd.Series([5.0, 6, 5, 6, 30])
    # z with the spike inside its own window of 5 would be (30 - 10.4) / 11.0 = 1.79, below 3
    with_itself = (30 - values.mean()) / values.std(ddof=1)
    assert with_itself < 3
    assert stats.detect_spikes(values, window=4, z=3)["spike"].iloc[-1]


def test_spike_directions_and_flat_baselines():
    values = pd.Series([0.0, 0, 0, 0, 5, 10, 10, 10, 10, 1])
    up = stats.detect_spikes(values, window=4, z=2)
    assert up["spike"].iloc[4]  # 5 after a flat baseline of zeros
    assert np.isnan(up["z"].iloc[4])  # the std is 0: z has a zero denominator
    assert not up["spike"].iloc[9]
    down = stats.detect_spikes(values, window=4, z=2, direction="down")
    assert down["spike"].tolist() == [False] * 9 + [True]
    both = stats.detect_spikes(values, window=4, z=2, direction="both")
    assert both["spike"].iloc[4] and both["spike"].iloc[9]


def test_spikes_with_a_time_span_window_and_a_plain_array():
    daily = pd.Series([1.0, 2, 3, 4, 5, 30], index=pd.date_range("2025-01-01", periods=6))
    result = stats.detect_spikes(daily, window="3D")
    assert result.loc["2025-01-06", "baseline_mean"] == pytest.approx(4.0)  # 3, 4 and 5 January
    assert result["spike"].sum() == 1
    plain = stats.detect_spikes(np.array([1.0, 2, 1, 2, 1, 2, 50]), window=6)
    assert plain.index.tolist() == list(range(7)) and plain["spike"].iloc[-1]


@pytest.mark.parametrize("window", [7, 14])
def test_false_alarm_rate_on_pure_noise_is_the_t_distributions_as_the_docstring_says(window):
    """On normal noise a point is flagged when z * sqrt(w / (w + 1)), a t variable with w - 1 degrees of freedom,
    passes 3 * sqrt(w / (w + 1)): about 1.55% of points at the defaults, not the 0.13% of a normal tail."""
    noise = pd.Series(np.random.default_rng(window).normal(size=200_000))
    flagged = stats.detect_spikes(noise, window=window, z=3)["spike"].iloc[window:].mean()
    expected = scipy_stats.t.sf(3 * math.sqrt(window / (window + 1)), df=window - 1)
    standard_error = math.sqrt(expected * (1 - expected) / len(noise))
    assert abs(flagged - expected) < 4 * standard_error
    assert flagged > 4 * scipy_stats.norm.sf(3)


def test_spikes_bad_input_messages():
    series = pd.Series([1.0, 2, 3])
    with pytest.raises(ValueError, match=r"^window must be a whole number of at least 2; got 1"):
        stats.detect_spikes(series, window=1)
    with pytest.raises(ValueError, match=r"^z must be a positive number"):
        stats.detect_spikes(series, window=2, z=-1)
    with pytest.raises(ValueError, match=r"^direction must be one of 'up', 'down', 'both'"):
        stats.detect_spikes(series, window=2, direction="upward")
    with pytest.raises(ValueError, match=r"^window='7D' is a time span, which needs a series with a DatetimeIndex"):
        stats.detect_spikes(series, window="7D")
    with pytest.raises(ValueError, match=r"^series must be numbers; found the text 'many'"):
        stats.detect_spikes(pd.Series([1, "many"]), window=2)
    with pytest.raises(ValueError, match=r"^series must be one column"):
        stats.detect_spikes(pd.DataFrame({"a": [1.0]}), window=2)
    with pytest.raises(ValueError, match=r"^min_periods \(5\) must not exceed window \(3\)"):
        stats.detect_spikes(series, window=3, min_periods=5)


# --- ab_test ------------------------------------------------------------------------------------------------


def newcombe(x_a, n_a, x_b, n_b, alpha=0.05):
    """Newcombe's hybrid score interval for p_B - p_A, from scipy's Wilson intervals."""
    a = scipy_stats.binomtest(x_a, n_a).proportion_ci(1 - alpha, method="wilson")
    b = scipy_stats.binomtest(x_b, n_b).proportion_ci(1 - alpha, method="wilson")
    p_a, p_b = x_a / n_a, x_b / n_b
    d = p_b - p_a
    low = d - math.sqrt((p_b - b.low) ** 2 + (a.high - p_a) ** 2)
    high = d + math.sqrt((b.high - p_b) ** 2 + (p_a - a.low) ** 2)
    return low, high


def test_ab_test_matches_independent_computations():
    result = stats.ab_test(210, 10_000, 260, 10_000)
    assert result.rate_a == 0.021 and result.rate_b == 0.026
    assert result.absolute_lift == pytest.approx(0.005)
    assert result.relative_lift == pytest.approx(0.026 / 0.021 - 1)
    # z = (p_B - p_A) / sqrt(p (1 - p) (2 / 10,000)) with the pooled p = 470 / 20,000
    pooled = 470 / 20_000
    assert result.z == pytest.approx(0.005 / math.sqrt(pooled * (1 - pooled) * 2 / 10_000))
    # the two-sided z-test p-value equals Pearson's chi-square test without continuity correction
    chi2 = scipy_stats.chi2_contingency([[210, 9790], [260, 9740]], correction=False)
    assert result.p_value == pytest.approx(chi2.pvalue)
    assert result.absolute_ci == pytest.approx(newcombe(210, 10_000, 260, 10_000))
    ratio_ci = relative_risk(260, 10_000, 210, 10_000).confidence_interval(0.95)
    assert result.relative_ci == pytest.approx((ratio_ci.low - 1, ratio_ci.high - 1))
    assert result.significant


def test_ab_test_result_reads_well_and_converts():
    result = stats.ab_test(30, 1000, 36, 1000, alpha=0.1)
    text = repr(result)
    assert "rate A: 3.00% (30 / 1,000)" in text and "rate B: 3.60% (36 / 1,000)" in text
    assert "90% CI" in text and "not significant at alpha = 0.1" in text
    assert "Newcombe" in text and "z-test" in text
    frame = result.to_frame()
    assert frame.index.tolist() == ["rate_a", "rate_b", "absolute_lift", "relative_lift"]
    assert frame.columns.tolist() == ["estimate", "ci_low", "ci_high"]
    assert frame.loc["rate_a", "ci_low"] == pytest.approx(
        scipy_stats.binomtest(30, 1000).proportion_ci(0.9, method="wilson").low)
    as_dict = result.to_dict()
    assert as_dict["p_value"] == result.p_value and as_dict["significant"] is False
    assert "Newcombe" in result.method


def test_ab_test_with_zero_successes_gives_nan_not_infinity():
    result = stats.ab_test(0, 100, 3, 100)
    assert np.isnan(result.relative_lift) and all(np.isnan(result.relative_ci))
    assert "n/a" in repr(result)
    both_zero = stats.ab_test(0, 100, 0, 100)
    assert np.isnan(both_zero.p_value) and not both_zero.significant
    assert "no test possible" in repr(both_zero)


@FAST
@given(st.integers(1, 5000), st.integers(1, 5000), st.data())
def test_ab_test_intervals_contain_the_estimate_and_swapping_variants_flips_the_lift(n_a, n_b, data):
    x_a = data.draw(st.integers(0, n_a))
    x_b = data.draw(st.integers(0, n_b))
    forward = stats.ab_test(x_a, n_a, x_b, n_b)
    backward = stats.ab_test(x_b, n_b, x_a, n_a)
    low, high = forward.absolute_ci
    assert low - 1e-12 <= forward.absolute_lift <= high + 1e-12
    assert -1 - 1e-12 <= low and high <= 1 + 1e-12
    assert backward.absolute_lift == pytest.approx(-forward.absolute_lift)
    if not np.isnan(forward.p_value):
        assert 0 <= forward.p_value <= 1
        assert backward.p_value == pytest.approx(forward.p_value)


def test_ab_test_bad_input_messages():
    with pytest.raises(ValueError, match=r"^successes_b must not exceed trials_b; found 120 successes in 100"):
        stats.ab_test(10, 100, 120, 100)
    with pytest.raises(ValueError, match=r"^trials_a must be at least 1"):
        stats.ab_test(0, 0, 1, 10)
    with pytest.raises(ValueError, match=r"^successes_a must not be negative"):
        stats.ab_test(-1, 10, 1, 10)
    with pytest.raises(ValueError, match=r"^successes_a must be whole numbers \(counts\); found 0\.2\. Pass counts"):
        stats.ab_test(0.2, 10, 1, 10)
    with pytest.raises(ValueError, match=r"^trials_b must be a number; found the text"):
        stats.ab_test(1, 10, 1, "10")
    with pytest.raises(ValueError, match=r"^alpha must be a number between 0 and 1"):
        stats.ab_test(1, 10, 1, 10, alpha=5)
    with pytest.raises(ValueError, match=r"^successes_a must be a single count; for many rates at once use"):
        stats.ab_test([1, 2], [10, 10], 1, 10)


# --- proportion_ci and bootstrap_ci -------------------------------------------------------------------------


@FAST
@given(st.integers(1, 10_000), st.data(), st.sampled_from([0.01, 0.05, 0.2]))
def test_proportion_ci_is_scipys_wilson_interval(trials, data, alpha):
    successes = data.draw(st.integers(0, trials))
    result = stats.proportion_ci(successes, trials, alpha=alpha)
    expected = scipy_stats.binomtest(successes, trials).proportion_ci(1 - alpha, method="wilson")
    assert result.estimate == pytest.approx(successes / trials)
    assert (result.low, result.high) == pytest.approx((expected.low, expected.high), abs=1e-12)
    assert 0 <= result.low <= result.estimate <= result.high <= 1


def test_proportion_ci_on_series_keeps_the_index_and_zero_trials_give_nan():
    index = ["video", "text"]
    result = stats.proportion_ci(pd.Series([30, 0], index=index), pd.Series([100, 0], index=index))
    assert result.index.tolist() == ["video", "text"]
    assert result.columns.tolist() == ["estimate", "low", "high"]
    assert result.loc["video", "estimate"] == 0.3
    assert result.loc["text"].isna().all()
    with pytest.raises(ValueError, match=r"^successes must not exceed trials"):
        stats.proportion_ci(5, 4)


def test_bootstrap_ci_is_reproducible_and_contains_the_estimate():
    rng = np.random.default_rng(42)
    shares = rng.lognormal(1.0, 1.0, 300)
    first = stats.bootstrap_ci(shares, random_state=7)
    again = stats.bootstrap_ci(shares, random_state=7)
    other = stats.bootstrap_ci(shares, random_state=8)
    assert first == again
    assert first != other
    assert first.estimate == pytest.approx(shares.mean())
    assert first.low < first.estimate < first.high
    # a 95% interval for the mean is about 2 x 1.96 standard errors wide
    standard_error = shares.std(ddof=1) / math.sqrt(shares.size)
    assert first.high - first.low == pytest.approx(2 * 1.96 * standard_error, rel=0.25)
    bca = stats.bootstrap_ci(shares, method="BCa", random_state=7, n_resamples=500)
    assert bca.low < bca.estimate < bca.high


def test_bootstrap_ci_of_constant_values_and_missing_values():
    assert stats.bootstrap_ci([4.0, 4.0, 4.0]) == (4.0, 4.0, 4.0)
    with_gap = stats.bootstrap_ci(pd.Series([1.0, np.nan, 3.0, 2.0]), statistic=np.median)
    assert with_gap.estimate == 2.0


def test_bootstrap_ci_bad_input_messages():
    with pytest.raises(ValueError, match=r"^values must hold at least 2 numbers"):
        stats.bootstrap_ci([1.0, np.nan])
    with pytest.raises(ValueError, match=r"^statistic must be a function"):
        stats.bootstrap_ci([1.0, 2.0], statistic="mean")
    with pytest.raises(ValueError, match=r"^method must be one of 'BCa', 'percentile', 'basic'"):
        stats.bootstrap_ci([1.0, 2.0], method="bca")
    with pytest.raises(ValueError, match=r"^n_resamples must be a whole number of at least 100"):
        stats.bootstrap_ci([1.0, 2.0], n_resamples=10)
    with pytest.raises(ValueError, match=r"^random_state must be a whole number"):
        stats.bootstrap_ci([1.0, 2.0], random_state="seed")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match=r"method='BCa' cannot compute an interval"):
            stats.bootstrap_ci([3, 5, 4, 6, 40, 5, 4, 7, 5, 6], statistic=np.median, method="BCa")


def test_ab_report_never_prints_minus_zero():
    # B is one conversion in ten million behind: the lift rounds to zero and must not print as "-0.00".
    result = stats.ab_test(50_000, 10_000_000, 49_999, 10_000_000)
    assert result.absolute_lift < 0 and f"{result.absolute_lift * 100:+.2f}" == "-0.00"
    report = str(result)
    assert "-0.00" not in report and "+0.00 percentage points" in report
