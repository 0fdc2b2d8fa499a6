"""Build the course datasets and write them as CSV files: ``python -m smm_course.datagen``."""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from smm_course.datagen.ab_test import make_ab_test
from smm_course.datagen.account_insights import make_account_insights
from smm_course.datagen.campaign_adoption import make_campaign_adoption
from smm_course.datagen.campaign_costs import make_campaign_costs
from smm_course.datagen.csv_format import csv_bytes
from smm_course.datagen.customers import make_customers
from smm_course.datagen.follower_network import make_follower_network
from smm_course.datagen.mentions import make_mentions
from smm_course.datagen.messages import make_messages
from smm_course.datagen.platform_audiences import make_platform_audiences
from smm_course.datagen.posts import make_posts
from smm_course.datagen.reviews import make_reviews
from smm_course.datagen.social_media_users import make_social_media_users
from smm_course.datagen.web_sessions import make_web_sessions

__all__ = ["DATASET_NAMES", "build_all", "default_out_dir", "write_all", "main"]


def _network_edges() -> pd.DataFrame:
    return make_follower_network()[0]


def _network_nodes() -> pd.DataFrame:
    return make_follower_network()[1]


# Every dataset file and the function that makes it, in the order they are written.
_BUILDERS = {
    "social_media_users": make_social_media_users,
    "platform_audiences": make_platform_audiences,
    "posts": make_posts,
    "messages": make_messages,
    "customers": make_customers,
    "mentions": make_mentions,
    "reviews": make_reviews,
    "follower_network": _network_edges,
    "follower_network_nodes": _network_nodes,
    "campaign_adoption": make_campaign_adoption,
    "web_sessions": make_web_sessions,
    "campaign_costs": make_campaign_costs,
    "ab_test": make_ab_test,
    "account_insights": make_account_insights,
}
DATASET_NAMES = tuple(_BUILDERS)


def build_all(names=None) -> dict[str, pd.DataFrame]:
    """Build course datasets as DataFrames, keyed by file name (without ``.csv``).

    ``names`` picks some datasets (default: all of them, see :data:`DATASET_NAMES`).

    Examples
    --------
    >>> frames = build_all(["ab_test", "campaign_adoption"])
    >>> {name: frame.shape for name, frame in frames.items()}
    {'ab_test': (28, 6), 'campaign_adoption': (52, 4)}
    """
    if names is None:
        chosen = list(DATASET_NAMES)
    else:
        chosen = [names] if isinstance(names, str) else list(names)
        unknown = [n for n in chosen if n not in _BUILDERS]
        if unknown:
            raise ValueError(
                f"names has unknown datasets {unknown}; choose from {list(DATASET_NAMES)}."
            )
    network = make_follower_network() if {"follower_network", "follower_network_nodes"} & set(chosen) else None
    frames = {}
    for name in chosen:
        if name == "follower_network":
            frames[name] = network[0]
        elif name == "follower_network_nodes":
            frames[name] = network[1]
        else:
            frames[name] = _BUILDERS[name]()
    return frames


def default_out_dir() -> Path:
    """The repository's ``datasets/`` folder, next to the ``smm_course`` package.

    Examples
    --------
    >>> default_out_dir().name
    'datasets'
    """
    return Path(__file__).resolve().parents[2] / "datasets"


def write_all(out_dir: str | Path | None = None, names=None) -> list[Path]:
    """Write datasets as ``NAME.csv`` into ``out_dir`` and return the paths written.

    ``out_dir`` defaults to the repository's ``datasets/`` folder and is created if
    missing; ``names`` picks some datasets (default: all). Files are written as bytes
    (UTF-8, ``\\n`` line ends), so a rerun on any operating system reproduces them exactly.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     paths = write_all(tmp, names=["ab_test"])
    ...     first_line = paths[0].read_text().splitlines()[0]
    >>> first_line
    'date,variant,impressions,reach,clicks,shares'
    """
    out = Path(out_dir) if out_dir is not None else default_out_dir()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in build_all(names).items():
        path = out / f"{name}.csv"
        path.write_bytes(csv_bytes(name, frame))
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m smm_course.datagen [--out DIR] [--only NAME ...]``.

    Writes the datasets (all of them, or only the named ones) and prints what it wrote.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     main(["--out", tmp, "--only", "ab_test", "campaign_costs"])
    Wrote 2 datasets (0.0 MB) to ...
    0
    """
    parser = argparse.ArgumentParser(
        prog="python -m smm_course.datagen",
        description="Write the course datasets (CSV) into a folder, reproducibly.",
    )
    parser.add_argument("--out", type=Path, default=None,
                        help="folder to write into (default: the repository's datasets/ folder)")
    parser.add_argument("--only", nargs="+", metavar="NAME", choices=DATASET_NAMES, default=None,
                        help="write only these datasets (default: all)")
    args = parser.parse_args(argv)
    paths = write_all(args.out, names=args.only)
    total = sum(p.stat().st_size for p in paths)
    print(f"Wrote {len(paths)} datasets ({total / 1e6:.1f} MB) to {paths[0].parent}")
    return 0

