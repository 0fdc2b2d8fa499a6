"""Tests of smm_course.network: building the follower graph, influencers, reach and communities."""

from __future__ import annotations

import sys
import types

import networkx as nx
import pandas as pd
import pytest

from smm_course import network
from smm_course.network import communities, follower_graph, karate_club, reach_within, top_influencers


def small_follower_tables():
    edges = pd.DataFrame(
        {
            "follower": ["ann", "bob", "bob", "cleo", "dan"],
            "followed": ["nuvola", "nuvola", "ann", "nuvola", "cleo"],
        }
    )
    nodes = pd.DataFrame(
        {
            "node": ["nuvola", "ann", "bob", "cleo", "dan", "eve"],
            "community": pd.Categorical(["a", "a", "a", "b", "b", "b"]),
            "followers": [3, 1, 0, 1, 0, 0],
            "is_customer": [False, True, True, False, True, False],
        }
    )
    return edges, nodes


# --- follower_graph ----------------------------------------------------------------------------


def test_follower_graph_points_edges_the_way_information_flows():
    edges, nodes = small_follower_tables()
    graph = follower_graph(edges, nodes)
    assert graph.is_directed()
    assert set(graph.successors("nuvola")) == {"ann", "bob", "cleo"}
    assert graph.has_edge("ann", "bob") and not graph.has_edge("bob", "ann")
    # out-degree is the audience, which the node table records as followers
    for node, followers in zip(nodes["node"], nodes["followers"]):
        assert graph.out_degree(node) == followers


def test_follower_graph_keeps_node_attributes_and_isolated_accounts():
    edges, nodes = small_follower_tables()
    graph = follower_graph(edges, nodes)
    assert graph.number_of_nodes() == 6  # eve follows nobody and has no followers
    assert graph.degree("eve") == 0
    assert graph.nodes["cleo"] == {"community": "b", "followers": 1, "is_customer": False}
    assert type(graph.nodes["ann"]["followers"]) is int  # plain Python values, not numpy scalars


def test_follower_graph_without_node_table_has_only_edges():
    edges, _ = small_follower_tables()
    graph = follower_graph(edges)
    assert graph.number_of_nodes() == 5
    assert graph.number_of_edges() == 5
    assert graph.nodes["nuvola"] == {}


def test_follower_graph_names_the_missing_column_and_the_right_ones():
    edges, nodes = small_follower_tables()
    with pytest.raises(ValueError, match=r"edges is missing the column\(s\) \['followed'\].*'follower', 'followed'"):
        follower_graph(edges.rename(columns={"followed": "followee"}), nodes)
    with pytest.raises(ValueError, match=r"nodes is missing the column\(s\) \['node'\]"):
        follower_graph(edges, nodes.rename(columns={"node": "account"}))
    with pytest.raises(ValueError, match="must be a pandas DataFrame"):
        follower_graph([("ann", "nuvola")])
    with pytest.raises(ValueError, match="repeated values"):
        follower_graph(edges, pd.concat([nodes, nodes.head(1)]))


def test_follower_graph_loads_both_course_tables_by_default(monkeypatch):
    edges, nodes = small_follower_tables()
    asked = []

    def fake_load(name):
        asked.append(name)
        return {"follower_network": edges, "follower_network_nodes": nodes}[name]

    fake_data = types.ModuleType("smm_course.data")
    fake_data.load = fake_load
    monkeypatch.setitem(sys.modules, "smm_course.data", fake_data)
    graph = follower_graph()
    assert asked == ["follower_network", "follower_network_nodes"]
    assert graph.number_of_nodes() == 6 and graph.nodes["dan"]["is_customer"] is True


def test_follower_graph_of_the_course_data_gives_each_account_its_followers_as_audience():
    from smm_course.data import load

    edges, nodes = load("follower_network"), load("follower_network_nodes")
    graph = follower_graph()
    assert graph.number_of_nodes() == len(nodes)
    assert graph.number_of_edges() == len(edges)
    assert all(graph.out_degree(node) == graph.nodes[node]["followers"] for node in graph)
    assert isinstance(graph.nodes[nodes["node"].iloc[0]]["age_group"], str)


# --- karate club ---------------------------------------------------------------------------------


def test_karate_club_is_zacharys_network():
    club = karate_club()
    assert (club.number_of_nodes(), club.number_of_edges()) == (34, 78)
    assert not club.is_directed()
    assert {club.nodes[n]["club"] for n in club} == {"Mr. Hi", "Officer"}


