"""The engagement explorer (notebook 03): its numbers match hand computations, the ranking moves when the
denominator or the averaging changes, and the widget redraws on every change."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from smm_course import data
from smm_course.explorers import engagement


@pytest.fixture
def small_posts():
    # Brand A on X: a big post with a low rate and a tiny post with a high rate, so pooled and mean disagree.
    # Brand A on TikTok: reach well above followers, as TikTok's feed does.
    return pd.DataFrame({
        "brand": ["A", "A", "A", "B"],
        "platform": ["X", "X", "TikTok", "X"],
        "likes": [8, 1, 30, 4], "comments": [1, 0, 5, 0], "shares": [0, 0, 3, 1], "clicks": [1, 0, 2, 0],
        "reach": [100, 2, 800, 50], "impressions": [150, 2, 1000, 60], "followers": [500, 500, 200, 300],
    })


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_summary_holds_hand_computed_totals_and_means(small_posts):
    table = engagement.summarise(small_posts)
    row = table.loc[("A", "X")]
    assert row["posts"] == 2 and row["engagements"] == 11 and row["reach"] == 102
    assert row["mean_reach"] == pytest.approx((10 / 100 + 1 / 2) / 2)
    everyone = table.loc[(engagement.ALL_BRANDS, "X")]
    assert everyone["posts"] == 3 and everyone["engagements"] == 16 and everyone["reach"] == 152


def test_pooled_and_mean_answer_differently(small_posts):
    table = engagement.summarise(small_posts)
    pooled = engagement.ranking(table, "reach", "pooled", "A").set_index("platform")["rate"]
    mean = engagement.ranking(table, "reach", "mean of posts", "A").set_index("platform")["rate"]
    assert pooled["X"] == pytest.approx(11 / 102)
    assert mean["X"] == pytest.approx(0.3)
    # Pooled, TikTok (40 / 800 = 5%) trails X (10.8%); the tiny X post's 50% lifts X further in the mean.
    assert list(engagement.ranking(table, "reach", "pooled", "A")["platform"]) == ["X", "TikTok"]


def test_followers_flip_the_ranking_in_the_small_table(small_posts):
    table = engagement.summarise(small_posts)
    by_followers = engagement.ranking(table, "followers", "pooled", "A")
    assert list(by_followers["platform"]) == ["TikTok", "X"]   # 40 / 200 against 11 / 1000
    assert list(by_followers["rank"]) == [1, 2]


def test_course_data_ranks_platforms_differently_by_denominator():
    table = engagement.summarise(data.load("posts"))
    tops = {base: engagement.ranking(table, base, "pooled", "Nuvola")["platform"].iloc[0]
            for base in engagement.DENOMINATORS}
    assert len(set(tops.values())) == 3, tops
    assert tops["followers"] == "TikTok"
    by_reach = engagement.ranking(table, "reach", "pooled", "Nuvola").set_index("platform")["rate"]
    by_views = engagement.ranking(table, "impressions", "pooled", "Nuvola").set_index("platform")["rate"]
    assert (by_views <= by_reach.reindex(by_views.index)).all(), "impressions count repeat views"


def test_render_draws_the_numbers_of_its_table(small_posts):
    table = engagement.summarise(small_posts)
    result = engagement.render("followers", "pooled", "A", summary=table)
    widths = sorted(patch.get_width() for patch in result.ax.patches)
    assert widths == pytest.approx(sorted(result.table["rate"]))
    assert result.top == "TikTok" and "TikTok ranks first" in result.message
    labels = [text.get_text() for text in result.ax.texts]
    assert any(label.strip().startswith("#1") for label in labels), "ranks are written, not only coloured"
    other = engagement.render("reach", "pooled", "A", summary=table)
    assert other.top == "X" and not other.table.equals(result.table)


def test_bad_choices_get_clear_messages(small_posts):
    table = engagement.summarise(small_posts)
    with pytest.raises(ValueError, match="denominator must be one of"):
        engagement.ranking(table, "likes")
    with pytest.raises(ValueError, match="brand must be one of"):
        engagement.ranking(table, brand="Nuvola")
    with pytest.raises(ValueError, match="no column 'reach'"):
        engagement.summarise(small_posts.drop(columns="reach"))
    with pytest.raises(ValueError, match="empty"):
        engagement.summarise(small_posts.iloc[:0])


def test_zero_reach_gives_no_rate_instead_of_an_error(small_posts):
    posts = small_posts.assign(reach=[0, 0, 800, 50])
    ranked = engagement.ranking(engagement.summarise(posts), "reach", "pooled", "A")
    assert np.isnan(ranked.set_index("platform").loc["X", "rate"])
    assert ranked["platform"].iloc[-1] == "X"   # missing rates go last


def test_widget_redraws_when_a_dropdown_changes():
    box = engagement.explorer()
    first_picture, first = box.picture.value, box.result
    assert first.denominator == "reach" and "data:image/png;base64,iVBORw0KGgo" in first_picture
    box.denominator.value = "followers"
    assert box.result.top == "TikTok" and box.result.denominator == "followers"
    assert box.picture.value != first_picture
    box.averaging.value = "mean of posts"
    assert box.result.averaging == "mean of posts"
    assert "TikTok ranks first" in box.caption.value and 'role="status"' in box.caption.value
    assert repr(box).startswith("Engagement explorer. Nuvola: dividing engagements by followers (mean of posts)")
    for control in (box.denominator, box.averaging, box.brand):
        assert control.description, "every control has a label"


def test_widget_draws_each_choice_once(monkeypatch):
    box = engagement.explorer()
    calls = []
    original = engagement.ranking
    monkeypatch.setattr(engagement, "ranking", lambda *a, **k: calls.append(a) or original(*a, **k))
    first_picture = box.picture.value
    box.denominator.value = "impressions"
    box.denominator.value = "reach"          # back to a choice already drawn: no new drawing
    assert len(calls) == 1 and box.picture.value == first_picture
    assert box.result.denominator == "reach" and box.result.ax is None


def test_italian_explorer_speaks_italian():
    from explorer_texts import assert_italian

    english, italian = assert_italian(engagement.explorer)
    assert "Dividi le interazioni per:" in italian["controls"]
    assert "Divide engagements by:" in english["controls"]
    assert any("quale piattaforma coinvolge di più?" in text for text in italian["figure"])
    assert "," in italian["sentence"][0].split(": ")[-1]  # the rate has a decimal comma
