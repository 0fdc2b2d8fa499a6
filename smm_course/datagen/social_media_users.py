"""``social_media_users``: social media users worldwide at dated points (real data).

The figures are kept here, each with its published source.
"""

from __future__ import annotations

import math

import pandas as pd

__all__ = ["make_social_media_users"]

_DATAREPORTAL_2022 = (
    "Kepios, We Are Social and Hootsuite, 'Digital 2022: Global Overview Report', "
    "DataReportal, 26 January 2022"
)
_DATAREPORTAL_2022_JULY = (
    "Kepios, We Are Social and Hootsuite, 'Digital 2022 July Global Statshot Report', "
    "DataReportal, 21 July 2022"
)
_DATAREPORTAL_2024 = (
    "Kepios, We Are Social and Meltwater, 'Digital 2024: Global Overview Report', "
    "DataReportal, 31 January 2024"
)
_STATISTA_UN = (
    "Users: Statista summary of Kepios/DataReportal estimates; world population: United "
    "Nations, World Population Prospects 2022"
)
_SEED_ARTICLE = "Course seed article 'Marketing sui social media (SMM)' (seed/smm_article_it.md)"


def make_social_media_users() -> pd.DataFrame:
    """Social media users worldwide at dated points, from published reports (real data).

    Columns: ``date`` (the month the figure refers to; a year's first day for annual
    estimates), ``year``, ``users`` (people), ``world_population`` (people, NaN when the
    source gives none), ``penetration`` (users / world population, a fraction),
    ``yoy_growth_reported`` (year-on-year growth as the source reports it, a fraction),
    ``source`` and ``note``. Where a source gives users and population but no
    penetration, penetration is computed as users / world_population.

    Sources: DataReportal / Kepios Global Digital reports (January 2022, July 2022,
    January 2024), Statista summaries for 2010 and 2015 with UN World Population
    Prospects 2022 for the population, and the course's seed article for MySpace (2004)
    and March 2022. The 2004 row counts one site (MySpace), not all social media.

    Examples
    --------
    >>> users = make_social_media_users()
    >>> int(users.loc[users["date"] == "2022-01-01", "users"].iloc[0])
    4620000000
    >>> bool(users["penetration"].max() < 1)
    True
    """
    rows = [
        ("2004-01-01", 1_000_000, math.nan, math.nan, math.nan, _SEED_ARTICLE,
         "One site, not all social media: MySpace was the first social site to reach "
         "1 million users."),
        ("2010-01-01", 970_000_000, 6_990_000_000, math.nan, math.nan, _STATISTA_UN,
         "Annual estimate; penetration computed as users / world_population."),
        ("2015-01-01", 2_070_000_000, 7_430_000_000, math.nan, math.nan, _STATISTA_UN,
         "Annual estimate; penetration computed as users / world_population."),
        ("2022-01-01", 4_620_000_000, 7_910_000_000, 0.584, 0.101, _DATAREPORTAL_2022,
         "Penetration and growth as reported (58.4% of 7.91 billion people, +10.1% in a year)."),
        ("2022-03-01", 4_600_000_000, math.nan, 0.58, 0.10, _SEED_ARTICLE,
         "The seed says 'over 58%' and 'over 10%' in a year: both are lower bounds."),
        ("2022-07-01", 4_700_000_000, math.nan, math.nan, math.nan, _DATAREPORTAL_2022_JULY,
         "Users only."),
        ("2024-01-01", 5_040_000_000, 8_090_000_000, 0.623, 0.056, _DATAREPORTAL_2024,
         "World population implied by the report: 5.04 billion users = 62.3%."),
    ]
    frame = pd.DataFrame(
        rows,
        columns=["date", "users", "world_population", "penetration",
                 "yoy_growth_reported", "source", "note"],
    )
    frame["date"] = pd.to_datetime(frame["date"])
    frame.insert(1, "year", frame["date"].dt.year.astype("int64"))
    computed = frame["users"] / frame["world_population"]
    frame["penetration"] = frame["penetration"].fillna(computed).round(4)
    return frame