# --- top_influencers -------------------------------------------------------------------------------


def test_degree_ranking_uses_out_degree_in_directed_graphs():
    graph = nx.DiGraph([("hub", f"f{i}") for i in range(5)] + [(f"f{i}", "fan") for i in range(5)])
    table = top_influencers(graph, k=2)
    assert list(table.columns) == ["node", "score", "rank"]
    # "fan" follows five accounts (in-degree 5) but has no audience: it must not rank
    assert table["node"].tolist()[0] == "hub"
    assert table["score"].tolist() == [5, 1]
    assert table["rank"].tolist() == [1, 2]
    assert "out-degree" in table.attrs["note"]


@pytest.mark.parametrize("by", ["degree", "betweenness", "pagerank", "eigenvector"])
def test_rankings_are_sorted_and_agree_with_networkx_on_the_karate_club(by):
    club = karate_club()
    table = top_influencers(club, k=5, by=by)
    expected = {
        "degree": dict(club.degree()),
        "betweenness": nx.betweenness_centrality(club),
        "pagerank": nx.pagerank(club),
        "eigenvector": nx.eigenvector_centrality(club, max_iter=1000),
    }[by]
    best_five = sorted(expected.values(), reverse=True)[:5]
    assert table["score"].tolist() == pytest.approx(best_five)
    assert table["score"].is_monotonic_decreasing
    assert {0, 33} <= set(table["node"])  # the instructor and the administrator are central by every measure


def test_pagerank_on_a_follower_graph_rewards_being_followed():
    edges, nodes = small_follower_tables()
    graph = follower_graph(edges, nodes)
    table = top_influencers(graph, k=1, by="pagerank")
    assert table["node"].iloc[0] == "nuvola"  # followed by three accounts; follows nobody


def test_large_graph_betweenness_is_sampled_and_repeatable():
    graph = nx.barabasi_albert_graph(network.BETWEENNESS_EXACT_MAX_NODES + 100, 2, seed=3)
    first = top_influencers(graph, k=5, by="betweenness", seed=7)
    again = top_influencers(graph, k=5, by="betweenness", seed=7)
    pd.testing.assert_frame_equal(first, again)
    assert "estimated" in first.attrs["note"]
    sampled = nx.betweenness_centrality(graph, k=network.BETWEENNESS_SAMPLE_SIZE, seed=7)
    assert first["score"].tolist() == pytest.approx(sorted(sampled.values(), reverse=True)[:5])


def test_top_influencers_explains_bad_arguments():
    club = karate_club()
    with pytest.raises(ValueError, match="by must be one of 'degree', 'betweenness', 'pagerank', 'eigenvector'"):
        top_influencers(club, by="followers")
    with pytest.raises(ValueError, match=r"k must be at most the number of nodes \(34\)"):
        top_influencers(club, k=50)
    with pytest.raises(ValueError, match="k must be a whole number"):
        top_influencers(club, k=0)
    with pytest.raises(ValueError, match="graph must be a networkx graph"):
        top_influencers(pd.DataFrame({"node": [1]}))


def test_eigenvector_that_does_not_converge_suggests_pagerank(monkeypatch):
    def never_converges(graph, max_iter=100, **_):
        raise nx.PowerIterationFailedConvergence(max_iter)

    monkeypatch.setattr(nx, "eigenvector_centrality", never_converges)
    with pytest.raises(ValueError, match="did not converge.*use by=.pagerank. instead"):
        top_influencers(karate_club(), k=1, by="eigenvector")


# --- reach_within ------------------------------------------------------------------------------------


def test_reach_within_counts_hops_along_the_flow():
    path = nx.path_graph(6, create_using=nx.DiGraph)  # 0 -> 1 -> ... -> 5
    reach = reach_within(path, 2, hops=2)
    assert reach.nodes == {2, 3, 4}  # only downstream
    assert reach.count == 3 and reach.per_hop == (1, 1, 1) and reach.new_count == 2


def test_reach_within_merges_several_starts_and_counts_each_node_once():
    club = karate_club()
    both = reach_within(club, [0, 33], hops=1)
    expected = {0, 33} | set(club[0]) | set(club[33])
    assert both.nodes == expected and both.count == len(expected)
    assert both.per_hop[0] == 2 and sum(both.per_hop) == both.count


