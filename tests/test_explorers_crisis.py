"""The crisis explorer of notebook 09: daily counts, the alarm rule, its drawing, the widget and the decay fit.

Assertions are on the data behind the figure (alerts, counts, marker positions), never on pixels.
"""

from __future__ import annotations

import math

import ipywidgets as widgets
import numpy as np
import pandas as pd
import pytest

from smm_course import data, stats
from smm_course.explorers import crisis


@pytest.fixture(scope="module")
def mentions():
    return data.load("mentions")


@pytest.fixture(scope="module")
def daily(mentions):
    return crisis.daily_negative(mentions)


def test_daily_negative_matches_the_notebooks_pandas_and_covers_every_day(mentions, daily):
    negative = mentions[(mentions["brand"] == "Nuvola") & (mentions["sentiment"] == "negative")]
    by_resample = negative.set_index("posted_at").resample("D").size()
    assert len(daily) == 365 and daily.index[0] == pd.Timestamp("2025-01-01")
    assert daily.sum() == len(negative)
    pd.testing.assert_series_equal(daily.loc[by_resample.index], by_resample, check_names=False, check_freq=False,
                                   check_index_type=False)


def test_daily_negative_counts_only_the_brand_asked_for(mentions):
    zest = crisis.daily_negative(mentions, brand="Zest")
    wanted = ((mentions["brand"] == "Zest") & (mentions["sentiment"] == "negative")).sum()
    assert zest.sum() == wanted
    with pytest.raises(ValueError, match="Fizz"):
        crisis.daily_negative(mentions, brand="Fizz")
    with pytest.raises(ValueError, match="sentiment"):
        crisis.daily_negative(mentions.drop(columns="sentiment"))


def test_evaluate_agrees_with_detect_spikes_and_splits_crisis_from_false_alarms(daily):
    result = crisis.evaluate(daily, window=7, z=3)
    spikes = stats.detect_spikes(daily, window=7, z=3)
    assert list(result.alerts) == list(spikes.index[spikes["spike"]])
    inside = [d for d in result.alerts if crisis.CRISIS_START <= d <= crisis.CRISIS_END]
    assert result.false_alarms == len(result.alerts) - len(inside)
    assert result.first_crisis_alert == inside[0]
    assert result.delay_days == (inside[0] - crisis.CRISIS_START).days


def test_the_minimum_count_only_removes_alerts_below_it(daily):
    loose = crisis.evaluate(daily, window=7, z=2)
    strict = crisis.evaluate(daily, window=7, z=2, min_count=6)
    assert set(strict.alerts) <= set(loose.alerts)
    removed = set(loose.alerts) - set(strict.alerts)
    assert removed and all(daily[day] < 6 for day in removed)
    assert strict.false_alarms < loose.false_alarms


def test_a_lower_threshold_fires_earlier_with_more_false_alarms(daily):
    sensitive = crisis.evaluate(daily, window=14, z=1.5)
    strict = crisis.evaluate(daily, window=14, z=4)
    assert sensitive.delay_days <= strict.delay_days
    assert sensitive.false_alarms > strict.false_alarms


def test_a_rule_that_never_fires_says_so(daily):
    result = crisis.evaluate(daily, window=7, z=19, min_count=100)
    assert result.first_crisis_alert is None and result.delay_days is None and result.false_alarms == 0
    assert "never fires" in result.message


@pytest.mark.parametrize("kwargs, named", [
    ({"window": 1}, "window"), ({"window": 2.5}, "window"), ({"z": -1}, "z"), ({"z": "3"}, "z"),
    ({"min_count": -2}, "min_count"),
])
def test_bad_rules_get_a_message_naming_the_argument(daily, kwargs, named):
    with pytest.raises(ValueError, match=named):
        crisis.evaluate(daily, **kwargs)


def test_evaluate_explains_a_series_without_dates():
    with pytest.raises(ValueError, match="DatetimeIndex"):
        crisis.evaluate(pd.Series([1, 2, 3, 4, 5, 6, 7, 8, 9]))


