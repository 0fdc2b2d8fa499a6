"""Generate every course dataset, the same bytes on every run.

Run ``python -m smm_course.datagen [--out DIR]`` to write each dataset as a CSV file into
DIR (by default the repository's ``datasets/`` folder). Each dataset has its own module,
named after it, with its ``make_*`` function (``smm_course.datagen.posts`` holds
``make_posts``), and each synthetic dataset its own fixed seed (see :data:`SEEDS`), so you
can read how one dataset is made without reading the others:

- ``social_media_users`` and ``platform_audiences``: real data, written from published figures
  kept in the module with their sources;
- ``posts``, ``messages``, ``customers``, ``mentions``, ``reviews``, ``follower_network`` (which
  also makes ``follower_network_nodes``), ``campaign_adoption``, ``web_sessions``,
  ``campaign_costs``, ``ab_test`` and ``account_insights``: synthetic data.

The course world (brand, competitors, platforms, year and key dates) is :data:`WORLD`, and
the values each categorical column may take are the vocabularies; both live in
:mod:`smm_course.datagen.world`. Notebooks may import the world::

    from smm_course.datagen import WORLD
    WORLD.crisis_date   # Timestamp('2025-04-07 00:00:00')

A generator module loads the first time one of its names is used, so :mod:`smm_course.data`,
which imports only the world, never loads the generators.

Why the files are byte-for-byte reproducible: every random draw comes from a
``numpy.random.default_rng(seed)`` made inside the function that needs it, nothing
iterates over a set, and :func:`write_all` turns every value into text itself (fixed
decimals per column, ISO dates, ``\\n`` line ends, UTF-8; see
:mod:`smm_course.datagen.csv_format`) instead of leaving it to the pandas version in use.

>>> from smm_course.datagen import make_ab_test
>>> make_ab_test().shape
(28, 6)
"""

from importlib import import_module

from smm_course.datagen import world
from smm_course.datagen.world import *  # the course world and its vocabularies

# Each generator name and the module that defines it, loaded on first use.
_LAZY = {
    "make_social_media_users": "social_media_users",
    "make_platform_audiences": "platform_audiences",
    "make_posts": "posts",
    "make_messages": "messages",
    "make_customers": "customers",
    "make_mentions": "mentions",
    "make_reviews": "reviews",
    "make_follower_network": "follower_network",
    "make_campaign_adoption": "campaign_adoption",
    "bass_cumulative": "campaign_adoption",  # defined in smm_course.diffusion; the generator uses it
    "make_web_sessions": "web_sessions",
    "make_campaign_costs": "campaign_costs",
    "make_ab_test": "ab_test",
    "make_account_insights": "account_insights",
    "DATASET_NAMES": "build",
    "build_all": "build",
    "default_out_dir": "build",
    "write_all": "build",
    "main": "build",
}

__all__ = [*world.__all__, *_LAZY]


def __getattr__(name):
    if name in _LAZY:
        return getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return __all__