def test_reach_within_zero_hops_is_the_starting_nodes():
    club = karate_club()
    assert reach_within(club, [5, 6, 6], hops=0).nodes == {5, 6}


def test_reach_within_follower_graph_is_followers_then_their_followers():
    edges, nodes = small_follower_tables()
    graph = follower_graph(edges, nodes)
    assert reach_within(graph, "nuvola", hops=1).nodes == {"nuvola", "ann", "bob", "cleo"}
    assert reach_within(graph, "nuvola", hops=2).nodes == {"nuvola", "ann", "bob", "cleo", "dan"}


def test_reach_within_explains_bad_arguments():
    club = karate_club()
    with pytest.raises(ValueError, match=r"not in the graph, e\.g\. \['0'\].*1 is not '1'"):
        reach_within(club, ["0"], hops=1)
    with pytest.raises(ValueError, match="hops must be a whole number of at least 0"):
        reach_within(club, 0, hops=-1)
    with pytest.raises(ValueError, match="hops must be a whole number"):
        reach_within(club, 0, hops=1.5)


# --- communities ------------------------------------------------------------------------------------


def two_groups_with_a_bridge():
    graph = nx.complete_graph(6)
    graph.add_edges_from(nx.complete_graph(range(10, 14)).edges)
    graph.add_edge(5, 10)
    return graph


@pytest.mark.parametrize("method", ["louvain", "greedy_modularity"])
def test_communities_find_the_two_groups_largest_first(method):
    labels = communities(two_groups_with_a_bridge(), method=method)
    assert labels.name == "community" and labels.index.name == "node"
    assert set(labels.loc[range(6)]) == {0}
    assert set(labels.loc[range(10, 14)]) == {1}


def test_communities_are_repeatable_with_a_seed_and_cover_every_node():
    club = karate_club()
    first = communities(club, seed=3)
    pd.testing.assert_series_equal(first, communities(club, seed=3))
    assert list(first.index) == list(club.nodes)
    sizes = first.value_counts().sort_index()
    assert sizes.is_monotonic_decreasing


def test_communities_explain_bad_arguments():
    with pytest.raises(ValueError, match="method must be one of 'louvain', 'greedy_modularity'"):
        communities(karate_club(), method="girvan_newman")
    with pytest.raises(ValueError, match="resolution must be a positive number"):
        communities(karate_club(), resolution=0)


def test_sampled_betweenness_is_remembered_for_equal_graphs_and_recomputed_for_changed_ones():
    import networkx as nx

    from smm_course import network

    graph = nx.barabasi_albert_graph(network.BETWEENNESS_EXACT_MAX_NODES + 50, 2, seed=1)
    first = network.top_influencers(graph, k=5, by="betweenness")
    again = network.top_influencers(nx.Graph(graph), k=5, by="betweenness")
    assert first.equals(again)
    hub = int(first["node"].iloc[0])
    changed = graph.copy()
    changed.remove_node(hub)
    assert hub not in set(network.top_influencers(changed, k=5, by="betweenness")["node"])


def test_cooccurrence_graph_counts_texts_holding_both_tags_and_drops_rare_ones():
    lists = [["#a", "#b", "#a"], ["#a", "#b", "#c"], ["#c"], ["#rare", "#a"]]
    graph = network.cooccurrence_graph(lists)
    assert graph.edges["#a", "#b"]["weight"] == 2 and graph.edges["#b", "#c"]["weight"] == 1
    assert graph.nodes["#a"]["count"] == 3 and graph.nodes["#c"]["count"] == 2
    pruned = network.cooccurrence_graph(lists, min_count=2, min_weight=2)
    assert set(pruned.nodes) == {"#a", "#b", "#c"} and list(pruned.edges) == [("#a", "#b")]
    with pytest.raises(ValueError, match="one list of terms per text"):
        network.cooccurrence_graph(["#a #b"])


def test_communities_of_a_cooccurrence_graph_are_its_topics():
    topic_one, topic_two = ["#taste", "#summer", "#lemon"], ["#sick", "#video", "#fake"]
    lists = [topic_one] * 5 + [topic_two] * 5 + [["#taste", "#video"]]
    found = network.communities(network.cooccurrence_graph(lists), seed=1)
    assert found["#taste"] == found["#lemon"] != found["#sick"] == found["#fake"]
