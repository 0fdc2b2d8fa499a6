"""The word-of-mouth explorer of notebook 07: it builds, renders, and what it shows follows its assumptions.

Assertions look at the data behind the figure (the simulated reach, the histogram heights, the lines' positions),
never at pixels.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from smm_course.explorers import virality


@pytest.fixture(scope="module")
def small_model():
    # Two stars joined by a bridge, plus a ring of 20: hubs, overlap and a far-away group.
    graph = nx.DiGraph()
    graph.add_edges_from((0, leaf) for leaf in range(1, 16))
    graph.add_edges_from((1, leaf) for leaf in range(2, 16))  # the second hub follows-reaches the same people
    graph.add_edges_from((30 + i, 30 + (i + 1) % 20) for i in range(20))
    graph.add_edges_from((30, leaf) for leaf in range(60, 70))
    return virality.ViralityModel(graph, max_seeds=4, runs=100, random_state=3, greedy_p=0.3, candidates=10,
                                  random_sets=4)


@pytest.fixture(scope="module")
def course_model():
    return virality.default_model()


def test_model_orders_hubs_by_audience_and_greedy_avoids_overlap(small_model):
    graph = small_model.graph
    hubs = small_model.order("hubs")
    audiences = [graph.out_degree(node) for node in hubs]
    assert audiences == sorted(audiences, reverse=True)
    # Hubs 0 and 1 reach the same leaves; greedy's second pick is the other group's hub instead.
    assert hubs[:2] == [0, 1]
    assert small_model.order("greedy")[:2] == [0, 30]


def test_same_question_same_numbers(small_model):
    first = small_model.reach(0.3, 2, "hubs")
    again = virality.ViralityModel(small_model.graph, max_seeds=4, runs=100, random_state=3, greedy_p=0.3,
                                   candidates=10, random_sets=4).reach(0.3, 2, "hubs")
    assert np.array_equal(first, again)
    assert not first.flags.writeable


def test_render_draws_the_simulated_reach(small_model):
    view = virality.render(0.3, 2, "greedy", model=small_model, target=20)
    assert view.seed_nodes == tuple(small_model.order("greedy")[:2])
    assert len(view.reach) == small_model.runs
    assert view.mean == pytest.approx(view.reach.mean())
    assert view.low <= view.mean <= view.high
    figure = view.figure
    heights, edges = figure.bars.get_data().values, figure.bars.get_data().edges
    assert heights.sum() == pytest.approx(1.0)  # shares of runs
    counted, _ = np.histogram(view.reach, bins=edges)
    assert np.allclose(heights, counted / len(view.reach))
    assert figure.mean_line.get_xdata()[0] == pytest.approx(view.mean)
    assert figure.target_line.get_visible() and figure.target_line.get_xdata()[0] == 20
    assert f"{view.mean:,.0f}" in view.message and "Target 20" in view.message


def test_more_sharing_or_more_seeds_never_reaches_fewer(course_model):
    # The runs share their coin flips, so raising p or the budget can only add people to each run.
    low = virality.render(0.03, 3, "hubs", model=course_model)
    high = virality.render(0.07, 3, "hubs", model=course_model, figure=low.figure)
    assert np.all(high.reach >= low.reach) and high.mean > low.mean
    bigger = virality.render(0.07, 6, "hubs", model=course_model)
    assert np.all(bigger.reach >= high.reach) and bigger.mean > high.mean


def test_the_figure_moves_when_an_assumption_moves(course_model):
    view = virality.render(0.04, 5, "hubs", model=course_model)
    before = (view.figure.mean_line.get_xdata()[0], view.figure.bars.get_data().values.copy())
    moved = virality.render(0.04, 5, "greedy", model=course_model, figure=view.figure)
    assert moved.figure is view.figure  # artists reused, not redrawn from scratch
    assert moved.figure.mean_line.get_xdata()[0] != before[0]
    assert not np.array_equal(moved.figure.bars.get_data().values, before[1])


def test_well_chosen_seeds_beat_the_biggest_hubs(course_model):
    # The planted effect of the follower network: hubs overlap, greedy picks spread over communities.
    table = virality.budget_table(0.08, model=course_model, max_seeds=6)
    mean = table.set_index(["strategy", "seeds"])["mean"]
    error = table.set_index(["strategy", "seeds"])["std_error"]
    gap = mean["greedy", 5] - mean["hubs", 5]
    assert gap > 4 * np.hypot(error["greedy", 5], error["hubs", 5])
    assert mean["random", 6] < mean["hubs", 1]
    greedy = virality.smallest_budget(0.08, 400, "greedy", model=course_model)
    hubs = virality.smallest_budget(0.08, 400, "hubs", model=course_model)
    assert greedy is not None and hubs is not None and greedy < hubs


def test_the_budget_exercise_agrees_with_the_explorer(course_model):
    from smm_course.exercises import nb07

    answer = nb07.q3.solution_answer()
    assert answer["seeds"] == virality.smallest_budget(nb07.BUDGET_P, nb07.BUDGET_TARGET, answer["strategy"],
                                                       model=course_model)
    assert nb07.q3.check(answer).correct
    assert not nb07.q3.check({**answer, "seeds": answer["seeds"] + 1}).correct
    assert not nb07.q3.check({**answer, "seeds": answer["seeds"] - 1}).correct


def test_explorer_widget_redraws_when_a_slider_moves(course_model):
    import ipywidgets as w

    box = virality.explorer(model=course_model)
    assert set(box.controls) == {"p", "seeds", "strategy"}
    for control in box.controls.values():
        assert control.description and control.style.description_width == "initial"
    assert isinstance(box.controls["p"], w.FloatSlider) and box.controls["p"].continuous_update
    assert isinstance(box.controls["seeds"], w.IntSlider) and box.controls["seeds"].continuous_update
    first_view, first_png = box.view, box.panel.picture.value
    box.controls["seeds"].value = 9
    assert box.view is not first_view and box.view.seeds == 9 and box.view.mean > first_view.mean
    assert box.panel.picture.value != first_png and "data:image/png;base64," in box.panel.picture.value
    assert box.view.message in box.panel.sentence.value
    assert f'alt="{box.view.message}"' in box.panel.picture.value
    assert repr(box) == "Explorer: how far does word of mouth spread? (share probability, seeding budget, strategy)"


@pytest.mark.parametrize("arguments, words", [
    ({"p": 5}, "fraction"),
    ({"p": -0.1}, "between 0 and 1"),
    ({"seeds": 0}, "from 1 to"),
    ({"seeds": 2.5}, "whole number"),
    ({"strategy": "influencers"}, "one of"),
    ({"target": "400"}, "target"),
])
def test_bad_input_gets_a_clear_message(small_model, arguments, words):
    values = {"p": 0.1, "seeds": 1, "strategy": "hubs", **arguments}
    with pytest.raises(ValueError, match=words):
        virality.render(model=small_model, **values)


def test_model_rejects_a_graph_that_is_not_one():
    with pytest.raises(ValueError, match="networkx graph"):
        virality.ViralityModel(graph=[(0, 1)])


def test_italian_explorer_speaks_italian(small_model):
    from explorer_texts import assert_italian

    english, italian = assert_italian(lambda: virality.explorer(seeds=2, target=3, model=small_model))
    assert "Strategia di seeding" in italian["controls"] and "hub più grandi" in italian["options"]
    assert "Persone raggiunte in una simulazione (semi inclusi)" in italian["figure"]
    assert italian["sentence"][0].startswith("Con 2 semi (hub più grandi)")
    assert "Obiettivo 3: " in italian["sentence"][0]
    one = in_italian(lambda: virality.render(0.05, 1, "hubs", model=small_model).message)
    assert one.startswith("Con 1 seme (hub più grande)")


def in_italian(build):
    from explorer_texts import in_language

    return in_language("it", build)


def test_strategy_labels_follow_the_notebook_language():
    """Notebook 07 writes STRATEGY_LABELS next to its strategy lines: English as before, Italian in Italian."""
    assert virality.STRATEGY_LABELS == {"random": "random people", "hubs": "biggest hubs", "greedy": "greedy picks"}
    assert in_italian(lambda: dict(virality.STRATEGY_LABELS)) == {
        "random": "persone a caso", "hubs": "hub più grandi", "greedy": "scelte greedy"}
    with pytest.raises(KeyError):
        virality.STRATEGY_LABELS["influencers"]
