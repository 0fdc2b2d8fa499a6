"""The course year as day numbers, and the shapes over the year that several datasets share.

Generators work with day indexes (1 January 2025 is day 0) because NumPy arrays of
integers are fast to compare and to draw from; :func:`timestamps` turns them back into
dates at the end.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from smm_course.datagen.world import WORLD

__all__ = [
    "DAYS",
    "N_DAYS",
    "CRISIS_DAY",
    "RESPONSE_TEAM_DAY",
    "RECOVERY_DAYS",
    "AUTUMN_DAYS",
    "day_index",
    "timestamps",
    "drinks_season",
    "crisis_profile",
]

DAYS = pd.date_range(WORLD.start, WORLD.end, freq="D")
N_DAYS = len(DAYS)


def day_index(ts: pd.Timestamp) -> int:
    """Index of a date in the course year (1 January is 0).

    Examples
    --------
    >>> day_index("2025-01-01"), day_index(WORLD.crisis_date)
    (0, 96)
    """
    return int((pd.Timestamp(ts) - WORLD.start).days)


CRISIS_DAY = day_index(WORLD.crisis_date)
RESPONSE_TEAM_DAY = day_index(WORLD.response_team_date)
# First and last day of each campaign, both included.
RECOVERY_DAYS = (day_index(WORLD.recovery_campaign.start), day_index(WORLD.recovery_campaign.end))
AUTUMN_DAYS = (day_index(WORLD.autumn_campaign.start), day_index(WORLD.autumn_campaign.end))


def timestamps(day: np.ndarray, seconds: np.ndarray) -> pd.Series:
    """Timestamps from a day index in the course year and seconds after midnight.

    Examples
    --------
    >>> timestamps([0, CRISIS_DAY], [3600, 0]).tolist()
    [Timestamp('2025-01-01 01:00:00'), Timestamp('2025-04-07 00:00:00')]
    """
    return pd.Series(
        WORLD.start
        + pd.to_timedelta(np.asarray(day, dtype="int64"), unit="D")
        + pd.to_timedelta(np.asarray(seconds, dtype="int64"), unit="s")
    )


def drinks_season(day: np.ndarray, amplitude: float) -> np.ndarray:
    """Seasonal demand for cold drinks: 1 in winter, up to 1 + amplitude in late July.

    Examples
    --------
    >>> drinks_season([0, 200], 0.25).round(2).tolist()
    [1.0, 1.25]
    """
    return 1.0 + amplitude * np.exp(-(((np.asarray(day, dtype=float) - 200.0) / 50.0) ** 2))


def crisis_profile(days_since: np.ndarray, slow_until: int, fast_rate: float) -> np.ndarray:
    """Relative size of the crisis wave, 1 at its peak, 0 before the crisis.

    It rises on the first day, stays near its peak while nobody answers (until
    ``slow_until`` days after the crisis) and then decays at ``fast_rate`` per day.

    Examples
    --------
    >>> crisis_profile([-1, 0, 1, 3, 10], slow_until=3, fast_rate=0.17).round(2).tolist()
    [0.0, 0.55, 1.0, 0.92, 0.28]
    """
    d = np.asarray(days_since, dtype=float)
    plateau = np.array([0.55, 1.0, 0.96, 0.92])
    profile = np.zeros_like(d)
    early = (d >= 0) & (d <= slow_until)
    profile[early] = plateau[np.clip(d[early].astype(int), 0, len(plateau) - 1)]
    late = d > slow_until
    profile[late] = plateau[min(slow_until, len(plateau) - 1)] * np.exp(-fast_rate * (d[late] - slow_until))
    return profile
