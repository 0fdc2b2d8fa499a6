"""Tests of smm_course.plots: the theme and the shared figure helpers (Agg backend, set in conftest)."""

from __future__ import annotations

import matplotlib as mpl
import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection
from matplotlib.patches import Rectangle

from smm_course import plots


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def legend_texts(ax):
    return [text.get_text() for text in ax.get_legend().get_texts()]


def bars(ax):
    return [patch for patch in ax.patches if isinstance(patch, Rectangle)]


# --- theme and colours --------------------------------------------------------------------------------------


def test_set_theme_is_idempotent_and_uses_the_course_palette():
    with mpl.rc_context():
        plots.set_theme()
        first = {key: repr(value) for key, value in mpl.rcParams.items()}
        plots.set_theme()
        second = {key: repr(value) for key, value in mpl.rcParams.items()}
        assert first == second
        cycle = [mpl.colors.to_hex(color).upper() for color in mpl.rcParams["axes.prop_cycle"].by_key()["color"]]
        assert cycle == [color.upper() for color in plots.PALETTE]
        assert mpl.rcParams["font.size"] > 10  # scaled up for a projector
        assert tuple(mpl.rcParams["figure.figsize"]) == (9.0, 5.0)


def test_every_platform_and_brand_has_its_own_colour_and_marker():
    assert set(plots.PLATFORM_COLORS) == {"Facebook", "Instagram", "X", "YouTube", "TikTok", "LinkedIn"}
    assert set(plots.BRAND_COLORS) == {"Nuvola", "Brezza", "Sorgente", "Zest"}
    for colours, markers in ((plots.PLATFORM_COLORS, plots.PLATFORM_MARKERS),
                             (plots.BRAND_COLORS, plots.BRAND_MARKERS)):
        assert len(set(colours.values())) == len(colours)
        assert set(markers) == set(colours) and len(set(markers.values())) == len(markers)
        assert set(colours.values()) <= set(plots.OKABE_ITO.values())


def test_percent_axis_formats_fractions():
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0.0, 0.05])
    plots.percent_axis(ax)
    formatter = ax.yaxis.get_major_formatter()
    assert formatter.format_pct(0.05, display_range=1) == "5%"
    with pytest.raises(ValueError, match=r"^axis must be one of 'x', 'y'"):
        plots.percent_axis(ax, axis="z")


# --- metric_vs_target ---------------------------------------------------------------------------------------


def test_metric_vs_target_draws_metric_target_and_misses():
    weekly = pd.Series([100, 118, 109, 121], index=pd.date_range("2025-09-01", periods=4, freq="W-MON"),
                       name="conversions")
    ax = plots.metric_vs_target(weekly, target=115, title="Conversions")
    assert isinstance(ax, mpl.axes.Axes)
    assert len(ax.lines) == 3  # metric, target, the points that miss it
    assert legend_texts(ax) == ["conversions", "target", "misses target"]
    assert ax.lines[0].get_linestyle() == "-" and ax.lines[1].get_linestyle() == "--"  # not colour alone
    assert ax.lines[2].get_ydata().tolist() == [100, 109]  # below 115
    assert ax.get_title() == "Conversions"


def test_metric_vs_target_lower_is_better_target_series_and_percent_axis():
    hours = pd.Series([3.0, 1.5, 2.0], index=["Mon", "Tue", "Wed"])
    ax = plots.metric_vs_target(hours, target=pd.Series([2.0, 2.0, 1.0], index=["Mon", "Tue", "Wed"]),
                                higher_is_better=False, label="response time")
    assert ax.lines[2].get_ydata().tolist() == [3.0, 2.0]  # above target is a miss here
    rate = pd.Series([0.02, 0.03])
    ax = plots.metric_vs_target(rate, 0.01, percent=True)
    assert len(ax.lines) == 2 and legend_texts(ax) == ["metric", "target"]  # no misses, no third line
    assert ax.yaxis.get_major_formatter().format_pct(0.03, display_range=1) == "3%"


