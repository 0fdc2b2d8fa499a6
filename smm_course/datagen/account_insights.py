"""``account_insights``: Nuvola's weekly Instagram account metrics in 2025, across a metric change (synthetic)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from smm_course.datagen.timeline import drinks_season, day_index
from smm_course.datagen.world import SEEDS, WORLD

__all__ = ["make_account_insights", "VIEWS_FIRST_WEEK", "IMPRESSIONS_LAST_WEEK", "VIEWS_PER_IMPRESSION"]

# Meta replaced Instagram's "impressions" with "views" (which also count repeat plays of the same content): the
# Insights API stopped serving impressions for organic Instagram media and users on 21 April 2025 (Meta for
# Developers blog, 21 January 2025, "Making it easier to build integrations across the Instagram API and Marketing
# API"). The export reports both in the weeks of the transition.
VIEWS_FIRST_WEEK = pd.Timestamp("2025-03-24")
IMPRESSIONS_LAST_WEEK = pd.Timestamp("2025-04-14")
VIEWS_PER_IMPRESSION = 1.52  # the planted level jump: views count every play, impressions did not
_FREQUENCY = 2.1  # impressions per account reached
_REACH_BASE = 300_000
_ENGAGEMENT = 0.031  # interactions per account reached


def make_account_insights(random_state: int = SEEDS["account_insights"]) -> pd.DataFrame:
    """Weekly Instagram account metrics of Nuvola in 2025, as its analytics export reports them (synthetic).

    One row per week (Monday to Sunday, weeks starting 6 January to 29 December 2025). Accounts reached
    follow the drinks season, jump in the crisis week of 7 April and during the May and autumn campaigns;
    impressions are reach times about 2.1 showings per account, and views are impressions times
    :data:`VIEWS_PER_IMPRESSION` (1.52, with 2% noise), because views also count repeat plays. The export
    reports ``impressions`` until the week of 14 April and ``views`` from the week of 24 March, so four
    weeks carry both and the series can be spliced honestly; ``reach`` keeps its definition all year.

    Examples
    --------
    >>> insights = make_account_insights()
    >>> len(insights), int(insights["impressions"].notna().sum()), int(insights["views"].notna().sum())
    (52, 15, 41)
    """
    rng = np.random.default_rng(random_state)
    weeks = pd.date_range("2025-01-06", "2025-12-29", freq="7D")
    start = np.array([day_index(week) for week in weeks], dtype=float)
    mid = start + 3.0
    event = np.ones(len(weeks))
    crisis = day_index(WORLD.crisis_date)
    event[start == crisis] = 1.55  # everyone looks at the brand that is in the news
    event[start == crisis + 7] = 1.2
    in_may = (mid >= day_index(WORLD.recovery_campaign.start)) & (mid <= day_index(WORLD.recovery_campaign.end))
    in_autumn = (mid >= day_index(WORLD.autumn_campaign.start)) & (mid <= day_index(WORLD.autumn_campaign.end))
    event[in_may] *= 1.35
    event[in_autumn] *= 1.15
    reach = _REACH_BASE * drinks_season(mid, 0.25) * event * rng.lognormal(0.0, 0.08, len(weeks))
    impressions = reach * _FREQUENCY * rng.lognormal(0.0, 0.04, len(weeks))
    views = impressions * VIEWS_PER_IMPRESSION * rng.lognormal(0.0, 0.02, len(weeks))
    interactions = reach * _ENGAGEMENT * np.where(start == crisis, 1.8, 1.0) * rng.lognormal(0.0, 0.1, len(weeks))

    gained = 290.0 + rng.normal(0.0, 60.0, len(weeks))
    gained[start == crisis] = -900.0 + rng.normal(0.0, 50.0)  # people unfollow during the crisis
    gained[start == crisis + 7] = -350.0 + rng.normal(0.0, 50.0)
    gained[in_may] += 450.0
    followers = 86_400 + np.cumsum(gained)

    frame = pd.DataFrame({
        "week_start": weeks,
        "followers": np.round(followers).astype("int64"),
        "reach": np.round(reach).astype("int64"),
        "impressions": np.where(weeks <= IMPRESSIONS_LAST_WEEK, np.round(impressions), np.nan),
        "views": np.where(weeks >= VIEWS_FIRST_WEEK, np.round(views), np.nan),
        "interactions": np.round(interactions).astype("int64"),
    })
    return frame
