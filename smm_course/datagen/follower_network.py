"""``follower_network`` and ``follower_network_nodes``: who follows whom among 2,000 people (synthetic)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from smm_course.datagen.sampling import pick
from smm_course.datagen.world import NETWORK_AGE_GROUPS, SEEDS

__all__ = ["make_follower_network"]


@dataclass(frozen=True)
class _Community:
    size: int
    hubs: tuple[float, ...]  # extra pull of this community's hubs (relative fitness)
    age_groups: tuple[float, float, float, float]
    platforms: dict[str, float]
    customers: float  # share of members who are Nuvola customers


_COMMUNITIES = (
    # Young trend-setters around the two biggest creators: most top hubs live here.
    _Community(400, (260, 220, 190, 150), (0.8, 0.2, 0.0, 0.0), {"TikTok": 0.6, "Instagram": 0.4}, 0.25),
    _Community(340, (170, 120), (0.45, 0.5, 0.05, 0.0), {"Instagram": 0.7, "YouTube": 0.3}, 0.30),
    _Community(300, (70,), (0.1, 0.6, 0.25, 0.05), {"Facebook": 0.7, "Instagram": 0.3}, 0.20),
    _Community(280, (65,), (0.15, 0.65, 0.2, 0.0), {"LinkedIn": 0.7, "X": 0.3}, 0.15),
    _Community(260, (60,), (0.05, 0.3, 0.45, 0.2), {"Facebook": 0.8, "YouTube": 0.2}, 0.15),
    _Community(230, (55,), (0.7, 0.3, 0.0, 0.0), {"YouTube": 0.6, "TikTok": 0.4}, 0.10),
    _Community(190, (50,), (0.2, 0.5, 0.25, 0.05), {"X": 0.6, "Facebook": 0.4}, 0.12),
)


def make_follower_network(
    random_state: int = SEEDS["follower_network"], n_nodes: int = 2000
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A directed follower network with communities, hubs and few bridges (synthetic).

    Returns ``(edges, nodes)``. ``edges`` has one row per follow, ``follower`` ->
    ``followed``; information flows the other way, from ``followed`` to ``follower``.
    ``nodes`` has the ``community`` (0 to 6), ``followers`` (in-degree), ``age_group``,
    ``main_platform`` and ``is_customer`` of each person.

    Model: people sit in seven communities of 190 to 400 members and in small circles of
    friends inside them. Each person follows about 15 others: a few circle friends (often
    followed back, which makes triangles), members of the same community picked in
    proportion to a heavy-tailed attractiveness (preferential attachment, which makes
    hubs) and, rarely, someone in another community (the few bridges). The biggest hubs
    sit in the two largest communities and share much of their audience.

    Examples
    --------
    >>> edges, nodes = make_follower_network(n_nodes=300)
    >>> len(nodes)
    300
    >>> in_degree = edges["followed"].value_counts().reindex(nodes["node"], fill_value=0)
    >>> bool((nodes["followers"].to_numpy() == in_degree.to_numpy()).all())
    True
    """
    if n_nodes < 70:
        raise ValueError(f"n_nodes must be at least 70 (ten per community), got {n_nodes}.")
    rng = np.random.default_rng(random_state)
    base_sizes = np.array([c.size for c in _COMMUNITIES], dtype=float)
    sizes = np.floor(base_sizes / base_sizes.sum() * n_nodes).astype(int)
    sizes[0] += n_nodes - sizes.sum()
    community = np.repeat(np.arange(len(_COMMUNITIES)), sizes)
    fitness = rng.pareto(1.6, n_nodes) + 1.0
    members = [np.flatnonzero(community == c) for c in range(len(_COMMUNITIES))]
    for c, spec in enumerate(_COMMUNITIES):
        scale = sizes[c] / spec.size
        for k, pull in enumerate(spec.hubs):
            fitness[members[c][k]] = pull * scale

    edges: list[tuple[int, int]] = []
    for c, group in enumerate(members):
        circles = np.array_split(rng.permutation(group), max(1, len(group) // 12))
        for circle in circles:
            for person in circle:
                mates = circle[circle != person]
                chosen = rng.choice(mates, size=min(3, len(mates)), replace=False)
                for mate in chosen:
                    edges.append((int(person), int(mate)))
                    if rng.random() < 0.6:
                        edges.append((int(mate), int(person)))
        weights = fitness[group] / fitness[group].sum()
        outside = np.flatnonzero(community != c)
        outside_weights = fitness[outside] / fitness[outside].sum()
        for person in group:
            k = int(np.clip(round(rng.lognormal(np.log(11.0), 0.5)), 3, 80))
            targets = rng.choice(group, size=k, replace=True, p=weights)
            edges.extend((int(person), int(t)) for t in targets if t != person)
            if rng.random() < 0.10:  # a rare follow outside the community: a bridge
                edges.append((int(person), int(rng.choice(outside, p=outside_weights))))

    # Random labels, so that a node's id says nothing about its community.
    label = rng.permutation(n_nodes)
    edge_array = label[np.array(edges, dtype="int64")]
    edge_frame = pd.DataFrame(edge_array, columns=["follower", "followed"]).drop_duplicates()
    edge_frame = edge_frame.sort_values(["follower", "followed"], kind="mergesort").reset_index(drop=True)
    in_degree = np.bincount(edge_frame["followed"].to_numpy(), minlength=n_nodes)

    age_group = np.empty(n_nodes, dtype=object)
    main_platform = np.empty(n_nodes, dtype=object)
    is_customer = np.zeros(n_nodes, dtype=bool)
    for c, spec in enumerate(_COMMUNITIES):
        group = members[c]
        age_group[group] = pick(rng, NETWORK_AGE_GROUPS, spec.age_groups, len(group))
        main_platform[group] = pick(rng, list(spec.platforms), list(spec.platforms.values()), len(group))
        is_customer[group] = rng.random(len(group)) < spec.customers
    nodes = pd.DataFrame({
        "node": label.astype("int64"), "community": community.astype("int64"),
        "followers": in_degree[label].astype("int64"), "age_group": age_group,
        "main_platform": main_platform, "is_customer": is_customer,
    })
    return edge_frame, nodes.sort_values("node").reset_index(drop=True)

