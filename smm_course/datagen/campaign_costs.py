"""``campaign_costs``: what Nuvola spent in 2025, by month, campaign and channel (synthetic)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from smm_course.datagen.world import SEEDS, WORLD

__all__ = ["make_campaign_costs"]

# (campaign, channel, euros per month, first month, last month)
_BUDGET = (
    ("always_on", "content production", 4000, 1, 12),
    ("always_on", "Instagram", 1500, 1, 12),
    ("always_on", "Facebook", 1000, 1, 12),
    ("always_on", "TikTok", 800, 1, 12),
    ("brand_search", "google", 2500, 1, 12),
    ("newsletter", "email", 400, 1, 12),
    ("crisis_response", "PR agency", 12000, 4, 4),
    ("crisis_response", "content production", 3000, 4, 4),
    ("nuvolatruth", "Instagram", 2400, 5, 5),
    ("nuvolatruth", "Facebook", 1600, 5, 5),
    ("nuvolatruth", "TikTok", 2000, 5, 5),
    ("nuvolatruth", "content production", 3500, 5, 5),
    ("autumn_sparkle", "Instagram", 1300, 9, 11),
    ("autumn_sparkle", "Facebook", 700, 9, 11),
    ("autumn_sparkle", "TikTok", 1000, 9, 11),
    ("autumn_sparkle", "influencers", 900, 9, 11),
    ("autumn_sparkle", "content production", 600, 9, 11),
)


def make_campaign_costs(random_state: int = SEEDS["campaign_costs"]) -> pd.DataFrame:
    """Nuvola's marketing spend in 2025 by month, campaign and channel, in euros (synthetic).

    Each line item is a monthly budget times invoice noise (lognormal, sd 0.08), rounded
    to cents. Campaign names match the ``campaign`` column of ``web_sessions``, so the
    two can be joined to compute ROAS = revenue / cost and ROI on gross profit
    = (revenue x margin - cost) / cost.

    Examples
    --------
    >>> costs = make_campaign_costs()
    >>> sorted(costs["campaign"].unique())[:3]
    ['always_on', 'autumn_sparkle', 'brand_search']
    >>> bool((costs["cost"] > 0).all())
    True
    """
    rng = np.random.default_rng(random_state)
    rows = []
    for month in range(1, 13):
        for campaign, channel, budget, first, last in _BUDGET:
            if first <= month <= last:
                cost = round(budget * float(rng.lognormal(0.0, 0.08)), 2)
                rows.append((pd.Timestamp(year=WORLD.year, month=month, day=1), campaign, channel, cost))
    return pd.DataFrame(rows, columns=["month", "campaign", "channel", "cost"])
