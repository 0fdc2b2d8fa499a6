"""``campaign_adoption``: weekly adopters of the word-of-mouth campaign, from the Bass model (synthetic)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from smm_course.datagen.world import SEEDS, WORLD

__all__ = ["bass_cumulative", "make_campaign_adoption"]

_BASS = {"m": 38_000, "p": 0.011, "q": 0.31}  # market size, innovation, imitation (per week)


def bass_cumulative(t, p: float, q: float):
    """Share of the market that has adopted by time ``t`` in the Bass (1969) model.

    F(t) = (1 - exp(-(p + q) t)) / (1 + (q / p) exp(-(p + q) t)), with innovation ``p``
    and imitation ``q`` per time unit (here a week). Cumulative adopters are m F(t).

    Examples
    --------
    >>> round(float(bass_cumulative(0, 0.03, 0.38)), 3)
    0.0
    >>> round(float(bass_cumulative(10, 0.03, 0.38)), 3)
    0.813
    """
    if p <= 0 or q < 0:
        raise ValueError(f"p must be positive and q not negative, got p={p}, q={q}.")
    decay = np.exp(-(p + q) * np.asarray(t, dtype=float))
    return (1.0 - decay) / (1.0 + (q / p) * decay)


def make_campaign_adoption(random_state: int = SEEDS["campaign_adoption"]) -> pd.DataFrame:
    """Weekly new adopters of Nuvola's word-of-mouth campaign over 52 weeks (synthetic).

    Expected adopters in week t (t = 1 .. 52, the first week starting 6 January 2025) are
    m (F(t) - F(t - 1)) from the Bass model (:func:`bass_cumulative`) with m = 38,000,
    p = 0.011 and q = 0.31 per week, times lognormal noise (sd 0.1), drawn as Poisson
    counts. ``cumulative_adopters`` is the running sum.

    Examples
    --------
    >>> adoption = make_campaign_adoption()
    >>> adoption.shape
    (52, 4)
    >>> bool(adoption["cumulative_adopters"].is_monotonic_increasing)
    True
    """
    rng = np.random.default_rng(random_state)
    weeks = np.arange(1, WORLD.wom_campaign_weeks + 1)
    share = bass_cumulative(weeks, _BASS["p"], _BASS["q"]) - bass_cumulative(weeks - 1, _BASS["p"], _BASS["q"])
    expected = _BASS["m"] * share * rng.lognormal(0.0, 0.1, len(weeks))
    new_adopters = rng.poisson(expected).astype("int64")
    return pd.DataFrame({
        "week": weeks.astype("int64"),
        "week_start": WORLD.wom_campaign_start + pd.to_timedelta(7 * (weeks - 1), unit="D"),
        "new_adopters": new_adopters,
        "cumulative_adopters": np.cumsum(new_adopters).astype("int64"),
    })

