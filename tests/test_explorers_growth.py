"""The "what if growth continued?" explorer of notebook 01: its numbers follow its stated assumptions, its figure
shows those numbers, and its widget redraws when a slider moves."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from smm_course import data
from smm_course.explorers import growth


@pytest.fixture(scope="module")
def users():
    return data.load("social_media_users")


@pytest.fixture(scope="module")
def start(users):
    return growth.start_from(users)


def test_projection_starts_at_the_last_sourced_point(users, start):
    known = users.dropna(subset=["users", "world_population"]).sort_values("date").iloc[-1]
    assert start.users == known["users"] and start.population == known["world_population"]
    assert start.year == known["date"].year
    result = growth.render(0.05, 10, 0.8, users_table=users, draw=False)
    first = result.table.iloc[0]
    assert first["users"] == start.users
    assert first["penetration"] == pytest.approx(known["users"] / known["world_population"])


def test_rows_grow_at_the_assumed_rates(users):
    result = growth.render(0.07, 12, 0.8, users_table=users, draw=False)
    table = result.table
    assert len(table) == 13
    assert np.allclose(table["users"].iloc[1:].to_numpy() / table["users"].iloc[:-1].to_numpy(), 1.07)
    assert np.allclose(table["world_population"].iloc[1:].to_numpy() / table["world_population"].iloc[:-1].to_numpy(),
                       1 + growth.POPULATION_GROWTH)
    assert np.allclose(table["penetration"], table["users"] / table["world_population"])


@pytest.mark.parametrize("rate", [0.03, 0.056, 0.1])
def test_the_year_at_everyone_is_when_the_table_crosses_100_percent(users, rate):
    result = growth.render(rate, 40, 0.8, users_table=users, draw=False)
    table = result.table.set_index("year")["penetration"]
    year = result.year_at_everyone
    assert year is not None
    # Rows are Januaries: still below 100% in January of that year, above it a year later.
    assert table[float(year)] < 1 <= table[float(year + 1)]
    assert f"During {year}" in result.message and "impossible" in result.message


def test_watching_100_percent_says_the_crossing_once(users):
    result = growth.render(0.056, 15, 1.0, users_table=users, draw=False)
    assert result.year_at_target == result.year_at_everyone
    assert result.message.count(str(result.year_at_everyone)) == 1 and "impossible" in result.message


def test_a_level_not_reached_names_the_last_january_shown(users, start):
    result = growth.render(0.03, 6, 0.8, users_table=users, draw=False)
    assert result.year_at_target is None
    assert f"by January {int(start.year) + 6}" in result.message


def _label_box(drawing):
    """The crossing label's white box, in pixels."""
    renderer = drawing.figure.canvas.get_renderer()
    drawing.crossing_text.draw(renderer)  # lays out the background patch
    return drawing.crossing_text.get_bbox_patch().get_window_extent(renderer)


@pytest.mark.parametrize("rate, level", [(0.056, 1.0), (0.056, 0.8), (0.15, 0.65), (0.012, 0.7)])
def test_the_crossing_label_never_hides_the_crossing(users, rate, level):
    """The label sits where the rising projection never goes, and inside the panel, whatever the sliders say."""
    result = growth.render(rate, 40, level, users_table=users)
    drawing = result.figure
    assert drawing.crossing_text.get_text() == f"{level:.0%} in {result.year_at_target}"
    box = _label_box(drawing)
    to_pixels = drawing.share_ax.transData.transform
    crossing = growth.first_year_at(growth.start_from(users), rate, level)
    assert not box.contains(*to_pixels((crossing, 100 * level)))
    # The projection between its yearly points, finely: no part of it runs under the label.
    years = np.linspace(result.table["year"].iloc[0], result.table["year"].iloc[-1], 2000)
    share = 100 * np.interp(years, result.table["year"], result.table["penetration"])
    assert not any(box.contains(x, y) for x, y in to_pixels(np.column_stack([years, share])))
    panel = drawing.share_ax.get_window_extent()
    assert panel.x0 <= box.x0 and box.x1 <= panel.x1 and panel.y0 <= box.y0 and box.y1 <= panel.y1


