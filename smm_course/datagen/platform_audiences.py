"""``platform_audiences``: share of US adults who use each platform, by age (real data).

The figures are Pew Research Center's, kept here with their source.
"""

from __future__ import annotations

import pandas as pd

from smm_course.datagen.world import AUDIENCE_AGE_GROUPS, AUDIENCE_PLATFORMS

__all__ = ["make_platform_audiences"]

_PEW_2024 = (
    "Pew Research Center, 'Americans' Social Media Use', 31 January 2024 "
    "(survey of 5,733 US adults, 19 May to 5 September 2023)"
)

# Share of US adults who use each platform, by age (Pew Research Center, 2024).
_PEW_SHARES: dict[str, tuple[int, int, int, int, int]] = {
    #             all  18-29 30-49 50-64 65+
    "YouTube": (83, 93, 92, 83, 60),
    "Facebook": (68, 67, 75, 69, 58),
    "Instagram": (47, 78, 59, 35, 15),
    "Pinterest": (35, 45, 40, 33, 21),
    "TikTok": (33, 62, 39, 24, 10),
    "LinkedIn": (30, 32, 40, 31, 12),
    "WhatsApp": (29, 32, 38, 29, 16),
    "Snapchat": (27, 65, 30, 13, 4),
    "X": (22, 42, 27, 17, 6),
    "Reddit": (22, 44, 31, 11, 3),
}


def make_platform_audiences() -> pd.DataFrame:
    """Share of US adults who use each platform, overall and by age group (real data).

    ``share_of_adults`` is a fraction (0.93 means 93% of US adults in that age group say
    they ever use the platform). Source: Pew Research Center, "Americans' Social Media
    Use", 31 January 2024, a survey of 5,733 US adults from 19 May to 5 September 2023.

    Examples
    --------
    >>> aud = make_platform_audiences()
    >>> aud.shape
    (50, 4)
    >>> float(aud.query("platform == 'Instagram' and age_group == '18-29'")["share_of_adults"].iloc[0])
    0.78
    """
    rows = [
        (platform, age_group, share / 100, _PEW_2024)
        for platform in AUDIENCE_PLATFORMS
        for age_group, share in zip(AUDIENCE_AGE_GROUPS, _PEW_SHARES[platform])
    ]
    return pd.DataFrame(rows, columns=["platform", "age_group", "share_of_adults", "source"])
