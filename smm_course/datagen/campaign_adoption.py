"""``campaign_adoption``: weekly adopters of the word-of-mouth campaign, from the Bass model (synthetic)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from smm_course.datagen.world import SEEDS, WORLD
from smm_course.diffusion import bass_cumulative

__all__ = ["make_campaign_adoption"]

_BASS = {"m": 38_000, "p": 0.011, "q": 0.31}  # market size, innovation, imitation (per week)


def make_campaign_adoption(random_state: int = SEEDS["campaign_adoption"]) -> pd.DataFrame:
    """Weekly new adopters of Nuvola's word-of-mouth campaign over 52 weeks (synthetic).

    Expected adopters in week t (t = 1 .. 52, the first week starting 6 January 2025) are
    m (F(t) - F(t - 1)) from the Bass model (:func:`smm_course.diffusion.bass_cumulative`,
    the curve notebook 07 fits) with m = 38,000, p = 0.011 and q = 0.31 per week, times
    lognormal noise (sd 0.1), drawn as Poisson counts. ``cumulative_adopters`` is the
    running sum.

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