def test_faster_growth_passes_the_level_sooner(users):
    years = [growth.render(rate, 40, 0.9, users_table=users, draw=False).year_at_target
             for rate in (0.03, 0.05, 0.08, 0.12)]
    assert all(later > sooner for later, sooner in zip(years, years[1:]))


def test_growth_no_faster_than_the_population_never_gets_there(users):
    result = growth.render(growth.POPULATION_GROWTH, 40, 0.8, users_table=users, draw=False)
    assert result.year_at_target is None and result.year_at_everyone is None
    assert "would not pass 80%" in result.message


def test_a_level_already_reached_is_said_so(users, start):
    level = math.floor(start.penetration * 100 - 1) / 100
    result = growth.render(0.05, 10, level, users_table=users, draw=False)
    assert "already passed" in result.message


def test_the_figure_shows_the_projection_it_computed(users):
    result = growth.render(0.06, 20, 0.85, users_table=users)
    drawing = result.figure
    assert np.allclose(drawing.users_line.get_ydata(), result.table["users"] / 1e9)
    assert np.allclose(drawing.share_line.get_ydata(), 100 * result.table["penetration"])
    assert np.allclose(drawing.target_line.get_ydata(), 85)
    assert "projection" in drawing.suptitle.get_text() and "6.0%" in drawing.suptitle.get_text()
    assert drawing.png()[:8] == b"\x89PNG\r\n\x1a\n"


def test_reusing_the_figure_updates_it(users):
    first = growth.render(0.04, 10, 0.8, users_table=users)
    second = growth.render(0.09, 25, 0.8, users_table=users, figure=first.figure)
    assert second.figure is first.figure
    assert len(first.figure.users_line.get_xdata()) == 26
    assert first.figure.users_line.get_ydata()[-1] == pytest.approx(second.table["users"].iloc[-1] / 1e9)


@pytest.mark.parametrize("kwargs, words", [
    ({"growth_rate": 5.6}, "fractions"),
    ({"growth_rate": "fast"}, "must be a number"),
    ({"horizon": 0}, "horizon"),
    ({"horizon": 2.5}, "whole number"),
])
def test_bad_input_gets_a_clear_message(users, kwargs, words):
    with pytest.raises(ValueError, match=words):
        growth.render(**kwargs, users_table=users, draw=False)


def test_start_from_needs_the_dataset_columns():
    with pytest.raises(ValueError, match="social_media_users"):
        growth.start_from(pd.DataFrame({"date": [], "users": []}))


def test_the_widget_redraws_when_a_slider_moves():
    view = growth.explorer()
    rate, years, level, sentence, picture = view.children
    assert all(control.continuous_update for control in (rate, years, level))
    assert all(control.description for control in (rate, years, level))
    before_text, before_png = sentence.value, picture.value
    rate.value = 0.1
    assert sentence.value != before_text and "10.0%" in sentence.value
    assert picture.value != before_png and 'src="data:image/png;base64,iVBORw0KGgo' in picture.value
    assert view.result.message.replace("'", "&#x27;") in picture.value, "the picture's alt text is the sentence"
    assert repr(view) == "Explorer: what if social media users kept growing? (a projection, not data)"


def test_italian_explorer_speaks_italian():
    from explorer_texts import assert_italian

    english, italian = assert_italian(lambda: growth.explorer(growth_rate=0.056, horizon=15))
    assert "Crescita annua degli utenti (ipotesi)" in italian["controls"]
    assert "Utenti e popolazione mondiale" in italian["figure"] and "Anno" in italian["figure"]
    assert "5,6%" in italian["sentence"][0] and "2029" in italian["sentence"][0]
    assert italian["repr"] == [
        "Explorer: e se gli utenti dei social continuassero a crescere? (una proiezione, non dati)"]
