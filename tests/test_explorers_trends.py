"""The term-trend explorer of notebook 10: weekly term counts, the rising rule, its drawing and the widget.

Assertions are on the data behind the figure (counts, flags, marker positions), never on pixels.
"""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
import pandas as pd
import pytest

from smm_course import text
from smm_course.explorers import trends


@pytest.fixture(scope="module")
def weekly():
    """Twenty weeks: a steady everyday term, and a new term that creeps up for two weeks, then bursts."""
    weeks = pd.date_range("2025-01-06", periods=20, freq="7D", name="week")
    new = np.zeros(20, dtype=int)
    new[12:16] = [2, 4, 25, 8]
    rng = np.random.default_rng(3)
    table = pd.DataFrame({"sick": new, "taste": rng.poisson(12, 20), "nuvola": rng.poisson(40, 20)}, index=weeks)
    table.loc[weeks[17], "taste"] = 40  # one everyday term has a busy week
    return table


def test_brand_weekly_counts_each_mention_once_per_week_for_the_brand_asked_for():
    mentions = pd.DataFrame({
        "posted_at": pd.to_datetime(["2025-04-05 10:00", "2025-04-08 09:00", "2025-04-08 11:00", "2025-04-09 12:00"]),
        "brand": ["Nuvola", "Nuvola", "Zest", "Nuvola"],
        "text": ["so sick of waiting", "sick sick SICK #nuvola", "sick of Zest", "fake video"]})
    weekly = trends.brand_weekly(mentions)
    assert weekly.loc["2025-04-07", "sick"] == 1 and weekly.loc["2025-03-31", "sick"] == 1
    assert weekly["sick"].sum() == 2  # the Zest mention is not Nuvola's
    assert "zest" not in weekly.columns
    with pytest.raises(ValueError, match="Fizz"):
        trends.brand_weekly(mentions, brand="Fizz")
    with pytest.raises(ValueError, match="text"):
        trends.brand_weekly(mentions.drop(columns="text"))


def test_evaluate_agrees_with_rising_terms_and_finds_the_early_week(weekly):
    result = trends.evaluate(weekly, "sick", window=4, ratio=3, min_count=3)
    expected = text.rising_terms(weekly[["sick"]], window=4, ratio=3, min_count=3)
    assert list(result.rising_weeks) == list(expected["week"])
    assert result.peak_week == weekly.index[14]
    assert result.first_rise == weekly.index[13] and result.weeks_before_peak == 1
    assert result.table.loc[weekly.index[13], "baseline"] == pytest.approx(0.5)
    assert "1 week before the peak" in result.message


def test_a_lower_minimum_count_warns_earlier_and_costs_more_flags(weekly):
    strict = trends.evaluate(weekly, "sick", window=4, ratio=3, min_count=5)
    loose = trends.evaluate(weekly, "sick", window=4, ratio=2, min_count=2)
    assert strict.weeks_before_peak == 0 and loose.weeks_before_peak == 2
    assert loose.other_flags >= strict.other_flags
    # the brand's own name is never a reference term: it is in every mention
    assert "nuvola" not in trends.reference_terms(weekly)


def test_a_rule_that_never_fires_says_so(weekly):
    result = trends.evaluate(weekly, "sick", window=4, ratio=9.5, min_count=30)
    assert result.first_rise is None and result.weeks_before_peak is None
    assert "never flags" in result.message


@pytest.mark.parametrize("kwargs, named", [
    ({"window": 0}, "window"), ({"ratio": 1}, "ratio"), ({"ratio": "3"}, "ratio"), ({"min_count": -1}, "min_count"),
    ({"term": "fizz"}, "fizz"),
])
def test_bad_rules_get_a_message_naming_the_argument(weekly, kwargs, named):
    arguments = {"term": "sick", **kwargs}
    with pytest.raises(ValueError, match=named):
        trends.evaluate(weekly, **arguments)


def test_render_draws_the_flags_it_reports_and_reuses_its_figure(weekly):
    first = trends.render("sick", 4, 3.0, 3, weekly=weekly)
    figure = first.figure
    x, y = figure.flags.get_data()
    assert len(x) == len(first.rising_weeks)
    assert np.allclose(np.asarray(y) - np.asarray(y).min(), first.table.loc[first.rising_weeks, "count"]
                       - first.table.loc[first.rising_weeks, "count"].min())
    assert np.allclose(figure.bars.get_data().values, weekly["sick"].to_numpy())
    second = trends.render("taste", 2, 2.0, 3, weekly=weekly, figure=figure)
    assert second.figure is figure and np.allclose(figure.bars.get_data().values, weekly["taste"].to_numpy())
    assert "'taste'" in figure.title.get_text()
    assert figure.png().startswith(b"\x89PNG")


def test_dragging_a_slider_never_draws_the_whole_figure_again(weekly):
    figure = trends.render("sick", weekly=weekly, draw=False).figure
    full_draws = []
    draw = figure.figure.canvas.draw
    figure.figure.canvas.draw = lambda: full_draws.append(1) or draw()
    settings = [(4, 3.0, 3), (2, 2.0, 2), (6, 5.0, 1), (3, 2.5, 4)]
    pictures = {trends.render("sick", *settings[step % 4], weekly=weekly, figure=figure, draw=False).figure.png()
                for step in range(8)}
    assert len(full_draws) == 1 and len(pictures) == 4


def test_the_widget_on_the_course_data_has_labelled_continuous_controls_and_redraws():
    box = trends.explorer()
    sliders = [child for child in box.children if isinstance(child, (widgets.IntSlider, widgets.FloatSlider))]
    assert len(sliders) == 3
    assert all(s.continuous_update and s.description and s.style.description_width == "initial" for s in sliders)
    term = box.controls["term"]
    assert term.description and list(term.options[:3]) == [t for t in trends.WATCH_TERMS if t in term.options][:3]
    before = box.result
    box.controls["min_count"].value = 1
    assert box.result is not before and box.result.min_count == 1
    assert box.result.other_flags >= before.other_flags
    assert str(box.result.other_flags) in box.sentence.value
    assert repr(box).startswith("Explorer:")


def test_italian_explorer_speaks_italian():
    from explorer_texts import assert_italian

    english, italian = assert_italian(lambda: trends.explorer(term="#nuvolasick"))
    assert "Termine da osservare" in italian["controls"]
    assert "Menzioni a settimana" in italian["figure"] and "apr" in italian["figure"]
    assert italian["sentence"][0].startswith("«#nuvolasick» ha il picco nella settimana del ")
    assert english["sentence"][0].startswith("'#nuvolasick' peaks in the week of ")
