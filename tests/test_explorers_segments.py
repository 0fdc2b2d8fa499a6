"""The segment explorer (notebook 04): the rules pick the right customers, the summary matches hand
computations, consent is respected, and the widget redraws when a rule changes."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from smm_course.explorers import segments


@pytest.fixture
def customers():
    return pd.DataFrame({
        "age": [22, 45, 30, 61, 19],
        "interests": ["music;festivals", "family;cooking", "music;food", "news", "festivals"],
        "main_platform": ["TikTok", "Facebook", "Instagram", "Facebook", "TikTok"],
        "income_band": ["under 20k", "35k-50k", "20k-35k", "50k-75k", "under 20k"],
        "marketing_consent": [True, True, False, True, True],
        "revenue": [150.0, 900.0, 300.0, 1200.0, 60.0],
        "referred_revenue": [400.0, 0.0, 100.0, 0.0, 250.0],
        "referrals": [2, 0, 1, 0, 1],
    })


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_rules_pick_the_right_customers(customers):
    prepared = segments.prepare(customers)
    assert segments.select(prepared, consent_only=False).tolist() == [True] * 5
    assert segments.select(prepared).tolist() == [True, True, False, True, True]
    assert segments.select(prepared, youngest=20, oldest=45).tolist() == [True, True, False, False, False]
    assert segments.select(prepared, interest="festivals", platform="TikTok").tolist() == [
        True, False, False, False, True]
    assert segments.select(prepared, interest="music", consent_only=False).tolist() == [
        True, False, True, False, False]
    assert segments.select(prepared, income="50k-75k").tolist() == [False, False, False, True, False]


def test_summary_matches_a_hand_computation(customers):
    segment = segments.describe(segments.prepare(customers), interest="festivals")
    assert segment.size == 2 and segment.consenting == 2 and segment.share == pytest.approx(0.4)
    assert segment.mean_revenue == pytest.approx((150 + 60) / 2)
    assert segment.mean_referred_revenue == pytest.approx((400 + 250) / 2)
    everyone = segment.table.loc["all customers"]
    assert everyone["customers"] == 5 and everyone["mean_revenue"] == pytest.approx(2610 / 5)


def test_turning_consent_off_is_visible_in_the_message(customers):
    prepared = segments.prepare(customers)
    with_consent = segments.describe(prepared, interest="music")
    without = segments.describe(prepared, interest="music", consent_only=False)
    assert (with_consent.size, without.size) == (1, 2)
    assert "consent not checked" in without.message and "consented" in with_consent.message


def test_empty_segment_is_described_not_broken(customers):
    segment = segments.render(youngest=70, oldest=80, prepared=segments.prepare(customers))
    assert segment.size == 0 and np.isnan(segment.mean_revenue)
    assert "No customer" in segment.message
    assert any("n/a" in text.get_text() for text in segment.ax.texts)


def test_bad_rules_get_clear_messages(customers):
    prepared = segments.prepare(customers)
    with pytest.raises(ValueError, match="youngest .* must not be above oldest"):
        segments.select(prepared, youngest=50, oldest=20)
    with pytest.raises(ValueError, match="interest must be one of"):
        segments.select(prepared, interest="chess")
    with pytest.raises(ValueError, match="no column 'marketing_consent'"):
        segments.prepare(customers.drop(columns="marketing_consent"))


def test_render_draws_the_numbers_of_its_table(customers):
    segment = segments.render(interest="festivals", prepared=segments.prepare(customers))
    widths = sorted(round(patch.get_width(), 6) for patch in segment.ax.patches)
    expected = segment.table[["mean_revenue", "mean_referred_revenue"]].to_numpy().ravel()
    assert widths == pytest.approx(sorted(expected))
    assert "2 consenting customers" in segment.ax.get_title()
    hatches = {patch.get_hatch() for patch in segment.ax.patches}
    assert hatches == {"//", None} or hatches == {"//", ""}, "segment bars differ by pattern, not only colour"


def test_course_data_has_modest_spenders_who_refer_a_lot():
    prepared = segments.default_prepared()
    everyone = segments.describe(prepared, consent_only=False)
    tiktok = segments.describe(prepared, platform="TikTok")
    assert tiktok.mean_referred_revenue > 2 * everyone.mean_referred_revenue
    assert tiktok.mean_revenue < everyone.mean_revenue


def test_widget_redraws_when_a_rule_changes(customers):
    box = segments.explorer(customers)
    first_picture, first = box.live.picture.value, box.segment
    assert first.size == 4 and "data:image/png;base64,iVBORw0KGgo" in first_picture
    box.controls["age"].value = (18, 25)
    assert box.segment.size == 2 and box.live.picture.value != first_picture
    box.controls["consent_only"].value = False
    box.controls["age"].value = (18, 99 if box.controls["age"].max >= 99 else box.controls["age"].max)
    assert box.segment.size == 5
    assert repr(box).startswith("Segment explorer. 5 customers")
    assert 'role="status"' in box.live.caption.value
    for control in box.controls.values():
        assert control.description, "every control has a label"


def test_notebook_04_exercise_offers_exactly_the_options_of_the_data():
    # nb04 lists its dropdown options so that importing the questions never loads data; they must stay in step.
    from smm_course.exercises import nb04

    prepared = segments.default_prepared()
    assert set(nb04.INTERESTS) == set(prepared.interests)
    assert set(nb04.PLATFORMS) == set(prepared.platforms)
    assert list(nb04.INCOME_BANDS) == list(prepared.incomes)
    assert nb04.AGES[0] <= prepared.age.min() and prepared.age.max() <= nb04.AGES[1]


def test_notebook_04_segment_exercise_draws_live_and_judges_the_brief():
    from smm_course.exercises import nb04

    box = nb04.q5.widget()
    caption, picture = box.live.widgets
    before = picture.value
    box.controls["oldest"].value = 25
    assert "data:image/png;base64," in picture.value and picture.value != before
    assert box.controls["oldest"].continuous_update, "the picture follows the slider while it is dragged"
    box.check_button.click()
    assert box.result.status == "incorrect" and "GDPR" in box.result.message   # everyone, consent not checked
    box.controls["consent"].value = nb04.CONSENTING
    box.check_button.click()
    assert box.result.correct
    box.controls["youngest"].value = 30
    assert "above the oldest" in caption.value


def test_live_segment_keeps_recent_pictures(customers, monkeypatch):
    live = segments.LiveSegment(segments.prepare(customers))
    calls = []
    original = segments.describe
    monkeypatch.setattr(segments, "describe", lambda *a, **k: calls.append(k) or original(*a, **k))
    first = live.update(youngest=18, oldest=40)
    picture = live.picture.value
    live.update(youngest=18, oldest=25)
    again = live.update({"youngest": 18, "oldest": 40})   # the live-view protocol: one dict of values
    assert len(calls) == 2 and live.picture.value == picture
    assert again.size == first.size == 2 and again.ax is None


def test_italian_explorer_speaks_italian():
    from explorer_texts import assert_italian

    english, italian = assert_italian(segments.explorer)
    assert "Fascia di reddito:" in italian["controls"] and "Income band:" in english["controls"]
    assert "qualsiasi" in italian["options"]
    assert "euro per cliente (dal 2019 al 2025)" in italian["figure"]
    assert " €" in italian["sentence"][0] and "€" not in italian["sentence"][0].split()[0]
