"""The earned-media-value explorer of notebook 06: its counts come from the data, its estimate follows the stated
formula and moves with every assumption, its figure shows what it computed, and its widget redraws at once."""

from __future__ import annotations

import numpy as np
import pytest

from smm_course import data
from smm_course.explorers import earned_media as em


@pytest.fixture(scope="module")
def posts():
    return data.load("posts")


@pytest.fixture(scope="module")
def mentions():
    return data.load("mentions")


@pytest.fixture(scope="module")
def inputs(mentions, posts):
    return em.monthly_inputs(mentions, posts)


@pytest.fixture(scope="module")
def defaults(posts):
    return em.defaults_from_data(posts)


def test_monthly_inputs_count_the_brands_mentions_and_shares(inputs, mentions, posts):
    nuvola = mentions[mentions["brand"] == "Nuvola"]
    assert inputs["mentions"].sum() == len(nuvola)
    assert inputs["audience"].sum() == nuvola["author_followers"].sum()
    negative = nuvola[nuvola["sentiment"] == "negative"]
    april = negative[negative["posted_at"].dt.month == 4]
    assert inputs.loc[4, "negative_audience"] == april["author_followers"].sum()
    assert inputs["shares"].sum() == posts.loc[posts["brand"] == "Nuvola", "shares"].sum()
    assert list(inputs.index) == list(range(1, 13))


def test_defaults_are_borrowed_from_nuvolas_posts(defaults, posts):
    paid = posts[(posts["brand"] == "Nuvola") & posts["paid"]]
    assert defaults["cpm"] == pytest.approx(paid["cost"].sum() / paid["impressions"].sum() * 1000, abs=0.05)
    for name, value in defaults.items():
        low, high = em.RANGES[name]
        assert low <= value <= high, name


def test_estimate_follows_the_stated_formula(inputs):
    table = em.estimate(inputs, cpm=8.0, value_per_engagement=0.25, seen_share=0.1)
    expected = inputs["audience"] * 0.1 / 1000 * 8.0 + inputs["shares"] * 0.25
    assert np.allclose(table["emv"], expected)
    without = em.estimate(inputs, 8.0, 0.25, 0.1, count_negative=False)
    assert np.allclose(table["emv"] - without["emv"], inputs["negative_audience"] * 0.1 / 1000 * 8.0)


@pytest.mark.parametrize("name", list(em.RANGES))
def test_every_assumption_moves_the_estimate(inputs, defaults, name):
    low, high = em.RANGES[name]
    results = [em.render(**{**defaults, name: value}, inputs=inputs, defaults=defaults, draw=False).total
               for value in (low, (low + high) / 2, high)]
    assert results[0] < results[1] < results[2]


def test_counting_negative_mentions_inflates_the_crisis_month(inputs, defaults):
    counted = em.render(**defaults, count_negative=True, inputs=inputs, defaults=defaults, draw=False)
    left_out = em.render(**defaults, count_negative=False, inputs=inputs, defaults=defaults, draw=False)
    loss = counted.table["emv"] - left_out.table["emv"]
    assert counted.total > left_out.total
    # April, the month of the false viral video, loses more value than a typical month when negatives are dropped.
    assert loss.loc[4] > loss.median()


def test_the_ranges_bracket_the_estimate(inputs, defaults):
    result = em.render(**defaults, inputs=inputs, defaults=defaults, draw=False)
    assert (result.ranges["low"] <= result.total + 1e-6).all() and (result.ranges["high"] >= result.total - 1e-6).all()
    assert "Moving one assumption at a time" in result.message


def test_the_figure_shows_what_it_computed(inputs, defaults):
    result = em.render(10.0, 0.5, 0.2, inputs=inputs, defaults=defaults)
    drawing = result.figure
    heights = [a.get_height() + b.get_height() for a, b in zip(drawing.exposure_bars, drawing.engagement_bars)]
    assert np.allclose(heights, result.table["emv"])
    assert np.allclose([bar.get_width() for bar in drawing.range_bars], result.ranges["high"] - result.ranges["low"])
    assert drawing.current.get_xdata()[0] == pytest.approx(result.total)
    assert drawing.png().startswith(b"\x89PNG")


def test_bad_input_is_explained(inputs, defaults, mentions, posts):
    with pytest.raises(ValueError, match="seen_share.*fraction"):
        em.render(seen_share=15, inputs=inputs, defaults=defaults, draw=False)
    with pytest.raises(ValueError, match="cpm must be a number"):
        em.render(cpm="7", inputs=inputs, defaults=defaults, draw=False)
    with pytest.raises(ValueError, match="pick one of"):
        em.monthly_inputs(mentions, posts, brand="Acme")
    with pytest.raises(ValueError, match="lacks the column"):
        em.monthly_inputs(mentions.drop(columns="author_followers"), posts)


def test_the_widget_redraws_when_a_control_changes():
    view = em.explorer()
    cpm, per_engagement, seen, negative, sentence, picture, table = view.children
    for control in (cpm, per_engagement, seen):
        assert control.description and control.continuous_update
    first_sentence, first_picture = sentence.value, picture.value
    cpm.value = 20.0
    assert sentence.value != first_sentence and picture.value != first_picture
    assert "€20.00" in table.value
    before = sentence.value
    negative.value = False
    assert sentence.value != before and "left out" in table.value
    assert view.result.message.replace("'", "&#x27;") in picture.value, "the picture's alt text is the sentence"
    assert repr(view) == "Explorer: what is the earned media worth? (EMV under your assumptions)"


def test_italian_explorer_speaks_italian():
    from explorer_texts import assert_italian

    english, italian = assert_italian(em.explorer)
    assert "Valore per interazione (€)" in italian["controls"]
    assert "Valore degli earned media (€)" in italian["figure"] and "gen" in italian["figure"]
    assert italian["sentence"][0].startswith("Con CPM di ") and " mila €" in italian["sentence"][0]
    assert "€7.00" in english["sentence"][0]