def test_metric_vs_target_bad_input_messages():
    with pytest.raises(ValueError, match=r"^target must have the same index as series"):
        plots.metric_vs_target(pd.Series([1.0, 2.0]), pd.Series([1.0], index=[7]))
    with pytest.raises(ValueError, match=r"^series must be numbers; found the text"):
        plots.metric_vs_target(pd.Series(["a", "b"]), 1)


# --- funnel -------------------------------------------------------------------------------------------------


def test_funnel_draws_one_labelled_bar_per_stage_top_down():
    ax = plots.funnel({"impressions": 50_000, "clicks": 1500, "sessions": 1200, "purchases": 45})
    assert len(bars(ax)) == 4
    # 1,500 / 50,000 = 3.0%; 1,200 / 1,500 = 80.0%; 45 / 1,200 = 3.75% -> 3.8%
    assert [t.get_text() for t in ax.texts] == ["50,000", "1,500 (3.0% of previous)",
                                                "1,200 (80.0% of previous)", "45 (3.8% of previous)"]
    heights = {label.get_text(): y for label, y in zip(ax.get_yticklabels(), ax.get_yticks())}
    assert sorted(heights, key=heights.get, reverse=True) == ["impressions", "clicks", "sessions", "purchases"]
    widths = [patch.get_width() for patch in bars(ax)]
    assert widths == [50_000, 1500, 1200, 45]
    centres = {round(patch.get_x() + patch.get_width() / 2, 6) for patch in bars(ax)}
    assert centres == {25_000.0}  # centred bars: a funnel shape


def test_funnel_after_an_empty_stage_and_bad_input():
    ax = plots.funnel(pd.Series([10, 0, 0], index=["a", "b", "c"]), unit="people")
    assert [t.get_text() for t in ax.texts] == [
        "10 people", "0 people (0.0% of previous)", "0 people (n/a of previous)"
    ]
    with pytest.raises(ValueError, match=r"^stages must not be negative; found -5 at index 'b'"):
        plots.funnel({"a": 10, "b": -5})
    with pytest.raises(ValueError, match=r"^stages is empty"):
        plots.funnel({})


# --- network ------------------------------------------------------------------------------------------------


def test_network_highlights_seeds_with_shape_and_legend():
    graph = nx.karate_club_graph()
    ax = plots.network(graph, highlight=[0, 33])
    collections = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert len(collections) == 2  # ordinary nodes and seeds
    sizes = [len(c.get_offsets()) for c in collections]
    assert sizes == [32, 2]
    assert legend_texts(ax) == ["other nodes", "seeds"]
    assert not ax.axison


def test_network_layout_is_fixed_by_the_seed_and_pos_is_reused():
    graph = nx.karate_club_graph()
    first = plots.network(graph).collections[-1].get_offsets().copy()
    second = plots.network(graph).collections[-1].get_offsets().copy()
    np.testing.assert_allclose(first, second)
    pos = {node: (node, node) for node in graph}
    ax = plots.network(graph, pos=pos)
    np.testing.assert_allclose(ax.collections[-1].get_offsets()[:, 0], sorted(graph.nodes))


def test_network_groups_get_a_marker_each_and_labels_are_written():
    graph = nx.karate_club_graph()
    clubs = nx.get_node_attributes(graph, "club")
    ax = plots.network(graph, highlight=[0], groups=clubs, labels=True, highlight_label="hubs")
    assert legend_texts(ax) == ["Mr. Hi", "Officer", "hubs"]
    assert len(ax.texts) == graph.number_of_nodes()


def test_network_on_a_directed_graph():
    graph = nx.gnp_random_graph(40, 0.1, seed=2, directed=True)
    ax = plots.network(graph, highlight=[3])
    assert isinstance(ax, mpl.axes.Axes) and legend_texts(ax) == ["other nodes", "seeds"]


