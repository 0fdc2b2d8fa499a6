"""The KPI dashboard explorer of notebook 08: it builds, renders, and its verdict follows the choices made.

Assertions look at the data behind the figure (the weekly values and target, the verdict), never at pixels.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from smm_course.explorers import kpi


@pytest.fixture(scope="module")
def toy_model():
    # 2025 with 10 social conversions a day, 12 a day in the campaign, and 5 a day of email all year.
    days = pd.date_range("2025-01-01", "2025-12-31")
    social = pd.DataFrame({"date": days, "medium": "social",
                           "conversions": np.where((days >= kpi.CAMPAIGN[0]) & (days <= kpi.CAMPAIGN[1]), 12, 10)})
    email = pd.DataFrame({"date": days, "medium": "email", "conversions": 5})
    return kpi.KPIModel(pd.concat([social, email], ignore_index=True))


@pytest.fixture(scope="module")
def course_model():
    return kpi.default_model()


def test_lift_is_the_ratio_of_daily_averages(toy_model):
    view = kpi.render(0.15, "jun_aug", "all_social", model=toy_model)
    assert view.baseline_per_day == pytest.approx(10.0)
    assert view.campaign_per_day == pytest.approx(12.0)
    assert view.lift == pytest.approx(0.2) and view.met
    assert kpi.render(0.25, model=toy_model, figure=view.figure).met is False
    # Every source: (12 + 5) / (10 + 5) - 1
    assert kpi.render(0.15, attribution="every_source", model=toy_model).lift == pytest.approx(17 / 15 - 1)


def test_weekly_table_and_figure_agree(toy_model):
    view = kpi.render(0.15, model=toy_model)
    assert len(view.weekly) == 13  # 1 September to 30 November 2025 is 13 Monday-to-Sunday weeks
    assert (view.weekly["week"].dt.day_of_week == 0).all()
    assert view.weekly["conversions"].sum() == pytest.approx(12 * 91)
    assert np.allclose(view.weekly["target"], 10 * 7 * 1.15)
    line_y = view.figure.line.get_ydata()
    assert np.allclose(line_y, view.weekly["conversions"])
    assert np.allclose(view.figure.target_line.get_ydata(), view.weekly["target"])
    assert view.weeks_missed == 0 and len(view.figure.misses.get_xdata()) == 0
    assert "goal met" in view.figure.verdict.get_text() and "✔" in view.figure.verdict.get_text()


def test_course_data_lands_near_but_below_the_target(course_model):
    view = kpi.render(0.15, model=course_model)
    assert 0.10 < view.lift < 0.15 and not view.met
    assert view.weeks_missed == int((view.weekly["conversions"] < view.weekly["target"]).sum()) > 0
    assert "NOT met" in view.message and "✘" in view.figure.verdict.get_text()


def test_the_verdict_depends_on_the_choices(course_model):
    # The point of the explorer: a baseline that includes the April crisis, or paid social alone, flips it.
    assert kpi.render(0.15, "mar_may", "all_social", model=course_model).met
    assert kpi.render(0.15, "jun_aug", "paid_social", model=course_model).met
    organic = kpi.render(0.15, "jun_aug", "organic_social", model=course_model)
    assert organic.lift < 0  # clicks moved from organic posts to the ads
    lift = kpi.render(0.15, model=course_model).lift
    assert kpi.render(round(lift - 0.01, 2), model=course_model).met


def test_explorer_redraws_when_a_control_moves(course_model):
    import ipywidgets as w

    box = kpi.explorer(model=course_model)
    assert set(box.controls) == {"target", "baseline", "attribution"}
    for control in box.controls.values():
        assert control.description and control.style.description_width == "initial"
    assert isinstance(box.controls["target"], w.FloatSlider) and box.controls["target"].continuous_update
    first, first_png = box.view, box.picture.value
    assert not first.met
    box.controls["baseline"].value = "mar_may"
    assert box.view.met and box.view.baseline == "mar_may"
    assert box.picture.value != first_png and "data:image/png;base64," in box.picture.value
    box.controls["target"].value = 0.3
    assert not box.view.met and "+30%" in box.view.message
    assert box.view.message.split(" (")[0] in box.sentence.value.replace("&#x27;", "'")
    assert box.view.message.split(" (")[0] in box.picture.value.replace("&#x27;", "'"), "alt text follows"
    assert repr(box) == "Explorer: was the goal met? (target, baseline, attribution)"


@pytest.mark.parametrize("arguments, words", [
    ({"target": 15}, "fraction"),
    ({"target": "15%"}, "number"),
    ({"baseline": "summer"}, "baseline must be one of"),
    ({"attribution": "tiktok"}, "attribution must be one of"),
])
def test_bad_input_gets_a_clear_message(toy_model, arguments, words):
    with pytest.raises(ValueError, match=words):
        kpi.render(model=toy_model, **{"target": 0.15, **arguments})


def test_model_names_missing_columns():
    with pytest.raises(ValueError, match="conversions"):
        kpi.KPIModel(pd.DataFrame({"date": pd.to_datetime(["2025-09-01"]), "medium": ["social"]}))


def test_italian_explorer_speaks_italian(course_model):
    from explorer_texts import assert_italian

    english, italian = assert_italian(lambda: kpi.explorer(model=course_model))
    assert "Conversioni che contano" in italian["controls"] and "solo agosto" in italian["options"]
    assert "Conversioni (ordini)" in italian["figure"]
    assert any(text.startswith("incremento ") for text in italian["figure"])
    assert italian["sentence"][0].startswith("Conversioni giornaliere da social organici + a pagamento: ")
