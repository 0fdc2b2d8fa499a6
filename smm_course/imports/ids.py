"""The moment a post went out, read from its ID, for platforms whose IDs encode it.

X and TikTok build their post IDs from the time of posting ("snowflake" IDs): X's ID shifted right by
22 bits is the number of milliseconds since 4 November 2010 01:42:54.657 UTC, and TikTok's ID shifted
right by 32 bits is the number of seconds since 1 January 1970 UTC. Their exports leave out what the
ID knows: X's content export gives the day but not the time, and TikTok's gives the day but not the
year. The importer uses the ID only when it agrees with the export's own date.

>>> str(posted_at_from_id("X", "1829881828333322240"))
'2024-08-31 14:00:00.092000+00:00'
>>> str(posted_at_from_id("TikTok", "7409281136397910021"))
'2024-08-31 12:34:56+00:00'
>>> posted_at_from_id("Facebook", "123") is None
True
"""

from __future__ import annotations

import pandas as pd

__all__ = ["id_for_time", "posted_at_from_id"]

_X_EPOCH_MS = 1288834974657
# IDs outside 2010-2040 are not snowflakes, whatever their length.
_EARLIEST = pd.Timestamp("2010-11-04", tz="UTC")
_LATEST = pd.Timestamp("2040-01-01", tz="UTC")


def posted_at_from_id(platform: str, post_id: str) -> pd.Timestamp | None:
    """When the post went out (UTC), decoded from an X or TikTok post ID; None if the ID cannot say.

    Parameters
    ----------
    platform : str
        ``"X"`` or ``"TikTok"``; any other platform gives None.
    post_id : str
        The post's ID, digits only.
    """
    text = str(post_id).strip()
    if not text.isdigit() or len(text) < 15:
        return None
    number = int(text)
    if platform == "X":
        stamp = pd.Timestamp((number >> 22) + _X_EPOCH_MS, unit="ms", tz="UTC")
    elif platform == "TikTok":
        stamp = pd.Timestamp(number >> 32, unit="s", tz="UTC")
    else:
        return None
    return stamp if _EARLIEST <= stamp < _LATEST else None


def id_for_time(platform: str, moment: pd.Timestamp, serial: int) -> str:
    """A post ID that encodes ``moment`` (UTC), for writing synthetic exports; ``serial`` makes it unique.

    Examples
    --------
    >>> moment = pd.Timestamp("2025-03-01 09:30", tz="UTC")
    >>> posted_at_from_id("TikTok", id_for_time("TikTok", moment, 7)) == moment
    True
    """
    moment = pd.Timestamp(moment)
    moment = moment.tz_localize("UTC") if moment.tzinfo is None else moment.tz_convert("UTC")
    if platform == "X":
        milliseconds = int(moment.value // 1_000_000) - _X_EPOCH_MS
        return str((milliseconds << 22) | (serial % (1 << 22)))
    if platform == "TikTok":
        return str((int(moment.value // 1_000_000_000) << 32) | (serial % (1 << 32)))
    raise ValueError(f"platform must be 'X' or 'TikTok', not {platform!r}")