def test_render_draws_the_alerts_it_reports_and_changes_with_the_rule(daily):
    first = crisis.render(7, 3.0, 0, daily=daily)
    figure = first.figure
    crisis_x, crisis_y = first.figure.crisis_marks.get_data()
    false_x, _ = first.figure.false_marks.get_data()
    assert len(crisis_x) + len(false_x) == len(first.alerts)
    assert len(false_x) == first.false_alarms
    assert np.allclose(np.asarray(crisis_y, float), daily.loc[pd.DatetimeIndex(crisis_x)].to_numpy() + 0.8)
    assert math.isnan(figure.floor.get_ydata()[0])  # no minimum count, no line

    second = crisis.render(14, 2.0, 5, daily=daily, figure=figure)
    assert second.figure is figure  # the same figure, updated in place
    assert second.first_crisis_alert == crisis.CRISIS_START and first.first_crisis_alert > crisis.CRISIS_START
    assert len(figure.false_marks.get_data()[0]) == second.false_alarms != first.false_alarms
    assert figure.floor.get_ydata()[0] == 5
    assert "5 mentions" in figure.title.get_text()
    assert figure.png().startswith(b"\x89PNG")


def test_dragging_a_slider_never_draws_the_whole_figure_again(daily):
    # Speed is measured by benchmarks/bench_explorers.py; here, what makes it: the full render happens once.
    figure = crisis.render(daily=daily, draw=False).figure
    full_draws = []
    draw = figure.figure.canvas.draw
    figure.figure.canvas.draw = lambda: full_draws.append(1) or draw()
    settings = [(7, 3.0, 0), (8, 2.5, 3), (14, 2.0, 5), (21, 4.0, 0)]
    pictures = {crisis.render(*settings[step % 4], daily=daily, figure=figure, draw=False).figure.png()
                for step in range(8)}
    assert len(full_draws) == 1 and len(pictures) == 4


def test_the_widget_has_labelled_continuous_controls_and_redraws(daily):
    box = crisis.explorer()
    sliders = [child for child in box.children if isinstance(child, (widgets.IntSlider, widgets.FloatSlider))]
    assert len(sliders) == 3
    assert all(s.continuous_update and s.description and s.style.description_width == "initial" for s in sliders)
    before = box.result
    sliders[1].value = 1.5  # the threshold
    assert box.result is not before and box.result.z == 1.5
    assert box.result.false_alarms > before.false_alarms
    assert str(box.result.false_alarms) in box.children[3].value
    assert repr(box).startswith("Explorer:")


def test_decay_fit_recovers_a_known_half_life_and_refuses_too_few_days():
    days = pd.date_range("2025-04-10", periods=15, freq="D")
    wave = pd.Series(3 + 60 * 0.5 ** (np.arange(15) / 5), index=days)
    fit = crisis.decay_fit(wave, days[0], days[-1], baseline=3)
    assert fit.half_life == pytest.approx(5, rel=1e-3) and fit.days == 15
    assert fit.daily_change == pytest.approx(0.5 ** (1 / 5) - 1, rel=1e-3)
    growing = crisis.decay_fit(pd.Series([10.0, 20, 40], index=days[:3]), days[0], days[2])
    assert growing.rate > 0 and math.isnan(growing.half_life)
    with pytest.raises(ValueError, match="at least 2 days"):
        crisis.decay_fit(wave, days[3], days[3])
    with pytest.raises(ValueError, match="baseline"):
        crisis.decay_fit(wave, days[0], days[-1], baseline="normal")


def test_the_crisis_messages_grow_while_replies_are_slow_and_shrink_after():
    messages = data.load("messages")
    daily_messages = messages.set_index("received_at").resample("D").size()
    normal = daily_messages["2025-03-10":"2025-04-06"].mean()
    slow = crisis.decay_fit(daily_messages, "2025-04-08", "2025-04-10", normal)
    fast = crisis.decay_fit(daily_messages, "2025-04-10", "2025-05-04", normal)
    assert slow.rate > fast.rate and fast.half_life < 7


def test_italian_explorer_speaks_italian():
    from explorer_texts import assert_italian

    english, italian = assert_italian(lambda: crisis.explorer(z=2.5, min_count=2))
    assert "Soglia z (deviazioni standard)" in italian["controls"]
    assert "Menzioni negative al giorno" in italian["figure"] and "gen" in italian["figure"]
    assert "Jan" in english["figure"]
    assert italian["sentence"][0].startswith("Primo allarme sulla crisi: ") and "aprile" in italian["sentence"][0]
    assert "April" in english["sentence"][0]
