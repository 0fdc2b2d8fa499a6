"""The content-calendar explorer of notebook 05: its rates come from the posts, its plan follows its stated rules,
its figure shows the plan it computed, and its widget redraws when a control changes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from smm_course import data, metrics
from smm_course.explorers import content_calendar as cc


@pytest.fixture(scope="module")
def posts():
    return data.load("posts")


@pytest.fixture(scope="module")
def model(posts):
    return cc.build_model(posts)


def _organic(posts, platform):
    return posts[(posts["platform"] == platform) & ~posts["paid"]]


def test_hourly_rates_are_pooled_engagements_over_reach(posts):
    table = cc.hourly_rates(posts, "Facebook")
    organic = _organic(posts, "Facebook")
    noon = organic[organic["posted_at"].dt.hour == 12]
    engagements = metrics.engagements(noon["likes"], noon["comments"], noon["shares"], noon["clicks"])
    assert table.loc[12, "posts"] == len(noon)
    assert table.loc[12, "rate"] == pytest.approx(engagements.sum() / noon["reach"].sum())
    window = organic[organic["posted_at"].dt.hour.isin([11, 12, 13])]
    pooled = (window["likes"] + window["comments"] + window["shares"] + window["clicks"]).sum() / window["reach"].sum()
    assert table.loc[12, "smoothed"] == pytest.approx(pooled)


def test_format_factors_average_out_around_one(posts):
    factors = cc.format_factors(posts, "LinkedIn")
    organic = _organic(posts, "LinkedIn")
    reach = organic.groupby(organic["format"].astype(str))["reach"].sum()
    assert set(factors.index) == set(reach.index)  # LinkedIn has enough posts of every format
    # Reach-weighted, the factors average to exactly 1: together the formats make up the platform's rate.
    assert np.average(factors, weights=reach[factors.index]) == pytest.approx(1.0)
    assert list(factors) == sorted(factors, reverse=True)
    assert len(set(factors.round(3))) > 1


def test_each_platform_has_its_own_best_hours(model):
    best = {name: m.best_hours[0] for name, m in model.platforms.items()}
    assert len(set(best.values())) >= 4, best
    for m in model.platforms.values():
        hours = m.best_hours
        assert all(abs(a - b) >= cc.MIN_GAP_HOURS for i, a in enumerate(hours) for b in hours[i + 1:])
        usable = m.hourly[m.hourly["usable"]]
        assert m.hourly.loc[hours[0], "smoothed"] == usable["smoothed"].max()


@pytest.mark.parametrize("count", [1, 5, 7, 10, 21])
def test_the_plan_spreads_posts_over_the_week(model, count):
    plan = cc.plan_week(model["TikTok"], count)
    assert len(plan) == count
    per_day = plan["day"].value_counts()
    if count >= 7:
        assert len(per_day) == 7 and per_day.max() - per_day.min() <= 1
    else:
        assert len(per_day) == count  # one post a day at most
    assert per_day.max() <= 3
    for _, day in plan.groupby("day"):
        hours = sorted(day["hour"])
        assert all(b - a >= cc.MIN_GAP_HOURS for a, b in zip(hours, hours[1:]))


def test_expected_engagements_follow_the_stated_formula(model):
    m = model["Instagram"]
    plan = cc.plan_week(m, 6, ["video", "image"])
    assert set(plan["format"]) == {"video", "image"}
    for row in plan.itertuples():
        rate = m.hourly.loc[row.hour, "smoothed"] * m.formats[row.format]
        assert row.expected_rate == pytest.approx(rate)
        assert row.expected_engagements == pytest.approx(rate * m.typical_reach)


def test_the_result_changes_with_each_assumption(model):
    base = cc.render("Instagram", 5, model=model, draw=False)
    more = cc.render("Instagram", 10, model=model, draw=False)
    weaker = cc.render("Instagram", 5, ["image"], model=model, draw=False)
    other = cc.render("Facebook", 5, model=model, draw=False)
    assert more.expected_total > base.expected_total
    assert weaker.expected_total < base.expected_total
    assert set(other.plan["hour"]) != set(base.plan["hour"])
    # Posting at the best hours beats posting at random hours.
    assert base.gain > 0 and base.expected_total == pytest.approx(base.plan["expected_engagements"].sum())


def test_the_figure_and_the_calendar_show_the_plan_computed(model):
    result = cc.render("LinkedIn", 8, model=model)
    drawing = result.figure
    assert sorted(drawing.used.get_xdata()) == sorted(set(result.plan["hour"]))
    rates = model["LinkedIn"].hourly["rate"].fillna(0).to_numpy()
    assert np.allclose([bar.get_height() for bar in drawing.bars], rates)
    usable = model["LinkedIn"].hourly[model["LinkedIn"].hourly["usable"]]
    assert np.allclose(drawing.line.get_ydata(), usable["smoothed"])
    assert drawing.png().startswith(b"\x89PNG")
    calendar = result.calendar_html
    assert calendar.count("engagements</div>") == 8
    for row in result.plan.itertuples():
        assert f"{row.hour:02d}:00 · {row.format}<br>~{row.expected_engagements:,.0f} engagements" in calendar
    assert calendar.count('<th scope="col"') == 7


def test_bad_input_is_explained(model, posts):
    with pytest.raises(ValueError, match="posts_per_week"):
        cc.render("Instagram", 0, model=model, draw=False)
    with pytest.raises(ValueError, match="pick from"):
        cc.render("Instagram", 3, ["link"], model=model, draw=False)
    with pytest.raises(ValueError, match="pick one of"):
        cc.render("Myspace", 3, model=model, draw=False)
    with pytest.raises(ValueError, match="at least one format"):
        cc.render("Instagram", 3, [], model=model, draw=False)
    with pytest.raises(ValueError, match="lacks the column"):
        cc.hourly_rates(posts.drop(columns="reach"), "X")


def test_weekday_grid_is_relative_to_the_platform(posts):
    grid = cc.weekday_hour_grid(posts, "Facebook")
    assert grid.shape == (7, 6) and list(grid.index) == list(cc.WEEKDAYS)
    organic = _organic(posts, "Facebook")
    cell = organic[(organic["posted_at"].dt.day_of_week == 0) & organic["posted_at"].dt.hour.between(12, 14)]
    def pooled(frame):
        return (frame["likes"] + frame["comments"] + frame["shares"] + frame["clicks"]).sum() / frame["reach"].sum()

    rate, base = pooled(cell), pooled(organic)
    assert grid.loc["Mon", "12-15h"] == pytest.approx(rate / base)


def test_the_widget_redraws_when_a_control_changes():
    view = cc.explorer(platform="Facebook", posts_per_week=3)
    pick, count, formats, sentence, table, picture = view.children
    assert pick.description and count.description and count.continuous_update
    first_sentence, first_picture = sentence.value, picture.value
    count.value = 9
    assert sentence.value != first_sentence and picture.value != first_picture
    assert table.value.count("engagements</div>") == 9
    pick.value = "Instagram"
    assert "Instagram" in sentence.value
    hidden = {box.description for box in formats.children[1:] if box.layout.display == "none"}
    assert {"text", "link"} <= hidden
    for box in formats.children[1:]:
        box.value = False
    assert "Pick at least one format" in sentence.value
    assert 'role="status"' in sentence.value and "data:image/png;base64," in picture.value
    assert repr(view) == "Explorer: when and what should a brand post? (a week's plan from 2025's posts)"


def test_italian_explorer_speaks_italian():
    from explorer_texts import assert_italian

    english, italian = assert_italian(lambda: cc.explorer(platform="Instagram", posts_per_week=5),
                                      same_ok=("video", "link"))
    assert "Post a settimana" in italian["controls"] and "carosello" in italian["controls"]
    assert "Ora del giorno (orario di pubblicazione)" in italian["figure"]
    assert "post a settimana su Instagram" in italian["sentence"][0]
    built = cc.explorer()
    assert "<th scope=\"col\" style=\"text-align:center\">Mon</th>" in built.table.value
