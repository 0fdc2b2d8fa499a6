"""The budget explorer of notebook 11: the autumn returns, the projection, the best split, the drawing and the widget.

Assertions are on the numbers behind the figure (bar heights, labels), never on pixels.
"""

from __future__ import annotations


import ipywidgets as widgets
import numpy as np
import pandas as pd
import pytest

from smm_course import data
from smm_course.explorers import budget


@pytest.fixture(scope="module")
def returns():
    return budget.campaign_returns(data.load("web_sessions"), data.load("campaign_costs"))


def test_campaign_returns_add_up_the_autumn_tables(returns):
    sessions, costs = data.load("web_sessions"), data.load("campaign_costs")
    tiktok = sessions[(sessions["campaign"] == "autumn_sparkle") & (sessions["source"] == "TikTok")
                      & (sessions["medium"] == "paid_social")]
    assert returns.loc["TikTok", "orders"] == tiktok["conversions"].sum()
    spent = costs[(costs["campaign"] == "autumn_sparkle") & (costs["channel"] == "TikTok")]["cost"].sum()
    assert returns.loc["TikTok", "cost"] == pytest.approx(spent)
    assert list(returns.index) == list(budget.CHANNELS)
    assert (returns["cost_per_order"] == returns["cost"] / returns["orders"]).all()


def test_campaign_returns_explain_an_unknown_campaign():
    with pytest.raises(ValueError, match="winter_fizz"):
        budget.campaign_returns(data.load("web_sessions"), data.load("campaign_costs"), campaign="winter_fizz")


def test_the_autumn_split_reproduces_the_autumn_results(returns):
    spent = returns["cost"].sum()
    table = budget.project(returns, spent, returns["cost"] / spent, elasticity=0.4)
    assert np.allclose(table["orders"], returns["orders"]) and np.allclose(table["revenue"], returns["revenue"])


def test_doubling_a_channel_multiplies_its_orders_by_two_to_the_e(returns):
    shares = {"Instagram": 1.0}
    one = budget.project(returns, 1000, shares, elasticity=0.6)
    two = budget.project(returns, 2000, shares, elasticity=0.6)
    assert two.loc["Instagram", "orders"] / one.loc["Instagram", "orders"] == pytest.approx(2 ** 0.6)
    assert two.loc["Instagram", "cost_per_order"] > one.loc["Instagram", "cost_per_order"]  # returns diminish


def test_the_best_split_beats_every_other_split(returns):
    for elasticity in (0.3, 0.6, 0.9):
        best = budget.best_shares(returns, elasticity)
        assert best.sum() == pytest.approx(1.0)
        top = budget.project(returns, 9500, best, elasticity)["revenue"].sum()
        rng = np.random.default_rng(7)
        for shares in rng.dirichlet(np.ones(3), size=200):
            other = budget.project(returns, 9500, dict(zip(returns.index, shares)), elasticity)["revenue"].sum()
            assert other <= top + 1e-6


def test_without_diminishing_returns_everything_goes_to_the_best_channel(returns):
    best = budget.best_shares(returns, 1.0)
    assert best[(returns["revenue"] / returns["cost"]).idxmax()] == 1.0 and best.sum() == 1.0


@pytest.mark.parametrize("kwargs, named", [
    ({"budget": -5}, "budget"), ({"elasticity": 0}, "elasticity"), ({"elasticity": 2}, "elasticity"),
    ({"instagram": 0.7, "tiktok": 0.5}, "at most 1"), ({"instagram": "half"}, "instagram"),
])
def test_bad_values_get_a_message_naming_them(returns, kwargs, named):
    with pytest.raises(ValueError, match=named):
        budget.render(**kwargs, returns=returns, draw=False)


def test_render_draws_what_it_projects_and_changes_with_the_assumption(returns):
    first = budget.render(9500, 0.45, 0.32, 0.6, returns=returns)
    figure = first.figure
    heights = [bar.get_height() for bar in figure.revenue_bars]
    assert np.allclose(heights, first.table["revenue"])
    assert np.allclose([bar.get_height() for bar in figure.spend_bars], first.table["spend"])
    assert np.allclose(figure.best_marks.get_ydata(), first.best["revenue"])
    assert first.table["spend"].sum() == pytest.approx(9500)
    assert f"€{first.revenue:,.0f}" in first.message

    linear = budget.render(9500, 0.45, 0.32, 1.0, returns=returns, figure=figure)
    assert linear.figure is figure
    assert linear.best.loc["Facebook", "share"] == 1.0 and first.best.loc["Facebook", "share"] < 0.5
    assert linear.share_of_best < first.share_of_best
    assert not np.allclose(figure.best_marks.get_ydata(), first.best["revenue"])
    assert "e = 1.00" in figure.title.get_text()
    assert figure.png().startswith(b"\x89PNG")

    # The y axis (part of the cached background) steps up when the bars outgrow it, and the background is redrawn.
    small_top = figure.top
    budget.render(30000, 0.45, 0.32, 1.0, returns=returns, figure=figure)
    assert figure.top > small_top and not figure.staged, "the axis is drawn again"
    figure.png()
    assert figure.staged and figure.ax.get_ylim()[1] == figure.top


def test_dragging_a_slider_never_draws_the_whole_figure_again(returns):
    # Speed is measured by benchmarks/bench_explorers.py; here, what makes it: the slow full render (most of the
    # text) happens once, and later frames draw only the bars, the labels and, when it steps, the y axis.
    figure = budget.render(returns=returns, draw=False).figure
    full_draws = []
    draw = figure.figure.canvas.draw
    figure.figure.canvas.draw = lambda: full_draws.append(1) or draw()
    tops = set()
    for step in range(20):
        budget.render(5000 + 1000 * step, 0.3, 0.3, 0.4 + 0.02 * step, returns=returns, figure=figure,
                      draw=False).figure.png()
        tops.add(figure.top)
    assert len(full_draws) == 1 and len(tops) > 1, "the axis stepped without a full redraw"


def test_the_widget_keeps_the_shares_within_the_budget():
    box = budget.explorer()
    sliders = [child for child in box.children if isinstance(child, widgets.FloatSlider)]
    assert len(sliders) == 4
    assert all(s.continuous_update and s.description and s.style.description_width == "initial" for s in sliders)
    _, instagram, tiktok, exponent = sliders
    instagram.value = 0.9
    assert tiktok.max == pytest.approx(0.1) and tiktok.value <= 0.1 + 1e-9
    assert box.result.table["share"].sum() == pytest.approx(1.0)
    before = box.result.best["share"].copy()
    exponent.value = 1.0
    assert not box.result.best["share"].equals(before)
    assert "best split" in box.children[4].value
    assert repr(box).startswith("Explorer:")
    assert isinstance(box.result.table, pd.DataFrame)


def test_italian_explorer_speaks_italian():
    from explorer_texts import assert_italian

    english, italian = assert_italian(budget.explorer)
    assert "Quota a TikTok (il resto va a Facebook)" in italian["controls"]
    assert "Euro" in italian["figure"] and "Euros" in english["figure"]
    assert italian["sentence"][0].startswith("La tua ripartizione di 9.500 € porterebbe circa ")
    assert english["sentence"][0].startswith("Your split of €9,500 would bring about ")