def test_network_bad_input_messages():
    graph = nx.path_graph(3)
    with pytest.raises(ValueError, match=r"^highlight names nodes that are not in the graph: \[7\]"):
        plots.network(graph, highlight=[7])
    with pytest.raises(ValueError, match=r"^pos has no position for 1 nodes"):
        plots.network(graph, pos={0: (0, 0), 1: (1, 1)})
    with pytest.raises(ValueError, match=r"^graph must be a networkx Graph"):
        plots.network({"a": "b"})
    with pytest.raises(ValueError, match=r"^groups has no group for 1 nodes"):
        plots.network(graph, groups={0: "a", 1: "b"})


# --- cascade_spread -----------------------------------------------------------------------------------------


def test_cascade_spread_bars_for_new_and_a_line_for_the_cumulative_total():
    ax = plots.cascade_spread([5, 12, 20, 9, 3], title="Cascade")
    assert len(bars(ax)) == 5
    assert [patch.get_height() for patch in bars(ax)] == [5, 12, 20, 9, 3]
    assert len(ax.lines) == 1
    assert ax.lines[0].get_ydata().tolist() == [5, 17, 37, 46, 49]  # running total
    assert sorted(legend_texts(ax)) == ["cumulative reached", "newly reached"]
    assert ax.get_xlabel() == "step"
    only_new = plots.cascade_spread(np.array([1.0, 2.0]), cumulative=False)
    assert len(only_new.lines) == 0 and len(bars(only_new)) == 2


def test_cascade_spread_compares_strategies_with_markers_and_line_styles():
    class Result:  # stands for a diffusion CascadeResult, which carries new_per_step
        new_per_step = np.array([5.0, 20.0, 18.0])

    ax = plots.cascade_spread({"random": [5, 6, 4], "hubs": pd.Series([5, 15, 10]), "greedy": Result()})
    assert legend_texts(ax) == ["random", "hubs", "greedy"]
    assert [line.get_ydata().tolist() for line in ax.lines] == [[5, 11, 15], [5, 20, 30], [5, 25, 43]]
    assert len({line.get_marker() for line in ax.lines}) == 3
    assert len({line.get_linestyle() for line in ax.lines}) == 3
    assert len(bars(ax)) == 0


def test_cascade_spread_bad_input_messages():
    with pytest.raises(ValueError, match=r"^new_per_step must not be negative; found -1 at position 1"):
        plots.cascade_spread([3, -1])
    with pytest.raises(ValueError, match=r"^new_per_step\['hubs'\] must be numbers"):
        plots.cascade_spread({"hubs": ["a"]})
    with pytest.raises(ValueError, match=r"^new_per_step must hold several values"):
        plots.cascade_spread(4)


def test_every_helper_draws_on_the_axes_it_is_given():
    fig, axes = plt.subplots(1, 4)
    assert plots.metric_vs_target(pd.Series([1.0, 2.0]), 1.5, ax=axes[0]) is axes[0]
    assert plots.funnel({"a": 2, "b": 1}, ax=axes[1]) is axes[1]
    assert plots.network(nx.path_graph(3), ax=axes[2]) is axes[2]
    assert plots.cascade_spread([1, 2], ax=axes[3]) is axes[3]
    assert len(fig.axes) == 4  # no extra figure or axes was made


def test_default_texts_follow_the_course_language():
    from smm_course import i18n

    before = i18n._chosen_language
    i18n.set_language("it")
    try:
        ax = plots.metric_vs_target(pd.Series([1.0, 3.0], index=[1, 2]), target=2)
        assert [t.get_text() for t in ax.get_legend().get_texts()] == ["metrica", "obiettivo", "obiettivo mancato"]
        ax = plots.funnel({"impressions": 12000, "clicks": 300})
        assert {t.get_text() for t in ax.texts} == {"12.000", "300 (2,5% della fase precedente)"}
        ax = plots.cascade_spread([5, 12])
        assert ax.get_ylabel() == "raggiunti (persone)" and ax.get_xlabel() == "passo"
        ax = plots.network(nx.path_graph(4), highlight=[0])
        assert [t.get_text() for t in ax.get_legend().get_texts()] == ["altri nodi", "semi"]
    finally:
        i18n._chosen_language = before
    ax = plots.cascade_spread([5, 12])
    assert ax.get_ylabel() == "reached (people)" and ax.get_xlabel() == "step"
