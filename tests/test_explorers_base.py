"""The wiring all explorers share (smm_course.explorers.base) and the figure helpers (smm_course.explorers.canvas)."""

from __future__ import annotations

import html

import ipywidgets as w
import matplotlib
import networkx as nx
import pandas as pd
import pytest

matplotlib.use("Agg")

from smm_course.explorers import base, canvas, segments, virality  # noqa: E402


class _Frame:
    def __init__(self, message: str) -> None:
        self.message = message


class _Counter(base.Explorer):
    title = "Explorer: a counter"

    def __init__(self) -> None:
        self.drawn = []
        super().__init__({"n": base.int_slider("Count", 1, 1, 9),
                          "unit": base.dropdown("Unit", ["apples", "pears"], "apples")}, cache=4)

    def adjust(self) -> None:
        # Pears come in pairs: an odd count of pears is made even (without a second redraw).
        if self.controls["unit"].value == "pears" and self.controls["n"].value % 2:
            self.controls["n"].value += 1

    def draw(self, values: dict):
        self.drawn.append(dict(values))
        if values["n"] == 9:
            return "Nine is too many: pick fewer."
        return _Frame(f"{values['n']} {values['unit']} & more"), f"png{values['n']}".encode()


def test_explorer_redraws_each_change_once_and_says_it_in_words():
    box = _Counter()
    slider, dropdown = box.controls.values()
    assert slider.continuous_update and slider.style.description_width == "initial"
    assert box.children[:2] == (slider, dropdown) and box.children[2:] == (box.sentence, box.picture)
    assert box.result.message == "1 apples & more" and len(box.drawn) == 1
    slider.value = 4
    assert box.drawn[-1] == {"n": 4, "unit": "apples"} and len(box.drawn) == 2
    assert 'role="status" aria-live="polite"' in box.sentence.value
    assert html.escape("4 apples & more") in box.sentence.value
    assert f'alt="{html.escape("4 apples & more")}"' in box.picture.value, "the picture's text follows the sentence"
    dropdown.value = "pears"
    slider.value = 3  # adjusted to 4: one drawing for the change, none for the adjustment
    assert slider.value == 4 and box.drawn[-1] == {"n": 4, "unit": "pears"}
    assert box.drawn.count({"n": 4, "unit": "pears"}) == 1, "a values seen before is taken from the cache"
    picture = box.picture.value
    slider.value = 9
    assert "Nine is too many" in box.sentence.value and box.picture.value == picture
    assert repr(box) == "Explorer: a counter"


def test_live_panel_follows_values_without_controls():
    panel = base.LivePanel(lambda values: (_Frame(f"{values['seeds']} seeds"), b"\x89PNG"), max_width="500px")
    assert panel.widgets == [panel.sentence, panel.picture] and list(panel.children) == panel.widgets
    assert panel.update({"seeds": 3}).message == "3 seeds"
    assert panel.update(seeds=5).message == "5 seeds" and "5 seeds" in panel.picture.value
    with pytest.raises(NotImplementedError):
        base.LivePanel().update({"seeds": 1})


def test_segment_and_reach_panels_are_live_panels():
    customers = pd.DataFrame({"age": [22, 45, 30], "interests": ["music", "family", "music;food"],
                              "main_platform": ["TikTok", "Facebook", "Instagram"],
                              "income_band": ["under 20k", "35k-50k", "20k-35k"],
                              "marketing_consent": [True, True, False], "revenue": [150.0, 900.0, 300.0],
                              "referred_revenue": [400.0, 0.0, 100.0], "referrals": [2, 0, 1]})
    live = segments.LiveSegment(segments.prepare(customers))
    assert isinstance(live, base.LivePanel) and live.caption is live.sentence
    assert live.update({"youngest": 18, "oldest": 30, "interest": "music"}).size == 1
    assert live.update(youngest=18, oldest=99).size == 2 and live.segment.size == 2
    assert live.update({"youngest": 40, "oldest": 30}) is None and "above the oldest" in live.caption.value

    model = virality.ViralityModel(nx.path_graph(5, create_using=nx.DiGraph), max_seeds=2, runs=10, candidates=2)
    panel = virality.ReachPanel(p=1.0, target=4, model=model)
    assert isinstance(panel, base.LivePanel) and isinstance(panel, w.VBox)
    view = panel.update({"seeds": 1, "strategy": "hubs"})
    assert view.mean == 5.0 and view.target_met and panel.view is view
    again = panel.show(1.0, 2, "hubs", target=None)
    assert again.seeds == 2 and again.target is None and again.message in panel.sentence.value
    assert repr(panel) == "Reach of the simulated campaign"


@pytest.mark.parametrize("value, steps, expected", [
    (1_240.0, canvas.FINE_STEPS, 1_500.0),      # earned media's axes
    (41_000.0, canvas.FINE_STEPS, 50_000.0),
    (6_100.0, canvas.FINE_STEPS, 8_000.0),
    (12_300.0, canvas.ROUND_STEPS, 15_000.0),   # the budget's axis
    (0.8, canvas.ROUND_STEPS, 1.0),
    (6_100.0, canvas.ROUND_STEPS, 7_500.0),
    (0.0, canvas.FINE_STEPS, 1.0),
])
def test_one_nice_ceiling_gives_each_explorer_its_steps(value, steps, expected):
    assert canvas.nice_ceiling(value, steps) == expected


def test_an_axis_step_redraws_only_the_axes():
    class Bar(canvas.BlitFigure):
        def __init__(self):
            super().__init__((3, 2), {"left": 0.2})
            self.ax = self.figure.add_subplot()
            (self.bar,) = self.ax.bar([0], [1.0])
            self.animate(self.bar)
            self.scale_with(self.ax.yaxis)

    figure = Bar()
    full_draws = []
    draw = figure.figure.canvas.draw
    figure.figure.canvas.draw = lambda: full_draws.append(1) or draw()
    first = figure.png()
    assert len(full_draws) == 1
    figure.bar.set_height(30.0)
    figure.ax.set_ylim(0, canvas.stable_limit(1.0, 30.0))
    figure.rescale()
    assert not figure.staged
    assert figure.png() != first and figure.staged
    assert len(full_draws) == 1, "the fixed layer (most of the text) is not drawn again for an axis step"
    figure.restage()
    figure.png()
    assert len(full_draws) == 2, "a change of the fixed layer draws it again"
