"""Argument checks shared by the graph modules, :mod:`smm_course.network` and :mod:`smm_course.diffusion`.

They stop the usual mistakes (a DataFrame passed where a graph belongs, a node id typed as text when the graph
uses numbers) with a message that names the argument and shows what the graph's nodes look like. They live apart
from :mod:`smm_course._validation` because they need networkx, which the other analysis modules do not load.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

import networkx as nx

__all__ = ["check_graph", "as_node_list"]


def check_graph(graph, argument: str = "graph") -> None:
    """Raise a ``ValueError`` naming ``argument`` unless ``graph`` is a networkx graph.

    Parameters
    ----------
    graph : object
        What the student passed.
    argument : str, default "graph"
        The name of the argument, used in the message.

    Raises
    ------
    ValueError
        When ``graph`` is not a ``networkx.Graph`` (directed graphs and multigraphs are graphs too).

    Examples
    --------
    >>> check_graph(nx.path_graph(3))
    >>> check_graph([(0, 1), (1, 2)])
    Traceback (most recent call last):
    ...
    ValueError: graph must be a networkx graph, not list. Build one with follower_graph() or karate_club().
    """
    if not isinstance(graph, nx.Graph):
        raise ValueError(
            f"{argument} must be a networkx graph, not {type(graph).__name__}. "
            "Build one with follower_graph() or karate_club()."
        )


def as_node_list(graph: nx.Graph, nodes, argument: str) -> list:
    """Accept one node or an iterable of nodes, check they all exist in ``graph`` and return them as a list.

    Repeated nodes are dropped and the order is kept. A value that is itself a node of the graph counts as one
    node, even when it is iterable (a node named ``"Nuvola"`` is not five letters).

    Parameters
    ----------
    graph : networkx.Graph
        The graph the nodes must belong to.
    nodes : node or iterable of nodes
        What the student passed.
    argument : str
        The name of the argument, used in the message.

    Returns
    -------
    list
        The nodes, without repeats, in the order given.

    Raises
    ------
    ValueError
        When ``nodes`` is neither a node nor an iterable of nodes, or names nodes that are not in the graph.

    Examples
    --------
    >>> graph = nx.path_graph(4)
    >>> as_node_list(graph, 2, "seeds")
    [2]
    >>> as_node_list(graph, [3, 1, 3], "seeds")
    [3, 1]
    >>> as_node_list(graph, ["1"], "seeds")
    Traceback (most recent call last):
    ...
    ValueError: seeds has 1 node(s) that are not in the graph, e.g. ['1']. Nodes look like [0, 1, 2, 3]; ...
    """
    try:
        single = isinstance(nodes, Hashable) and nodes in graph
    except TypeError:
        single = False
    if single:
        return [nodes]
    if isinstance(nodes, (str, bytes)) or not isinstance(nodes, Iterable):
        raise ValueError(
            f"{argument} must be a node of the graph or a list of nodes; {nodes!r} is not a node. "
            f"Nodes look like {list(graph.nodes)[:5]}."
        )
    node_list = list(dict.fromkeys(nodes))  # drop repeats, keep order
    unknown = [node for node in node_list if node not in graph]
    if unknown:
        raise ValueError(
            f"{argument} has {len(unknown)} node(s) that are not in the graph, e.g. {unknown[:5]}. "
            f"Nodes look like {list(graph.nodes)[:5]}; check the spelling and the type (1 is not '1')."
        )
    return node_list
