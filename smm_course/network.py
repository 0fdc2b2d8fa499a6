"""Social networks for marketing: the follower graph, influencers, reach, communities and hashtag co-occurrence.

All graph work is done by networkx; this module only builds the graphs the course uses and
wraps a few networkx measures so that they answer marketing questions ("who are the hubs?",
"how many people are two shares away?") and return tidy pandas objects.

Edge direction
--------------
In the course's follower graph an edge ``u -> v`` means *v follows u*: it points the way
information flows (a post by ``u`` shows up in the feed of ``v``). So the **out-degree** of a
node is its audience (its number of followers) and a walk along the edges follows a message
as it is passed on. Undirected graphs (such as Zachary's karate club) carry information both
ways along every tie.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import pandas as pd

from smm_course._graph_validation import as_node_list, check_graph
from smm_course._validation import check_choice, check_positive_int

__all__ = [
    "FOLLOWER_EDGE_COLUMNS",
    "FOLLOWER_NODE_COLUMNS",
    "INFLUENCE_MEASURES",
    "COMMUNITY_METHODS",
    "BETWEENNESS_EXACT_MAX_NODES",
    "BETWEENNESS_SAMPLE_SIZE",
    "Reach",
    "follower_graph",
    "karate_club",
    "top_influencers",
    "reach_within",
    "communities",
    "cooccurrence_graph",
]

FOLLOWER_EDGE_COLUMNS = ("follower", "followed")
"""Columns the edge table of :func:`follower_graph` must have."""

FOLLOWER_NODE_COLUMNS = ("node",)
"""Columns the node table of :func:`follower_graph` must have (every other column becomes a node attribute)."""

INFLUENCE_MEASURES = ("degree", "betweenness", "pagerank", "eigenvector")
"""The values :func:`top_influencers` accepts for ``by``."""

COMMUNITY_METHODS = ("louvain", "greedy_modularity")
"""The values :func:`communities` accepts for ``method``."""

BETWEENNESS_EXACT_MAX_NODES = 500
"""Graphs with more nodes than this get *estimated* betweenness (see :func:`top_influencers`)."""

BETWEENNESS_SAMPLE_SIZE = 300
"""Number of source nodes networkx samples to estimate betweenness on a large graph."""


# ---------------------------------------------------------------------------
# Building graphs
# ---------------------------------------------------------------------------


def _require_columns(table, required, argument: str, dataset: str) -> None:
    """Raise a helpful error when ``table`` is not a DataFrame holding ``required`` columns."""
    if not isinstance(table, pd.DataFrame):
        raise ValueError(
            f"{argument} must be a pandas DataFrame like the '{dataset}' dataset, "
            f"not {type(table).__name__}. Load it with smm_course.data.load('{dataset}')."
        )
    missing = [column for column in required if column not in table.columns]
    if missing:
        raise ValueError(
            f"{argument} is missing the column(s) {missing}. It needs the columns "
            f"{list(required)}; it has {list(map(str, table.columns))}. "
            f"Rename your columns, or load the table with smm_course.data.load('{dataset}')."
        )


def _plain(value):
    """Turn numpy scalars into plain Python values so node attributes print and compare simply."""
    return value.item() if hasattr(value, "item") and not isinstance(value, (str, bytes)) else value


def follower_graph(edges: pd.DataFrame | None = None, nodes: pd.DataFrame | None = None) -> nx.DiGraph:
    """Build the directed follower graph, with edges pointing the way information flows.

    Each row ``(follower, followed)`` of ``edges`` becomes the edge ``followed -> follower``:
    what ``followed`` posts reaches ``follower``. So a node's out-degree is its number of
    followers (its audience) and its in-degree is the number of accounts it follows.

    Parameters
    ----------
    edges : DataFrame, optional
        Columns ``follower`` and ``followed`` (other columns become edge attributes).
        Default: the course dataset ``follower_network``.
    nodes : DataFrame, optional
        Column ``node`` plus any attributes (``community``, ``followers``, ``age_group``...),
        one row per account; accounts without edges are kept as isolated nodes.
        Default: the course dataset ``follower_network_nodes`` when ``edges`` is also left out,
        and no node attributes when you pass your own ``edges`` only.

    Returns
    -------
    networkx.DiGraph
        Nodes carry the columns of ``nodes`` as attributes.

    Raises
    ------
    ValueError
        If a table lacks a required column (the message lists the columns it needs).

    Examples
    --------
    >>> import pandas as pd
    >>> edges = pd.DataFrame({"follower": ["ann", "bob", "bob"], "followed": ["nuvola", "nuvola", "ann"]})
    >>> nodes = pd.DataFrame({"node": ["nuvola", "ann", "bob"], "followers": [2, 1, 0]})
    >>> g = follower_graph(edges, nodes)
    >>> sorted(g.successors("nuvola"))  # who sees what nuvola posts
    ['ann', 'bob']
    >>> g.out_degree("nuvola"), g.nodes["ann"]["followers"]
    (2, 1)
    """
    if edges is None:
        from smm_course.data import load  # imported here: the dataset is only needed for the default

        edges = load("follower_network")
        if nodes is None:
            nodes = load("follower_network_nodes")
    _require_columns(edges, FOLLOWER_EDGE_COLUMNS, "edges", "follower_network")
    if nodes is not None:
        _require_columns(nodes, FOLLOWER_NODE_COLUMNS, "nodes", "follower_network_nodes")

    graph = nx.DiGraph()
    if nodes is not None:
        if nodes["node"].duplicated().any():
            repeated = nodes.loc[nodes["node"].duplicated(), "node"].unique()[:5].tolist()
            raise ValueError(
                f"nodes has repeated values in its 'node' column, e.g. {repeated}. "
                "Keep one row per account, for example with nodes.drop_duplicates('node')."
            )
        attribute_columns = [column for column in nodes.columns if column != "node"]
        for row in nodes.itertuples(index=False):
            values = row._asdict()
            graph.add_node(_plain(values["node"]), **{c: _plain(values[c]) for c in attribute_columns})
    extra_columns = [column for column in edges.columns if column not in FOLLOWER_EDGE_COLUMNS]
    for row in edges.itertuples(index=False):
        values = row._asdict()
        graph.add_edge(
            _plain(values["followed"]),
            _plain(values["follower"]),
            **{c: _plain(values[c]) for c in extra_columns},
        )
    return graph


def karate_club() -> nx.Graph:
    """Zachary's karate club: a real friendship network, shipped with networkx.

    Wayne Zachary observed 34 members of a university karate club in the early 1970s and
    recorded 78 friendship ties between them (Zachary 1977, "An information flow model for
    conflict and fission in small groups", Journal of Anthropological Research 33(4)).
    The club later split in two around the instructor (node 0) and the administrator
    (node 33); each node's ``club`` attribute says which side it joined ("Mr. Hi" or
    "Officer"). Edge attribute ``weight`` counts the contexts in which the two members met.

    The graph is undirected: a tie carries information both ways.

    Returns
    -------
    networkx.Graph
        34 nodes numbered 0 to 33, 78 edges.

    Examples
    --------
    >>> club = karate_club()
    >>> club.number_of_nodes(), club.number_of_edges()
    (34, 78)
    >>> club.degree(0), club.degree(33)  # the instructor and the administrator are the hubs
    (16, 17)
    """
    return nx.karate_club_graph()


# ---------------------------------------------------------------------------
# Influencers
# ---------------------------------------------------------------------------


_BETWEENNESS_CACHE: dict = {}
_BETWEENNESS_CACHE_SIZE = 4


def _sampled_betweenness(graph: nx.Graph, seed: int) -> dict:
    """Sampled betweenness, remembered for graphs with the same nodes and edges (in the same order).

    It takes seconds on the follower network, and a notebook and its exercise check compute it on equal graphs;
    the key is the graph's content, so a changed graph is computed afresh.
    """
    key = (graph.is_directed(), seed, hash(tuple(graph.nodes)), hash(tuple(graph.edges)))
    if key not in _BETWEENNESS_CACHE:
        if len(_BETWEENNESS_CACHE) >= _BETWEENNESS_CACHE_SIZE:
            _BETWEENNESS_CACHE.pop(next(iter(_BETWEENNESS_CACHE)))
        _BETWEENNESS_CACHE[key] = nx.betweenness_centrality(graph, k=BETWEENNESS_SAMPLE_SIZE, seed=seed)
    return dict(_BETWEENNESS_CACHE[key])


def top_influencers(graph: nx.Graph, k: int = 10, by: str = "degree", seed: int = 0) -> pd.DataFrame:
    """Rank the nodes of a graph by an influence measure and return the top ``k``.

    Measures (all computed by networkx):

    - ``"degree"``: number of ties. In a directed graph it is the **out-degree**, which in
      the course's follower graph (edges point the way information flows) is the number of
      followers, i.e. the direct audience. Raw counts, not normalised.
    - ``"betweenness"``: share of shortest paths between other pairs of nodes that pass
      through the node (Freeman 1977), normalised to [0, 1]: bridges between groups score
      high. Exact on graphs up to ``BETWEENNESS_EXACT_MAX_NODES`` nodes; on larger graphs
      it is *estimated* from ``BETWEENNESS_SAMPLE_SIZE`` randomly chosen source nodes
      (networkx's ``k`` sampling, Brandes and Pich 2007) with the fixed ``seed``, so the
      scores are approximate but repeatable. ``result.attrs["note"]`` says which was used.
    - ``"pagerank"``: Google's PageRank (Brin and Page 1998; damping 0.85), scores sum to 1.
      In a directed graph it is computed along "follows" links (follower -> followed, the
      reverse of the information flow), so being followed by well-followed accounts counts.
    - ``"eigenvector"``: eigenvector centrality (Bonacich 1972): a node is central when its
      neighbours are central. Directed graphs use the same "follows" direction as PageRank.

    Parameters
    ----------
    graph : networkx.Graph or networkx.DiGraph
    k : int, default 10
        How many nodes to return (1 to the number of nodes).
    by : {"degree", "betweenness", "pagerank", "eigenvector"}, default "degree"
    seed : int, default 0
        Seed for the betweenness sampling on large graphs (ignored otherwise).

    Returns
    -------
    DataFrame
        Columns ``node``, ``score``, ``rank`` (1 = most influential), highest score first;
        ties keep the graph's node order.

    Examples
    --------
    >>> top_influencers(karate_club(), k=3)
       node  score  rank
    0    33     17     1
    1     0     16     2
    2    32     12     3
    >>> top_influencers(karate_club(), k=2, by="betweenness").round(3)
       node  score  rank
    0     0  0.438     1
    1    33  0.304     2
    """
    check_graph(graph)
    check_choice(by, "by", INFLUENCE_MEASURES)
    n_nodes = graph.number_of_nodes()
    if n_nodes == 0:
        raise ValueError("graph has no nodes, so there is nobody to rank. Check how you built it.")
    k = check_positive_int(k, "k")
    if k > n_nodes:
        raise ValueError(f"k must be at most the number of nodes ({n_nodes}), got {k}. Ask for fewer nodes.")

    note = ""
    directed = graph.is_directed()
    if by == "degree":
        scores = dict(graph.out_degree()) if directed else dict(graph.degree())
        note = "out-degree (audience)" if directed else "degree"
    elif by == "betweenness":
        if n_nodes > BETWEENNESS_EXACT_MAX_NODES:
            scores = _sampled_betweenness(graph, seed)
            note = (
                f"betweenness estimated from {BETWEENNESS_SAMPLE_SIZE} sampled source nodes "
                f"(seed {seed}) because the graph has more than {BETWEENNESS_EXACT_MAX_NODES} nodes"
            )
        else:
            scores = nx.betweenness_centrality(graph)
            note = "exact betweenness"
    elif by == "pagerank":
        scores = nx.pagerank(graph.reverse(copy=False) if directed else graph)
        note = "PageRank along follows links" if directed else "PageRank"
    else:
        follows = graph.reverse(copy=False) if directed else graph
        try:
            scores = nx.eigenvector_centrality(follows, max_iter=1000)
        except (nx.PowerIterationFailedConvergence, nx.NetworkXException) as error:
            raise ValueError(
                f"eigenvector centrality did not converge on this graph ({error}). "
                "It can fail on directed graphs; use by='pagerank' instead, which always settles."
            ) from None
        note = "eigenvector centrality along follows links" if directed else "eigenvector centrality"

    table = pd.DataFrame({"node": list(scores.keys()), "score": list(scores.values())})
    table = table.sort_values("score", ascending=False, kind="stable").head(k).reset_index(drop=True)
    table["rank"] = range(1, len(table) + 1)
    table.attrs["note"] = note
    return table


# ---------------------------------------------------------------------------
# Reach
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Reach:
    """The audience within a number of hops of some starting nodes.

    Attributes
    ----------
    nodes : frozenset
        Every node within ``hops`` steps, the starting nodes included.
    count : int
        ``len(nodes)``: the starting nodes plus everyone they reach.
    per_hop : tuple of int
        ``per_hop[h]`` is the number of nodes first reached at exactly ``h`` steps;
        ``per_hop[0]`` is the number of starting nodes. ``count == sum(per_hop)``.
    hops : int
        The number of steps allowed.
    """

    nodes: frozenset
    count: int
    per_hop: tuple
    hops: int

    @property
    def new_count(self) -> int:
        """People reached beyond the starting nodes: ``count - per_hop[0]``."""
        return self.count - self.per_hop[0]

    def __repr__(self) -> str:
        return f"Reach(count={self.count}, hops={self.hops}, per_hop={list(self.per_hop)})"


def reach_within(graph: nx.Graph, nodes, hops: int) -> Reach:
    """Find everyone within ``hops`` steps of any of ``nodes``, following the information flow.

    A node is reached when a path of at most ``hops`` edges leads to it from one of the
    starting nodes (multi-source breadth-first search, networkx ``bfs_layers``). In the
    course's follower graph edges point from an account to its followers, so ``hops=1`` is
    the direct audience and ``hops=2`` adds the followers' followers. On an undirected graph
    every tie works both ways. The starting nodes count as reached (at hop 0).

    Parameters
    ----------
    graph : networkx.Graph or networkx.DiGraph
    nodes : node or list of nodes
        Where the message starts.
    hops : int
        Maximum number of steps (0 or more).

    Returns
    -------
    Reach
        ``.count`` (people, starting nodes included), ``.nodes`` (the set),
        ``.per_hop`` (newly reached at each hop) and ``.new_count`` (starting nodes excluded).

    Examples
    --------
    >>> club = karate_club()
    >>> reach_within(club, 0, hops=1)
    Reach(count=17, hops=1, per_hop=[1, 16])
    >>> reach_within(club, [0, 33], hops=2).count
    34
    """
    check_graph(graph)
    starts = as_node_list(graph, nodes, "nodes")
    hops = check_positive_int(hops, "hops", minimum=0)
    per_hop: list[int] = []
    reached: set = set()
    if starts:
        for depth, layer in enumerate(nx.bfs_layers(graph, starts)):
            if depth > hops:
                break
            per_hop.append(len(layer))
            reached.update(layer)
    return Reach(nodes=frozenset(reached), count=len(reached), per_hop=tuple(per_hop), hops=hops)


# ---------------------------------------------------------------------------
# Communities
# ---------------------------------------------------------------------------


def communities(
    graph: nx.Graph, method: str = "louvain", seed: int = 0, resolution: float = 1.0
) -> pd.Series:
    """Split a graph into communities: groups with many ties inside and few between.

    Both methods maximise modularity (Newman 2006), the share of ties that fall inside groups
    minus the share expected if ties were placed at random; both are from networkx.

    - ``"louvain"``: the Louvain method (Blondel et al. 2008), fast and usually best.
      It is randomised; ``seed`` makes it repeatable.
    - ``"greedy_modularity"``: Clauset-Newman-Moore greedy merging (2004), deterministic,
      slower on big graphs.

    Directed graphs use directed modularity (Leicht and Newman 2008).

    Parameters
    ----------
    graph : networkx.Graph or networkx.DiGraph
    method : {"louvain", "greedy_modularity"}, default "louvain"
    seed : int, default 0
        Random seed for Louvain (ignored by the greedy method).
    resolution : float, default 1.0
        Above 1 favours more, smaller communities; below 1 fewer, larger ones.

    Returns
    -------
    Series
        Indexed by node (index name ``node``), named ``community``: community numbers
        0, 1, 2... with 0 the largest community (ties broken by first node).
        Use ``.value_counts()`` for sizes or ``.to_dict()`` for a plain mapping.

    Examples
    --------
    >>> groups = communities(karate_club(), method="greedy_modularity")
    >>> int(groups.nunique()), bool(groups[0] == groups[33])  # instructor and administrator split
    (3, False)
    """
    check_graph(graph)
    check_choice(method, "method", COMMUNITY_METHODS)
    if not resolution > 0:
        raise ValueError(f"resolution must be a positive number, got {resolution!r}. Try 1.0.")
    if graph.number_of_nodes() == 0:
        return pd.Series([], dtype="int64", name="community", index=pd.Index([], name="node"))
    if method == "louvain":
        found = nx.community.louvain_communities(graph, seed=seed, resolution=resolution)
    else:
        found = nx.community.greedy_modularity_communities(graph, resolution=resolution)
    position = {node: i for i, node in enumerate(graph.nodes)}
    ordered = sorted(found, key=lambda group: (-len(group), min(position[node] for node in group)))
    label = {node: number for number, group in enumerate(ordered) for node in group}
    return pd.Series(
        [label[node] for node in graph.nodes],
        index=pd.Index(list(graph.nodes), name="node"),
        name="community",
        dtype="int64",
    )


# ---------------------------------------------------------------------------
# Hashtag co-occurrence
# ---------------------------------------------------------------------------


def cooccurrence_graph(term_lists, min_count: int = 1, min_weight: int = 1) -> nx.Graph:
    """A graph of terms (hashtags, say) that appear together in the same texts.

    Each term is a node, with attribute ``count``: the number of texts that hold it. Two terms are joined when
    they share a text; the edge's ``weight`` is the number of texts that hold both:

        weight(a, b) = |{texts holding a and b}|

    Tags that are often used together belong to the same conversation, so communities of this graph
    (:func:`communities`, which uses the weights) are its topics. This is the co-word analysis of Callon et al.
    (1983, "From translations to problematic networks"), applied to hashtags.

    Parameters
    ----------
    term_lists : Series or list of lists
        One list of terms per text, e.g. ``text.hashtags(mentions["text"])``. A term repeated in one text counts
        once.
    min_count : int
        Leave out terms held by fewer texts than this (rare tags only add noise).
    min_weight : int
        Leave out edges shared by fewer texts than this.

    Returns
    -------
    networkx.Graph (undirected). Terms kept by ``min_count`` that share no edge stay in as isolated nodes.

    Examples
    --------
    >>> graph = cooccurrence_graph([["#nuvola", "#summer"], ["#nuvola", "#summer", "#ice"], ["#zest"]])
    >>> graph.edges["#nuvola", "#summer"]["weight"], graph.nodes["#nuvola"]["count"], graph.degree("#zest")
    (2, 2, 0)
    >>> sorted(cooccurrence_graph([["#a", "#b"], ["#a", "#b"], ["#a", "#c"]], min_weight=2).edges)
    [('#a', '#b')]
    """
    from itertools import combinations

    min_count = check_positive_int(min_count, "min_count")
    min_weight = check_positive_int(min_weight, "min_weight")
    if isinstance(term_lists, (str, pd.DataFrame)):
        raise ValueError("term_lists must hold one list of terms per text, e.g. text.hashtags(mentions['text']).")
    lists = []
    for position, value in enumerate(term_lists):
        if isinstance(value, str) or not isinstance(value, (list, tuple, set, frozenset)):
            raise ValueError("term_lists must hold one list of terms per text, e.g. text.hashtags(mentions['text']); "
                             f"found {type(value).__name__} {value!r} at position {position}.")
        lists.append(list(dict.fromkeys(value)))
    counts: dict = {}
    for terms in lists:
        for term in terms:
            counts[term] = counts.get(term, 0) + 1
    kept = {term for term, count in counts.items() if count >= min_count}
    weights: dict = {}
    for terms in lists:
        present = sorted(term for term in terms if term in kept)
        for pair in combinations(present, 2):
            weights[pair] = weights.get(pair, 0) + 1
    graph = nx.Graph()
    for term in sorted(kept, key=lambda t: (-counts[t], t)):
        graph.add_node(term, count=counts[term])
    graph.add_edges_from((a, b, {"weight": w}) for (a, b), w in sorted(weights.items()) if w >= min_weight)
    return graph
