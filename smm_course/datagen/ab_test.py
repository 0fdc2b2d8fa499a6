"""``ab_test``: an A/B test of two versions of one summer post over 14 days (synthetic)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from smm_course.datagen.world import SEEDS

__all__ = ["make_ab_test"]

_AB_START = pd.Timestamp("2025-06-02")
_AB_DAYS = 14
# Per-variant rates: clicks per impression and shares per person reached.
_AB_RATES = {"A": {"clicks": 0.0150, "shares": 0.0084}, "B": {"clicks": 0.0147, "shares": 0.0104}}


def make_ab_test(random_state: int = SEEDS["ab_test"]) -> pd.DataFrame:
    """Daily results of an A/B test of two versions of one post over 14 days (synthetic).

    Each variant gets a similar daily audience (``impressions``, ``reach``). ``clicks``
    are binomial draws from impressions and ``shares`` from reach, with variant B's share
    rate about a quarter higher and its click rate about the same as A's. Compare the
    variants with a two-proportion z-test on the 14-day totals.

    Examples
    --------
    >>> ab = make_ab_test()
    >>> ab.shape
    (28, 6)
    >>> sorted(ab["variant"].unique())
    ['A', 'B']
    """
    rng = np.random.default_rng(random_state)
    rows = []
    for offset in range(_AB_DAYS):
        date = _AB_START + pd.Timedelta(days=offset)
        daily_audience = 5200 * (1.15 if date.day_of_week >= 5 else 1.0)
        for variant, rates in _AB_RATES.items():
            impressions = int(rng.poisson(daily_audience))
            reach = int(rng.binomial(impressions, 0.8))
            clicks = int(rng.binomial(impressions, rates["clicks"]))
            shares = int(rng.binomial(reach, rates["shares"]))
            rows.append((date, variant, impressions, reach, clicks, shares))
    return pd.DataFrame(rows, columns=["date", "variant", "impressions", "reach", "clicks", "shares"])

