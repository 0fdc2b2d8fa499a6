"""Generate every course dataset, the same bytes on every run.

Run ``python -m smm_course.datagen [--out DIR]`` to write each dataset as a CSV file into
DIR (by default the repository's ``datasets/`` folder). Each synthetic dataset has its own
fixed seed (see :data:`SEEDS`) and its own ``make_*`` function, so you can read how one
dataset is made without reading the others. The two real datasets are written from the
published figures kept below, each with its source.

The course world (brand, competitors, platforms, year and key dates) is :data:`WORLD`.
Notebooks may import it::

    from smm_course.datagen import WORLD
    WORLD.crisis_date   # Timestamp('2025-04-07 00:00:00')

Why the files are byte-for-byte reproducible: every random draw comes from a
``numpy.random.default_rng(seed)`` made inside the function that needs it, nothing
iterates over a set, and :func:`write_all` turns every value into text itself (fixed
decimals per column, ISO dates, ``\\n`` line ends, UTF-8) instead of leaving it to the
pandas version in use.
"""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = [
    "WORLD",
    "SEEDS",
    "Campaign",
    "CourseWorld",
    "make_social_media_users",
    "make_platform_audiences",
    "make_posts",
    "make_messages",
    "make_customers",
    "make_mentions",
    "make_reviews",
    "make_follower_network",
    "make_campaign_adoption",
    "make_web_sessions",
    "make_campaign_costs",
    "make_ab_test",
    "bass_cumulative",
    "DATASET_NAMES",
    "build_all",
    "default_out_dir",
    "write_all",
    "main",
]


# --------------------------------------------------------------------------------------
# The course world
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Campaign:
    """A named marketing campaign that runs from ``start`` to ``end`` (both days included).

    Examples
    --------
    >>> c = Campaign("test", pd.Timestamp("2025-05-05"), pd.Timestamp("2025-05-31"))
    >>> c.days
    27
    """

    name: str
    start: pd.Timestamp
    end: pd.Timestamp

    @property
    def days(self) -> int:
        """Length of the campaign in days, both ends included."""
        return int((self.end - self.start).days) + 1


@dataclass(frozen=True)
class CourseWorld:
    """The fictional world that every course dataset shares (see docs/architecture.md).

    Dates are naive ``pandas.Timestamp`` values in local time (Europe/Rome), so you can
    compare them directly with the datetime columns that :func:`smm_course.data.load`
    returns. Money is in euros.

    Examples
    --------
    >>> WORLD.brand, WORLD.competitors
    ('Nuvola', ('Brezza', 'Sorgente', 'Zest'))
    >>> WORLD.brands
    ('Nuvola', 'Brezza', 'Sorgente', 'Zest')
    >>> WORLD.autumn_campaign.days
    91
    """

    brand: str
    competitors: tuple[str, ...]
    platforms: tuple[str, ...]
    year: int
    start: pd.Timestamp
    end: pd.Timestamp
    currency: str
    timezone: str
    crisis_date: pd.Timestamp
    response_team_date: pd.Timestamp
    recovery_campaign: Campaign
    autumn_campaign: Campaign
    baseline_start: pd.Timestamp
    baseline_end: pd.Timestamp
    conversion_goal: float
    wom_campaign_start: pd.Timestamp
    wom_campaign_weeks: int

    @property
    def brands(self) -> tuple[str, ...]:
        """The course brand first, then its competitors."""
        return (self.brand, *self.competitors)


WORLD = CourseWorld(
    brand="Nuvola",
    competitors=("Brezza", "Sorgente", "Zest"),
    platforms=("Facebook", "Instagram", "X", "YouTube", "TikTok", "LinkedIn"),
    year=2025,
    start=pd.Timestamp("2025-01-01"),
    end=pd.Timestamp("2025-12-31"),
    currency="EUR",
    timezone="Europe/Rome",
    crisis_date=pd.Timestamp("2025-04-07"),
    response_team_date=pd.Timestamp("2025-04-10"),
    recovery_campaign=Campaign(
        "#NuvolaTruth", pd.Timestamp("2025-05-05"), pd.Timestamp("2025-05-31")
    ),
    autumn_campaign=Campaign(
        "autumn_sparkle", pd.Timestamp("2025-09-01"), pd.Timestamp("2025-11-30")
    ),
    baseline_start=pd.Timestamp("2025-06-01"),
    baseline_end=pd.Timestamp("2025-08-31"),
    conversion_goal=0.15,
    wom_campaign_start=pd.Timestamp("2025-01-06"),
    wom_campaign_weeks=52,
)

# One fixed seed per synthetic dataset: changing one dataset never changes another.
SEEDS: dict[str, int] = {
    "posts": 20250101,
    "messages": 20250102,
    "customers": 20250103,
    "mentions": 20250104,
    "reviews": 20250105,
    "follower_network": 20250106,
    "campaign_adoption": 20250107,
    "web_sessions": 20250108,
    "campaign_costs": 20250109,
    "ab_test": 20250110,
}

# Products of each brand, used in texts and in reviews.
PRODUCTS: dict[str, tuple[str, ...]] = {
    "Nuvola": (
        "Nuvola Limone",
        "Nuvola Arancia Rossa",
        "Nuvola Pompelmo",
        "Nuvola Zero",
        "Nuvola Menta & Lime",
    ),
    "Brezza": ("Brezza Classica", "Brezza Pesca", "Brezza Zero"),
    "Sorgente": ("Sorgente Frizzante", "Sorgente Limonata", "Sorgente Bio"),
    "Zest": ("Zest Lime", "Zest Ginger", "Zest Berry"),
}

_DAYS = pd.date_range(WORLD.start, WORLD.end, freq="D")
_N_DAYS = len(_DAYS)


def _day(ts: pd.Timestamp) -> int:
    """Index of a date in the course year (1 January is 0)."""
    return int((pd.Timestamp(ts) - WORLD.start).days)


_CRISIS_DAY = _day(WORLD.crisis_date)
_TEAM_DAY = _day(WORLD.response_team_date)
_MAY_CAMPAIGN = (_day(WORLD.recovery_campaign.start), _day(WORLD.recovery_campaign.end))
_AUTUMN = (_day(WORLD.autumn_campaign.start), _day(WORLD.autumn_campaign.end))


def _drinks_season(day: np.ndarray, amplitude: float) -> np.ndarray:
    """Seasonal demand for cold drinks: 1 in winter, up to 1 + amplitude in late July."""
    return 1.0 + amplitude * np.exp(-(((np.asarray(day, dtype=float) - 200.0) / 50.0) ** 2))


def _pick(rng: np.random.Generator, options, probabilities, size: int) -> np.ndarray:
    """Draw ``size`` items from ``options`` with the given (renormalised) probabilities."""
    p = np.asarray(probabilities, dtype=float)
    return np.asarray(options, dtype=object)[rng.choice(len(options), size=size, p=p / p.sum())]


def _timestamps(day: np.ndarray, seconds: np.ndarray) -> pd.Series:
    """Timestamps from a day index in the course year and seconds after midnight."""
    return pd.Series(
        WORLD.start
        + pd.to_timedelta(np.asarray(day, dtype="int64"), unit="D")
        + pd.to_timedelta(np.asarray(seconds, dtype="int64"), unit="s")
    )


# --------------------------------------------------------------------------------------
# Real data: published figures, each with its source
# --------------------------------------------------------------------------------------

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
_PEW_2024 = (
    "Pew Research Center, 'Americans' Social Media Use', 31 January 2024 "
    "(survey of 5,733 US adults, 19 May to 5 September 2023)"
)


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
AUDIENCE_AGE_GROUPS = ("all", "18-29", "30-49", "50-64", "65+")
# The course platforms first, then the other platforms Pew asks about.
AUDIENCE_PLATFORMS = (*WORLD.platforms, "Pinterest", "WhatsApp", "Snapchat", "Reddit")


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


# --------------------------------------------------------------------------------------
# posts: what the four brands published in 2025
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _PlatformProfile:
    """How a platform behaves for a brand account, from public benchmarks.

    ``engagements_per_impression`` follows Buffer (2025) and, with ``reach_share`` (organic
    reach of a typical post as a share of followers) and ``frequency`` (impressions per
    person reached), gives engagement by followers near Rival IQ's 2023 medians.
    """

    reach_share: float
    frequency: float
    engagements_per_impression: float
    mix: tuple[float, float, float, float]  # likes, comments, shares, clicks
    saves_per_like: float
    best_hour: int
    follower_growth: float  # over the year
    cpm: float  # euros per 1,000 paid impressions
    formats: dict[str, float]
    format_effect: dict[str, float]
    text_length: tuple[int, int]
    share_of_posts: float


_PLATFORMS: dict[str, _PlatformProfile] = {
    "Facebook": _PlatformProfile(
        reach_share=0.010, frequency=1.7, engagements_per_impression=0.050,
        mix=(0.50, 0.08, 0.10, 0.32), saves_per_like=0.02, best_hour=13,
        follower_growth=0.05, cpm=7.0,
        formats={"image": 0.35, "video": 0.25, "carousel": 0.10, "link": 0.20, "text": 0.10},
        format_effect={"image": 1.0, "video": 1.1, "carousel": 1.05, "link": 0.7, "text": 0.9},
        text_length=(40, 400), share_of_posts=0.20,
    ),
    "Instagram": _PlatformProfile(
        reach_share=0.30, frequency=1.3, engagements_per_impression=0.012,
        mix=(0.80, 0.05, 0.07, 0.08), saves_per_like=0.10, best_hour=19,
        follower_growth=0.20, cpm=8.0,
        formats={"image": 0.35, "video": 0.35, "carousel": 0.30},
        format_effect={"image": 1.0, "video": 1.45, "carousel": 1.35},
        text_length=(60, 600), share_of_posts=0.28,
    ),
    "X": _PlatformProfile(
        reach_share=0.015, frequency=1.2, engagements_per_impression=0.023,
        mix=(0.40, 0.08, 0.17, 0.35), saves_per_like=0.03, best_hour=9,
        follower_growth=0.05, cpm=5.0,
        formats={"text": 0.40, "image": 0.30, "link": 0.20, "video": 0.10},
        format_effect={"text": 1.0, "image": 1.15, "link": 0.75, "video": 1.2},
        text_length=(30, 280), share_of_posts=0.12,
    ),
    "YouTube": _PlatformProfile(
        reach_share=0.12, frequency=1.1, engagements_per_impression=0.035,
        mix=(0.60, 0.10, 0.10, 0.20), saves_per_like=0.05, best_hour=17,
        follower_growth=0.12, cpm=8.0,
        formats={"video": 1.0}, format_effect={"video": 1.0},
        text_length=(100, 1000), share_of_posts=0.10,
    ),
    "TikTok": _PlatformProfile(
        reach_share=0.95, frequency=1.2, engagements_per_impression=0.049,
        mix=(0.85, 0.04, 0.09, 0.02), saves_per_like=0.08, best_hour=21,
        follower_growth=0.40, cpm=6.0,
        formats={"video": 0.70, "carousel": 0.15, "image": 0.15},
        format_effect={"video": 1.5, "carousel": 1.3, "image": 1.0},
        text_length=(20, 150), share_of_posts=0.20,
    ),
    "LinkedIn": _PlatformProfile(
        reach_share=0.06, frequency=1.1, engagements_per_impression=0.065,
        mix=(0.45, 0.08, 0.07, 0.40), saves_per_like=0.02, best_hour=8,
        follower_growth=0.15, cpm=30.0,
        formats={"text": 0.25, "image": 0.30, "video": 0.15, "carousel": 0.15, "link": 0.15},
        format_effect={"text": 1.1, "image": 1.0, "video": 0.85, "carousel": 0.92, "link": 0.8},
        text_length=(150, 1300), share_of_posts=0.10,
    ),
}

POST_FORMATS = ("image", "video", "carousel", "text", "link")
EMOTIONS = ("awe", "amusement", "anger", "anxiety", "contentment", "sadness", "neutral")
AROUSAL = {"awe": "high", "amusement": "high", "anger": "high", "anxiety": "high",
           "contentment": "low", "sadness": "low", "neutral": "none"}
VALENCE = {"awe": "positive", "amusement": "positive", "contentment": "positive",
           "anger": "negative", "anxiety": "negative", "sadness": "negative",
           "neutral": "neutral"}
# How often brands use each emotion, and how it changes shares per impression. The
# ordering follows Berger and Milkman (2012): high arousal raises sharing, sadness lowers
# it, and positive content is shared more than negative.
_EMOTION_USE = {"awe": 0.14, "amusement": 0.20, "anger": 0.08, "anxiety": 0.08,
                "contentment": 0.18, "sadness": 0.08, "neutral": 0.24}
_EMOTION_SHARES = {"awe": 1.45, "amusement": 1.30, "anger": 1.25, "anxiety": 1.12,
                   "contentment": 0.95, "sadness": 0.75, "neutral": 0.90}
POST_TOPICS = ("product", "recipe", "lifestyle", "behind_the_scenes", "sustainability",
               "promotion", "user_content", "event", "crisis_response")
_TOPIC_USE = (0.22, 0.12, 0.18, 0.10, 0.08, 0.12, 0.10, 0.08, 0.0)

# Followers on 1 January 2025 (Facebook, Instagram, X, YouTube, TikTok, LinkedIn).
_START_FOLLOWERS = {
    "Nuvola": (58_000, 86_000, 12_500, 17_000, 42_000, 8_500),
    "Brezza": (125_000, 70_000, 22_000, 30_000, 15_000, 12_000),
    "Sorgente": (45_000, 38_000, 6_000, 9_000, 8_000, 20_000),
    "Zest": (20_000, 60_000, 9_000, 14_000, 95_000, 3_000),
}
_BRAND_GROWTH = {"Nuvola": 1.0, "Brezza": 0.7, "Sorgente": 0.8, "Zest": 1.3}
_POSTS_BY_BRAND = {"Nuvola": 0.60, "Brezza": 0.14, "Sorgente": 0.13, "Zest": 0.13}


def _follower_paths(rng: np.random.Generator) -> dict[tuple[str, str], np.ndarray]:
    """Daily followers for every brand and platform: a rising trend with small wobbles.

    Nuvola loses a few per cent of its followers in the crisis week and then grows again.
    """
    day = np.arange(_N_DAYS, dtype=float)
    paths = {}
    for brand in WORLD.brands:
        for platform, start in zip(WORLD.platforms, _START_FOLLOWERS[brand]):
            growth = _PLATFORMS[platform].follower_growth * _BRAND_GROWTH[brand]
            trend = start * (1.0 + growth * day / (_N_DAYS - 1))
            wobble = np.zeros(_N_DAYS)
            shocks = rng.normal(0.0, 0.002, _N_DAYS)
            for i in range(1, _N_DAYS):  # AR(1): wobbles fade, so the trend wins
                wobble[i] = 0.9 * wobble[i - 1] + shocks[i]
            path = trend * (1.0 + wobble)
            if brand == WORLD.brand:
                since = np.clip(day - _CRISIS_DAY, 0, None)
                path *= 1.0 - 0.03 * (1.0 - np.exp(-since / 3.0)) * (day >= _CRISIS_DAY)
            paths[(brand, platform)] = np.round(path).astype("int64")
    return paths


def _posting_intensity(brand: str) -> np.ndarray:
    """Relative number of posts per day: brands post more in campaigns, less in August."""
    day = np.arange(_N_DAYS)
    intensity = np.ones(_N_DAYS)
    intensity[(day >= 212) & (day <= 242)] = 0.8  # August holidays
    if brand == WORLD.brand:
        intensity[(day >= _CRISIS_DAY) & (day < _CRISIS_DAY + 7)] = 0.6
        intensity[(day >= _MAY_CAMPAIGN[0]) & (day <= _MAY_CAMPAIGN[1])] = 1.5
        intensity[(day >= _AUTUMN[0]) & (day <= _AUTUMN[1])] = 1.3
    return intensity


def make_posts(random_state: int = SEEDS["posts"], n_posts: int = 3000) -> pd.DataFrame:
    """Posts published by Nuvola (about 60%) and its three competitors in 2025 (synthetic).

    One row per post with its format, emotion, whether it was paid, the followers at
    posting time and its counts (``impressions``, ``reach``, ``likes``, ``comments``,
    ``shares``, ``saves``, ``clicks``, all in people or actions). ``cost`` is in euros.

    Model: reach = followers x organic reach share x noise (times about 4 when paid);
    impressions = reach x views per person (so reach <= impressions); each count is a
    negative-binomial draw around impressions x engagements per impression x effects of
    format, posting hour, emotion, questions and payment. Rates come from Buffer (2025)
    and Rival IQ (2023) benchmarks; the emotion effects follow Berger and Milkman (2012).

    Examples
    --------
    >>> posts = make_posts(n_posts=300)
    >>> len(posts)
    300
    >>> bool((posts["reach"] <= posts["impressions"]).all())
    True
    """
    if n_posts < 1:
        raise ValueError(f"n_posts must be a positive number of posts, got {n_posts}.")
    rng = np.random.default_rng(random_state)
    followers_by_day = _follower_paths(rng)

    brand = _pick(rng, list(_POSTS_BY_BRAND), list(_POSTS_BY_BRAND.values()), n_posts)
    platform = np.empty(n_posts, dtype=object)
    day = np.empty(n_posts, dtype="int64")
    for name in WORLD.brands:
        mask = brand == name
        count = int(mask.sum())
        weights = [p.share_of_posts for p in _PLATFORMS.values()]
        if name == "Zest":  # a TikTok-first challenger
            weights = [0.12, 0.28, 0.08, 0.10, 0.36, 0.06]
        elif name == "Sorgente":  # sells to offices too
            weights = [0.22, 0.24, 0.12, 0.08, 0.14, 0.20]
        platform[mask] = _pick(rng, list(_PLATFORMS), weights, count)
        intensity = _posting_intensity(name)
        day[mask] = rng.choice(_N_DAYS, size=count, p=intensity / intensity.sum())

    profiles = [_PLATFORMS[p] for p in platform]
    best_hour = np.array([p.best_hour for p in profiles])
    # Most posts go out at any daytime hour; some are timed for the platform's best hour.
    hour = rng.integers(7, 23, n_posts)
    timed = rng.random(n_posts) < 0.3
    hour[timed] = np.clip(np.round(rng.normal(best_hour[timed], 1.5)), 6, 23).astype(int)
    minute = rng.integers(0, 60, n_posts)
    posted_at = _timestamps(day, hour * 3600 + minute * 60)

    fmt = np.array([_pick(rng, list(p.formats), list(p.formats.values()), 1)[0] for p in profiles])
    emotion = _pick(rng, list(_EMOTION_USE), list(_EMOTION_USE.values()), n_posts)
    topic = _pick(rng, POST_TOPICS, _TOPIC_USE, n_posts)
    in_crisis = (brand == WORLD.brand) & (day >= _CRISIS_DAY) & (day < _CRISIS_DAY + 14)
    crisis_post = in_crisis & (rng.random(n_posts) < 0.7)
    topic[crisis_post] = "crisis_response"
    emotion[crisis_post] = _pick(rng, ["neutral", "contentment", "anxiety"], [0.5, 0.3, 0.2],
                                 int(crisis_post.sum()))
    arousal = np.array([AROUSAL[e] for e in emotion], dtype=object)
    valence = np.array([VALENCE[e] for e in emotion], dtype=object)
    asks_question = rng.random(n_posts) < np.where(np.isin(platform, ["X", "LinkedIn"]), 0.25, 0.18)

    in_campaign = (brand == WORLD.brand) & (
        ((day >= _MAY_CAMPAIGN[0]) & (day <= _MAY_CAMPAIGN[1]))
        | ((day >= _AUTUMN[0]) & (day <= _AUTUMN[1]))
    )
    paid = rng.random(n_posts) < np.where(in_campaign, 0.35, np.where(brand == WORLD.brand, 0.13, 0.11))

    followers = np.array([followers_by_day[(b, p)][d] for b, p, d in zip(brand, platform, day)])
    length_bounds = np.array([p.text_length for p in profiles])
    text_length = np.round(
        np.exp(rng.uniform(np.log(length_bounds[:, 0]), np.log(length_bounds[:, 1])))
    ).astype("int64")

    # Reach and impressions.
    reach_share = np.array([p.reach_share for p in profiles])
    reach = followers * reach_share * rng.lognormal(0.0, 0.45, n_posts)
    reach *= np.where(paid, rng.lognormal(np.log(4.0), 0.35, n_posts), 1.0)
    viral_odds = np.array([_EMOTION_SHARES[e] for e in emotion]) ** 2
    viral = rng.random(n_posts) < 0.012 * viral_odds
    reach *= np.where(viral, rng.uniform(2.5, 8.0, n_posts), 1.0)
    reach = np.maximum(np.round(reach), 1).astype("int64")
    frequency = np.array([p.frequency for p in profiles]) * rng.lognormal(0.0, 0.08, n_posts)
    impressions = np.maximum(np.ceil(reach * np.maximum(frequency, 1.0)), reach).astype("int64")

    # Engagements per impression and their split into likes, comments, shares and clicks.
    format_effect = np.array([
        p.format_effect[f] / sum(p.formats[k] * p.format_effect[k] for k in p.formats)
        for p, f in zip(profiles, fmt)
    ])
    distance = np.abs(hour - best_hour)
    hour_effect = 0.8 + 0.65 * np.exp(-(distance**2) / (2 * 1.3**2))
    quality = rng.lognormal(-0.35**2 / 2, 0.35, n_posts)
    rate = (np.array([p.engagements_per_impression for p in profiles])
            * format_effect * hour_effect * quality * np.where(paid, 0.55, 1.0))
    expected = impressions * rate
    mix = np.array([p.mix for p in profiles])
    like_boost = np.where(valence == "positive", 1.1, np.where(valence == "negative", 0.85, 1.0))
    comment_boost = np.where(asks_question, 2.2, 1.0) * np.where(emotion == "anger", 1.3, 1.0)
    share_boost = np.array([_EMOTION_SHARES[e] for e in emotion])
    share_boost *= np.where(viral, rng.uniform(3.0, 8.0, n_posts), 1.0)
    click_boost = np.where(fmt == "link", 1.8, 1.0) * np.where(topic == "promotion", 1.4, 1.0)
    save_rate = np.array([p.saves_per_like for p in profiles])
    save_boost = np.where(fmt == "carousel", 2.0, 1.0) * np.where(topic == "recipe", 1.5, 1.0)

    def counts(mean: np.ndarray) -> np.ndarray:
        # Poisson around a gamma-distributed mean: overdispersed like real counts.
        noisy = rng.gamma(8.0, np.maximum(mean, 0.0) / 8.0)
        return np.minimum(rng.poisson(noisy), impressions).astype("int64")

    likes = counts(expected * mix[:, 0] * like_boost)
    comments = counts(expected * mix[:, 1] * comment_boost)
    shares = counts(expected * mix[:, 2] * share_boost)
    clicks = counts(expected * mix[:, 3] * click_boost)
    saves = counts(expected * mix[:, 0] * like_boost * save_rate * save_boost)
    cost = np.where(paid, np.round(impressions * np.array([p.cpm for p in profiles]) / 1000
                                   * rng.lognormal(0.0, 0.15, n_posts), 2), 0.0)

    posts = pd.DataFrame({
        "brand": brand, "platform": platform, "posted_at": posted_at, "format": fmt,
        "topic": topic, "emotion": emotion, "arousal": arousal, "valence": valence,
        "asks_question": asks_question, "text_length": text_length, "paid": paid,
        "cost": cost, "followers": followers, "impressions": impressions, "reach": reach,
        "likes": likes, "comments": comments, "shares": shares, "saves": saves,
        "clicks": clicks,
    })
    posts = posts.sort_values(["posted_at", "brand", "platform"], kind="mergesort")
    posts = posts.reset_index(drop=True)
    posts.insert(0, "post_id", [f"P{i:05d}" for i in range(1, n_posts + 1)])
    return posts


# --------------------------------------------------------------------------------------
# messages: customers' direct messages to Nuvola and the replies
# --------------------------------------------------------------------------------------

MESSAGE_TOPICS = ("order_status", "delivery", "product_question", "complaint", "praise",
                  "refund", "partnership", "health_concern")
_MESSAGE_TOPIC_USE = (0.22, 0.16, 0.20, 0.12, 0.12, 0.08, 0.06, 0.04)
_MESSAGE_SENTIMENT = {  # positive, neutral, negative
    "order_status": (0.10, 0.70, 0.20), "delivery": (0.10, 0.45, 0.45),
    "product_question": (0.20, 0.75, 0.05), "complaint": (0.0, 0.10, 0.90),
    "praise": (0.95, 0.05, 0.0), "refund": (0.0, 0.40, 0.60),
    "partnership": (0.30, 0.70, 0.0), "health_concern": (0.0, 0.35, 0.65),
}
_CHANNEL_USE = {"Facebook": 0.30, "Instagram": 0.35, "X": 0.15, "YouTube": 0.05,
                "TikTok": 0.10, "LinkedIn": 0.05}


def _crisis_profile(days_since: np.ndarray, slow_until: int, fast_rate: float) -> np.ndarray:
    """Relative size of the crisis wave, 1 at its peak, 0 before the crisis.

    It rises on the first day, stays near its peak while nobody answers (until
    ``slow_until`` days after the crisis) and then decays at ``fast_rate`` per day.
    """
    d = np.asarray(days_since, dtype=float)
    plateau = np.array([0.55, 1.0, 0.96, 0.92])
    profile = np.zeros_like(d)
    early = (d >= 0) & (d <= slow_until)
    profile[early] = plateau[np.clip(d[early].astype(int), 0, len(plateau) - 1)]
    late = d > slow_until
    profile[late] = plateau[min(slow_until, len(plateau) - 1)] * np.exp(-fast_rate * (d[late] - slow_until))
    return profile


def make_messages(random_state: int = SEEDS["messages"]) -> pd.DataFrame:
    """Direct messages that customers sent to Nuvola in 2025, with the reply time (synthetic).

    ``answered_at`` is when Nuvola first replied (NaT when it never did). The reply delay
    (answered_at - received_at) is lognormal around a median that depends on the period:
    about 2.5 hours on weekdays and three times slower at weekends; about a day in the
    first crisis days (7 to 9 April 2025) and about an hour once the response team starts
    on 10 April. The crisis brings a wave of health concerns that fades within weeks.

    Examples
    --------
    >>> msgs = make_messages()
    >>> len(msgs) >= 1500
    True
    >>> bool((msgs["answered_at"].dropna() > msgs.loc[msgs["answered_at"].notna(), "received_at"]).all())
    True
    """
    rng = np.random.default_rng(random_state)
    day = np.arange(_N_DAYS)
    weekday = _DAYS.day_of_week.to_numpy()
    base = 4.3 * _drinks_season(day, 0.25) * np.where(weekday >= 5, 0.8, 1.0)
    base = base * np.where((day >= _AUTUMN[0]) & (day <= _AUTUMN[1]), 1.15, 1.0)
    wave = 55.0 * _crisis_profile(day - _CRISIS_DAY, slow_until=3, fast_rate=0.17)
    n_base = rng.poisson(base)
    n_wave = rng.poisson(wave)
    msg_day = np.concatenate([np.repeat(day, n_base), np.repeat(day, n_wave)])
    from_wave = np.concatenate([np.zeros(n_base.sum(), bool), np.ones(n_wave.sum(), bool)])
    n = len(msg_day)

    # People write mostly between 8:00 and 23:00, with an evening peak.
    seconds = np.clip(rng.normal(16.5 * 3600, 4.0 * 3600, n), 0, 86_399).astype("int64")
    received_at = _timestamps(msg_day, seconds)

    topic = _pick(rng, MESSAGE_TOPICS, _MESSAGE_TOPIC_USE, n)
    wave_topics = _pick(rng, ["health_concern", "complaint", "refund", "product_question"],
                        [0.65, 0.15, 0.10, 0.10], int(from_wave.sum()))
    topic[from_wave] = wave_topics
    sentiment = np.array([
        _pick(rng, ["positive", "neutral", "negative"], _MESSAGE_SENTIMENT[t], 1)[0] for t in topic
    ], dtype=object)
    channel_p = np.array(list(_CHANNEL_USE.values()))
    channel = _pick(rng, list(_CHANNEL_USE), channel_p, n)
    crisis_channels = _pick(rng, list(_CHANNEL_USE), [0.2, 0.3, 0.25, 0.05, 0.18, 0.02],
                            int(from_wave.sum()))
    channel[from_wave] = crisis_channels

    # Reply delay in hours: median by period, slower at weekends.
    is_weekend = received_at.dt.day_of_week.to_numpy() >= 5
    since = msg_day - _CRISIS_DAY
    median_hours = np.where(is_weekend, 7.5, 2.5)
    overwhelmed = (since >= 0) & (msg_day < _TEAM_DAY)
    team_month = (msg_day >= _TEAM_DAY) & (msg_day < _MAY_CAMPAIGN[0])
    median_hours = np.where(overwhelmed, 22.0, median_hours)
    median_hours = np.where(team_month, np.where(is_weekend, 1.2, 0.8), median_hours)
    median_hours = np.where(msg_day >= _MAY_CAMPAIGN[0], median_hours * 0.8, median_hours)
    delay_hours = median_hours * rng.lognormal(0.0, 0.9, n)
    delay_seconds = np.maximum(np.round(delay_hours * 3600), 60).astype("int64")

    # Some messages never get an answer: more in the overwhelmed days, and thank-you notes.
    p_unanswered = np.where(overwhelmed, 0.22, 0.05) + np.where(topic == "praise", 0.15, 0.0)
    unanswered = rng.random(n) < p_unanswered
    answered_at = received_at + pd.to_timedelta(delay_seconds, unit="s")
    answered_at = answered_at.where(~unanswered)

    messages = pd.DataFrame({
        "channel": channel, "received_at": received_at, "answered_at": answered_at,
        "topic": topic, "sentiment": sentiment,
    })
    messages = messages.sort_values(["received_at", "channel"], kind="mergesort").reset_index(drop=True)
    messages.insert(0, "message_id", [f"MSG{i:05d}" for i in range(1, n + 1)])
    return messages


# --------------------------------------------------------------------------------------
# customers: Nuvola's online customers since the shop opened in 2019
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Persona:
    """A hidden customer type that drives age, interests, platform and behaviour."""

    share: float
    age: tuple[float, float, int, int]  # mean, sd, min, max
    platforms: dict[str, float]
    interests: dict[str, float]
    income: tuple[float, float, float, float, float]  # over INCOME_BANDS
    jobs: dict[str, float]
    orders_per_month: float
    order_value: float  # euros
    churn_per_month: float
    referral_propensity: float
    consent: float
    channels: dict[str, float]  # acquisition channels other than referral


INCOME_BANDS = ("under 20k", "20k-35k", "35k-50k", "50k-75k", "75k+")
ACQUISITION_CHANNELS = ("referral", "social_organic", "social_paid", "search", "email")
COUNTRIES = {"Italy": 0.45, "Germany": 0.15, "France": 0.12, "Spain": 0.10,
             "Netherlands": 0.05, "Austria": 0.05, "Belgium": 0.04, "Switzerland": 0.04}
JOB_INDUSTRY = {
    "Student": "Not employed", "Retired": "Not employed", "Barista": "Hospitality",
    "Chef": "Hospitality", "Restaurant owner": "Hospitality", "Content creator": "Media",
    "Graphic designer": "Media", "Freelance writer": "Media",
    "Software developer": "Technology", "Data analyst": "Technology",
    "Project manager": "Technology", "Engineer": "Manufacturing",
    "Technician": "Manufacturing", "Nurse": "Healthcare", "Physiotherapist": "Healthcare",
    "Personal trainer": "Sport and fitness", "Teacher": "Education",
    "Accountant": "Finance", "Marketing manager": "Marketing and advertising",
    "Sales associate": "Retail", "Shop owner": "Retail",
    "Office manager": "Professional services", "HR manager": "Professional services",
    "Operations manager": "Logistics", "Civil servant": "Public sector",
}

_PERSONAS = {
    "trendsetters": _Persona(
        share=0.20, age=(23, 3.5, 18, 34),
        platforms={"TikTok": 0.5, "Instagram": 0.4, "YouTube": 0.1},
        interests={"music": 3, "festivals": 3, "fashion": 2, "gaming": 2, "tech": 1, "travel": 1},
        income=(0.45, 0.35, 0.15, 0.05, 0.0),
        jobs={"Student": 5, "Barista": 2, "Content creator": 2, "Graphic designer": 1},
        orders_per_month=0.35, order_value=22.0, churn_per_month=0.035,
        referral_propensity=1.5, consent=0.55,
        channels={"social_organic": 0.50, "social_paid": 0.30, "search": 0.12, "email": 0.08},
    ),
    "wellness_pros": _Persona(
        share=0.22, age=(34, 5, 24, 52),
        platforms={"Instagram": 0.55, "LinkedIn": 0.25, "YouTube": 0.2},
        interests={"fitness": 3, "running": 2, "wellness": 3, "cooking": 1, "outdoors": 2, "tech": 1},
        income=(0.03, 0.17, 0.40, 0.30, 0.10),
        jobs={"Software developer": 2, "Marketing manager": 2, "Nurse": 1, "Engineer": 1,
              "Personal trainer": 1, "Project manager": 2, "Physiotherapist": 1, "Data analyst": 1},
        orders_per_month=0.75, order_value=36.0, churn_per_month=0.022,
        referral_propensity=0.9, consent=0.70,
        channels={"social_organic": 0.35, "social_paid": 0.25, "search": 0.25, "email": 0.15},
    ),
    "families": _Persona(
        share=0.22, age=(43, 6, 30, 62),
        platforms={"Facebook": 0.6, "Instagram": 0.25, "YouTube": 0.15},
        interests={"family": 4, "cooking": 3, "travel": 2, "home": 2, "food": 1},
        income=(0.05, 0.20, 0.40, 0.28, 0.07),
        jobs={"Teacher": 3, "Accountant": 2, "Office manager": 1, "Nurse": 2, "Sales associate": 2,
              "Civil servant": 2, "Shop owner": 1},
        orders_per_month=0.95, order_value=44.0, churn_per_month=0.022,
        referral_propensity=0.35, consent=0.75,
        channels={"social_organic": 0.25, "social_paid": 0.20, "search": 0.30, "email": 0.25},
    ),
    "foodies": _Persona(
        share=0.14, age=(38, 9, 22, 68),
        platforms={"Instagram": 0.45, "YouTube": 0.30, "Facebook": 0.25},
        interests={"food": 4, "cooking": 3, "wine": 2, "travel": 2, "design": 1},
        income=(0.10, 0.25, 0.30, 0.25, 0.10),
        jobs={"Chef": 3, "Restaurant owner": 2, "Graphic designer": 1, "Freelance writer": 2,
              "Barista": 1},
        orders_per_month=0.5, order_value=34.0, churn_per_month=0.025,
        referral_propensity=1.6, consent=0.60,
        channels={"social_organic": 0.45, "social_paid": 0.15, "search": 0.25, "email": 0.15},
    ),
    "office_buyers": _Persona(
        share=0.10, age=(45, 8, 27, 66),
        platforms={"LinkedIn": 0.6, "Facebook": 0.2, "X": 0.2},
        interests={"business": 4, "tech": 2, "sustainability": 3, "news": 2},
        income=(0.0, 0.05, 0.25, 0.40, 0.30),
        jobs={"Office manager": 4, "Operations manager": 2, "HR manager": 2, "Accountant": 1},
        orders_per_month=0.3, order_value=115.0, churn_per_month=0.02,
        referral_propensity=0.25, consent=0.80,
        channels={"social_organic": 0.15, "social_paid": 0.15, "search": 0.45, "email": 0.25},
    ),
    "occasional": _Persona(
        share=0.12, age=(55, 11, 18, 82),
        platforms={"Facebook": 0.5, "YouTube": 0.3, "X": 0.2},
        interests={"sports": 3, "news": 3, "gardening": 2, "travel": 2, "family": 1},
        income=(0.20, 0.35, 0.25, 0.15, 0.05),
        jobs={"Retired": 4, "Sales associate": 1, "Technician": 2, "Civil servant": 1},
        orders_per_month=0.15, order_value=25.0, churn_per_month=0.04,
        referral_propensity=0.12, consent=0.60,
        channels={"social_organic": 0.20, "social_paid": 0.15, "search": 0.45, "email": 0.20},
    ),
}
_REFERRAL_SHARE = 0.22  # customers who joined through another customer's referral
_SHOP_OPENED = pd.Timestamp("2019-01-01")
_CHURN_CUTOFF = pd.Timestamp("2025-07-01")  # no order in the last six months = churned


def _whole_months(start: pd.Series, end: pd.Series) -> np.ndarray:
    """Whole calendar months from ``start`` to ``end`` (a month counts once its day is reached)."""
    months = (end.dt.year - start.dt.year) * 12 + (end.dt.month - start.dt.month)
    months -= (end.dt.day < start.dt.day).astype("int64")
    return np.maximum(months.to_numpy(dtype="int64"), 0)


def make_customers(random_state: int = SEEDS["customers"], n_customers: int = 5000) -> pd.DataFrame:
    """Nuvola's online customers with their profile, purchases and referrals (synthetic).

    Hidden personas (young trend-setters, wellness professionals, families, foodies,
    office buyers, occasional buyers) drive age, interests, platform and behaviour, so
    segments differ. Each customer stays for a lifetime drawn from a monthly churn
    hazard (about half as large for customers who came by referral) and orders as a
    Poisson process meanwhile; ``revenue`` = orders x the customer's order value (euros).

    Referrals are explicit: each referral-acquired customer was brought by one earlier,
    still active customer, drawn in proportion to a referral propensity that is high for
    trend-setters and foodies. So ``referrals`` counts those customers and
    ``referred_revenue`` is the sum of their ``revenue`` (a customer referral value in
    the sense of Kumar, Petersen and Leone, HBR 2007, before any discounting).

    ``churned`` is True when the last order is before 1 July 2025 (no order in the last
    six months of 2025). ``tenure_months`` counts whole months from signup to the last
    order for churned customers, and to 31 December 2025 for the others.

    Examples
    --------
    >>> cust = make_customers(n_customers=400)
    >>> len(cust)
    400
    >>> int(cust["referrals"].sum()) == int((cust["acquisition_channel"] == "referral").sum())
    True
    """
    if n_customers < 10:
        raise ValueError(f"n_customers must be at least 10, got {n_customers}.")
    rng = np.random.default_rng(random_state)
    n = n_customers
    names = list(_PERSONAS)
    persona = _pick(rng, names, [_PERSONAS[k].share for k in names], n)
    par = [_PERSONAS[k] for k in persona]

    age = np.array([np.clip(round(rng.normal(p.age[0], p.age[1])), p.age[2], p.age[3]) for p in par])
    main_platform = np.array([_pick(rng, list(p.platforms), list(p.platforms.values()), 1)[0] for p in par])
    income_band = np.array([_pick(rng, INCOME_BANDS, p.income, 1)[0] for p in par])
    job_title = np.array([_pick(rng, list(p.jobs), list(p.jobs.values()), 1)[0] for p in par])
    industry = np.array([JOB_INDUSTRY[j] for j in job_title], dtype=object)
    location = _pick(rng, list(COUNTRIES), list(COUNTRIES.values()), n)
    interests = []
    for p in par:
        options = list(p.interests)
        weights = np.array(list(p.interests.values()), dtype=float)
        k = int(rng.integers(2, 5))
        chosen = rng.choice(len(options), size=min(k, len(options)), replace=False, p=weights / weights.sum())
        interests.append(";".join(options[i] for i in sorted(chosen)))
    consent = rng.random(n) < np.array([p.consent for p in par])

    # Signups: the shop grows, so later years bring more customers.
    span = (pd.Timestamp("2025-11-30") - _SHOP_OPENED).days
    u = rng.random(n)
    growth = 0.35  # per year, in the exponent
    years = np.log1p(u * np.expm1(growth * span / 365.25)) / growth
    signup_day = np.floor(years * 365.25).astype("int64")
    signup = _SHOP_OPENED + pd.to_timedelta(signup_day, unit="D")

    channel = np.array([_pick(rng, list(p.channels), list(p.channels.values()), 1)[0] for p in par])
    by_referral = rng.random(n) < _REFERRAL_SHARE * np.array([1.2 if k in ("trendsetters", "foodies") else 1.0
                                                                 for k in persona])
    channel[by_referral] = "referral"

    # Lifetimes: referred customers churn about half as fast.
    hazard = np.array([p.churn_per_month for p in par]) * np.where(by_referral, 0.5, 1.0)
    lifetime_days = rng.exponential(30.44 / hazard)
    end_of_data = (WORLD.end - _SHOP_OPENED).days
    alive_until = np.minimum(signup_day + lifetime_days, end_of_data)
    active_months = (alive_until - signup_day) / 30.44
    activity = rng.lognormal(-0.5**2 / 2, 0.5, n)  # some customers simply buy more
    orders = 1 + rng.poisson(np.array([p.orders_per_month for p in par]) * activity * active_months)
    # The last of ``orders - 1`` uniform order times, or the signup day for a single order.
    last_fraction = np.where(orders > 1, rng.random(n) ** (1.0 / np.maximum(orders - 1, 1)), 0.0)
    last_day = np.floor(signup_day + last_fraction * (alive_until - signup_day)).astype("int64")
    last_order = _SHOP_OPENED + pd.to_timedelta(last_day, unit="D")
    order_value = np.array([p.order_value for p in par]) * rng.lognormal(0.0, 0.3, n)
    revenue = np.round(orders * order_value * rng.lognormal(0.0, 0.05, n), 2)
    churned = last_order < _CHURN_CUTOFF

    # Each referred customer is brought by an earlier customer who is still buying.
    # Engaged customers both buy more and talk more: propensity rises with activity. A few
    # young "connectors" talk about the brand to everyone, however little they buy.
    propensity = np.array([p.referral_propensity for p in par]) * activity**1.5 * rng.lognormal(-0.5, 0.8, n)
    connector = (persona == "trendsetters") & (rng.random(n) < 0.10)
    propensity[connector] = 25.0 * rng.lognormal(0.0, 0.5, int(connector.sum()))
    referrals = np.zeros(n, dtype="int64")
    referred_revenue = np.zeros(n)
    for i in np.flatnonzero(by_referral)[np.argsort(signup_day[by_referral], kind="mergesort")]:
        eligible = (signup_day < signup_day[i]) & (alive_until >= signup_day[i])
        weights = propensity * eligible
        if weights.sum() <= 0:  # nobody to refer the very first customers
            channel[i] = _pick(rng, list(par[i].channels), list(par[i].channels.values()), 1)[0]
            continue
        referrer = rng.choice(n, p=weights / weights.sum())
        referrals[referrer] += 1
        referred_revenue[referrer] += revenue[i]

    signup_s = pd.Series(signup)
    last_s = pd.Series(last_order)
    tenure_end = last_s.where(churned, WORLD.end)
    customers = pd.DataFrame({
        "age": age.astype("int64"), "location": location, "income_band": income_band,
        "job_title": job_title, "industry": industry, "interests": interests,
        "main_platform": main_platform, "acquisition_channel": channel,
        "signup_date": signup_s, "orders": orders.astype("int64"), "revenue": revenue,
        "last_order_date": last_s, "tenure_months": _whole_months(signup_s, tenure_end),
        "churned": churned, "referrals": referrals,
        "referred_revenue": np.round(referred_revenue, 2), "marketing_consent": consent,
    })
    customers = customers.sort_values("signup_date", kind="mergesort").reset_index(drop=True)
    customers.insert(0, "customer_id", [f"C{i:05d}" for i in range(1, n + 1)])
    return customers


# --------------------------------------------------------------------------------------
# Short social texts for mentions and reviews
# --------------------------------------------------------------------------------------
# Templates are written like real posts: lower case, slang, emoji, sarcasm ("Oh great...")
# and negation ("not bad at all"), so that a lexicon model such as VADER gets some of them
# wrong. The human label is the sentiment a reader would give, which is the template's key.
# Slots: {brand}, {product}, {competitor}, {city}.

_MENTION_TEXTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("positive", "taste"): (
        "{product} is so refreshing right now, love it",
        "can't stop drinking {product}. perfect after a run",
        "ok {product} is actually really good",
        "{product} on a hot day = pure happiness",
        "not gonna lie, {product} slaps",
        "this new {product} flavour is sick",
        "{brand} never disappoints",
        "not bad at all, {product} surprised me",
        "{product} with ice and a mint leaf. trust me",
        "honestly the best sparkling drink I've had this year. {brand} did it again",
        "my fridge is 80% {product} now, no regrets",
        "killer flavour from {brand}",
        "{product} tastes like summer in {city}",
        "finally a fizzy drink that isn't a sugar bomb. love {brand}",
    ),
    ("negative", "taste"): (
        "{product} tastes flat today. disappointed",
        "way too sweet. not buying {product} again",
        "{product} has a weird aftertaste, anyone else?",
        "sorry {brand} but the new recipe is worse",
        "Oh great, another 'refreshing' drink that tastes like nothing. Thanks {brand}",
        "Love paying for fizzy water that lost its fizz. Amazing job {brand}",
        "{product}? no thanks",
        "tried {product} once. once was enough",
        "{product} tastes awful, like a melted lollipop",
    ),
    ("neutral", "taste"): (
        "anyone tried {product} yet?",
        "is {product} sweeter than {competitor}?",
        "trying {product} for the first time",
        "{brand} or {competitor} tonight? can't decide",
    ),
    ("positive", "price"): (
        "great deal: {product} at 3 for 2, stocking up!",
        "fair price for the quality, {brand} gets it",
        "cheaper than {competitor} and tastes better",
        "the {brand} multipack deal is worth it",
    ),
    ("negative", "price"): (
        "3.50 for a can of {product}?? come on {brand}",
        "{brand} raised prices again. Wonderful.",
        "too expensive for what it is. disappointed",
        "{brand} prices are ridiculous now",
    ),
    ("neutral", "price"): (
        "is {product} cheaper online or in store?",
        "{brand} prices went up 20 cents this month",
        "how much is a crate of {product} in {city}?",
    ),
    ("positive", "packaging"): (
        "the new {brand} cans look so good",
        "love that {brand} went plastic-free",
        "the {product} can design is a whole mood",
    ),
    ("negative", "packaging"): (
        "can arrived dented and leaking. not happy",
        "why is the {brand} multipack still wrapped in plastic? terrible",
        "the new {brand} bottle cap is impossible to open. hate it",
    ),
    ("neutral", "packaging"): (
        "{brand} changed the can design",
        "the {product} bottle is now 330 ml",
        "does anyone recycle the {brand} glass bottles?",
    ),
    ("positive", "delivery"): (
        "ordered {product} yesterday, already here! great service",
        "delivery from {brand} was super quick",
        "{brand} shipping to {city} in two days, impressive",
    ),
    ("negative", "delivery"): (
        "still waiting for my {brand} order. 9 days. ridiculous",
        "box arrived smashed, half the cans broken",
        "Thanks for the 'fast' delivery {brand}, only two weeks",
        "my {brand} order went to the wrong address. again",
    ),
    ("neutral", "delivery"): (
        "does {brand} ship to {city}?",
        "{brand} tracking says out for delivery",
        "how long does {brand} take to deliver to {city}?",
    ),
    ("positive", "customer_service"): (
        "shout out to the {brand} team, they replaced my order in a day. amazing",
        "{brand} support actually answered in 10 minutes. respect",
        "{brand} customer care is the human touch done right",
    ),
    ("negative", "customer_service"): (
        "{brand} customer service ignores my messages",
        "3 emails and no answer from {brand}. great service",
        "talking to the {brand} chatbot is a waste of time",
    ),
    ("neutral", "customer_service"): (
        "how do I contact {brand} about a refund?",
        "DM'd {brand} about my order",
        "is there a phone number for {brand}?",
    ),
    ("positive", "availability"): (
        "so happy, finally found {product} at my supermarket!!",
        "{product} is now in every bar in {city}, yes",
    ),
    ("negative", "availability"): (
        "{product} sold out everywhere again, so frustrating",
        "why can't I find {brand} anywhere in {city}. annoying",
    ),
    ("neutral", "availability"): (
        "where can I buy {product} in {city}?",
        "is {product} available in Spain?",
        "{brand} now in supermarkets in {city}",
    ),
    ("positive", "sustainability"): (
        "love that {brand} uses 100% recycled cans",
        "{brand} planting a tree for every crate, nice",
    ),
    ("negative", "sustainability"): (
        "{brand} talks green but ships everything by air. greenwashing",
        "so much plastic in a {brand} order. terrible for the planet",
    ),
    ("neutral", "sustainability"): (
        "{brand} publishes its first sustainability report",
        "what is the carbon footprint of a can of {product}?",
    ),
    ("positive", "campaign"): (
        "love the new {brand} ad, made my day",
        "I'm dying, that {brand} video",
        "{brand} giveaway!! so excited",
        "that {brand} summer playlist is a banger",
    ),
    ("negative", "campaign"): (
        "{brand} ads everywhere, so annoying",
        "that {brand} influencer collab felt so fake",
        "another boring {brand} ad before my video",
    ),
    ("neutral", "campaign"): (
        "saw a {brand} billboard in {city} today",
        "{brand} has a stand at the trade fair in {city}",
        "{brand} has a new ad out",
    ),
    ("positive", "comparison"): (
        "{brand} > {competitor}, no contest",
        "switched from {competitor} to {brand}, best decision ever",
    ),
    ("negative", "comparison"): (
        "{competitor} is better than {brand} tbh",
        "{brand} is just a pricier {competitor}",
    ),
    ("neutral", "comparison"): (
        "{brand} or {competitor}? which one should I try",
        "doing a taste comparison tonight: {brand} and {competitor}",
    ),
}

# The false viral claim and what followed it (Nuvola only, from 7 April 2025).
_CRISIS_TEXTS: dict[str, tuple[str, ...]] = {
    "negative": (
        "just saw a video saying {brand} makes people sick, not drinking it until they explain",
        "my cousin felt ill after {product}, that video might be right",
        "{brand} making people ill and saying nothing. disgusting and shameful",
        "throwing all my {brand} away after that video. scary",
        "why is {brand} silent about the video?? answer us",
        "Great, so now {brand} makes you sick. Lovely.",
        "never buying {brand} again. not worth the risk",
        "{brand} still hasn't replied to my message about the video. shameful",
        "if {brand} is safe why won't they show the lab tests",
    ),
    "neutral": (
        "has {brand} said anything about the viral video?",
        "is the {brand} video real or fake?",
        "anyone know if the {brand} story is true?",
        "{brand} says it is investigating the viral video",
    ),
    "positive": (
        "that video about {brand} is fake. drinking {product} right now and I'm fine",
        "respect to {brand} for publishing the lab tests",
        "{brand} answered every single question about the video. great job",
    ),
}
_CRISIS_NEWS = (
    "{brand} responds to viral video about its drinks",
    "Food safety agency: no evidence behind viral {brand} claims",
    "Viral video about {brand} drinks: what we know",
    "{brand} publishes independent lab results after viral claim",
)
# Competitors are mentioned as alternatives during the crisis.
_CRISIS_SWITCH = (
    "switched from Nuvola to {brand} after that video, just in case",
    "{brand} it is until Nuvola explains that video",
    "is {brand} made in the same factory as Nuvola?",
    "stocking up on {product} instead",
)
_RECOVERY_TEXTS: dict[str, tuple[str, ...]] = {
    "positive": (
        "the #NuvolaTruth factory tour is actually fascinating",
        "respect to {brand} for opening their lab to everyone #NuvolaTruth",
        "watched the #NuvolaTruth live, happy to be back on {product}",
        "#NuvolaTruth answered all my questions. welcome back {brand}",
    ),
    "neutral": (
        "{brand} launches #NuvolaTruth after false video",
        "#NuvolaTruth: {brand} invites customers into its factory",
    ),
    "negative": ("#NuvolaTruth is just PR, they still owe people an apology",),
}
_AUTUMN_TEXTS: dict[str, tuple[str, ...]] = {
    "positive": (
        "the #AutumnSparkle spiced edition is so cozy and delicious",
        "{product} with cinnamon?? love it #AutumnSparkle",
        "won the #AutumnSparkle giveaway!! thank you {brand}",
    ),
    "neutral": ("{brand} starts its #AutumnSparkle campaign",),
    "negative": ("annoying #AutumnSparkle ads on every single video. enough",),
}
# News and blog posts: (topic, text) by sentiment.
_NEWS_TEXTS: dict[str, tuple[tuple[str, str], ...]] = {
    "positive": (("sustainability", "{brand} opens a solar-powered bottling line in Bergamo"),
                 ("packaging", "{brand} wins a packaging design award"),
                 ("comparison", "Sparkling drinks market: {brand} and {competitor} grow in 2025")),
    "neutral": (("availability", "{brand} expands to the Netherlands"),
                ("campaign", "{brand} names a new marketing director"),
                ("price", "{brand} to raise prices by 5% from next month")),
    "negative": (("campaign", "{brand} criticised for the sugar content of its new ad"),
                 ("delivery", "Angry {brand} customers report long delivery delays"),
                 ("price", "{brand} hit by complaints over its price rise")),
}
_BLOG_TEXTS: dict[str, tuple[tuple[str, str], ...]] = {
    "positive": (("taste", "5 summer mocktails with {product}"),
                 ("taste", "Why {product} is my favorite drink after training"),
                 ("comparison", "Taste test: {product} wins against {competitor}")),
    "neutral": (("comparison", "Taste test: {product} vs {competitor}"),
                ("availability", "{brand} explained: who makes it and where to buy it"),
                ("campaign", "The sparkling drink brands of 2025, compared")),
    "negative": (("taste", "Why I stopped buying {brand}"),
                 ("price", "Is {brand} worth the hype? Not really")),
}
_EMOJI = {
    "positive": ("😍", "🔥", "🙌", "😋", "💯", "🥤", "✨", "👏", "❤️", "😎"),
    "negative": ("😡", "🤢", "👎", "😤", "🙄", "😒", "💀"),
    "neutral": ("🤔", "👀"),
}
_CITIES = ("Milan", "Rome", "Turin", "Bologna", "Naples", "Berlin", "Munich", "Paris",
           "Lyon", "Madrid", "Barcelona", "Vienna", "Amsterdam", "Zurich")

# Reviews: (topic, sentence) by star rating; a review joins one to three sentences.
_REVIEW_SENTENCES: dict[int, tuple[tuple[str, str], ...]] = {
    5: (("taste", "Lovely fresh taste, not too sweet."), ("taste", "My new favourite drink."),
        ("delivery", "Arrived quickly and well packed."), ("taste", "{product} is delicious ice cold."),
        ("price", "Great value in the 24-pack."), ("taste", "Will buy again!"),
        ("taste", "The whole family loves it 😋"), ("taste", "Real fruit taste, you can tell."),
        ("taste", "Perfect with a slice of lemon."), ("taste", "Nothing to complain about.")),
    4: (("price", "Good taste, a bit pricey."), ("taste", "Nice and fizzy."),
        ("packaging", "I'd like a bigger bottle."), ("delivery", "Tasty but delivery took a few days."),
        ("taste", "Not bad at all."), ("taste", "Solid choice for summer."),
        ("packaging", "One can was dented, the rest fine.")),
    3: (("taste", "It's ok. Nothing special."), ("packaging", "Taste is fine, packaging could be better."),
        ("taste", "Decent but too sweet for me."), ("price", "Not sure it's worth the price."),
        ("taste", "Fine, but I prefer the original.")),
    2: (("taste", "Lost its fizz quickly once opened."),
        ("taste", "Not as good as before, did the recipe change?"),
        ("packaging", "Two cans arrived dented, disappointing."), ("price", "Too expensive for what it is."),
        ("customer_service", "Slow replies, a week to answer.")),
    1: (("taste", "Tastes like chemicals. Horrible."),
        ("delivery", "Order never arrived. Terrible service."),
        ("taste", "Awful aftertaste. Never again."),
        ("price", "Five stars for the most expensive flat water I've ever bought."),
        ("taste", "Returned it. Waste of money."), ("taste", "Worst drink I've ever tried."),
        ("price", "Flat, bland and overpriced. Avoid."),
        ("delivery", "Great, the box leaked all over my door. Fantastic service.")),
}
_REVIEW_BOMB = ("Makes people sick. Avoid!!", "Saw the video. Not risking it.",
                "Poison in a can. 0 stars if I could.", "Don't buy until they explain the video. Scary.",
                "My friend got sick after one can. Stay away.")


def _fill(template: str, rng: np.random.Generator, brand: str) -> str:
    """Fill a text template's slots for one brand."""
    competitors = [b for b in WORLD.brands if b != brand]
    competitor = competitors[int(rng.integers(len(competitors)))]
    products = PRODUCTS[brand]
    return template.format(
        brand=brand,
        product=products[int(rng.integers(len(products)))],
        competitor=competitor,
        city=_CITIES[int(rng.integers(len(_CITIES)))],
    )


def _decorate(text: str, sentiment: str, rng: np.random.Generator, brand: str) -> str:
    """Add what social posts carry: sometimes an emoji, a hashtag, or shouting."""
    roll = rng.random()
    if roll < 0.45:
        emojis = _EMOJI[sentiment]
        text = f"{text} {emojis[int(rng.integers(len(emojis)))]}"
    elif roll < 0.55 and sentiment != "neutral":
        text = f"{text}!!"
    if rng.random() < 0.15:
        text = f"{text} #{brand.lower()}"
    if sentiment == "negative" and rng.random() < 0.05:
        text = text.upper()
    return text


def _review_text(rating: int, rng: np.random.Generator, product: str) -> tuple[str, str]:
    """One to three sentences that fit a star rating, and the topic of the first one."""
    pool = _REVIEW_SENTENCES[rating]
    k = int(rng.integers(1, 4))
    chosen = rng.choice(len(pool), size=min(k, len(pool)), replace=False)
    text = " ".join(pool[i][1].format(product=product) for i in chosen)
    return text, pool[chosen[0]][0]


# --------------------------------------------------------------------------------------
# mentions: what people said about the four brands online
# --------------------------------------------------------------------------------------

MENTION_TOPICS = ("taste", "price", "packaging", "delivery", "customer_service",
                  "availability", "sustainability", "campaign", "comparison", "health_claim")
_MENTION_TOPIC_USE = (0.30, 0.12, 0.08, 0.10, 0.07, 0.08, 0.06, 0.11, 0.08, 0.0)
SOURCE_TYPES = ("post", "comment", "review", "news", "video", "blog")
MENTION_PLATFORMS = (*WORLD.platforms, "Web")
_SOURCE_PLATFORMS = {
    "post": {"Facebook": 0.25, "Instagram": 0.30, "X": 0.25, "TikTok": 0.10, "LinkedIn": 0.10},
    "comment": {"Facebook": 0.25, "Instagram": 0.25, "X": 0.15, "YouTube": 0.15, "TikTok": 0.15,
                "LinkedIn": 0.05},
    "video": {"YouTube": 0.45, "TikTok": 0.45, "Instagram": 0.10},
    "review": {"Web": 0.85, "Facebook": 0.15},
    "news": {"Web": 1.0},
    "blog": {"Web": 1.0},
}
_AUTHOR_FOLLOWERS = {  # median and log-sd of the author's audience, by source type
    "post": (250, 1.5), "comment": (180, 1.4), "video": (5000, 1.8), "review": (40, 1.2),
    "news": (80_000, 1.2), "blog": (2000, 1.3),
}
# Mentions per day before seasonality (positive, neutral, negative).
_MENTION_RATES = {
    "Nuvola": (7.5, 4.5, 2.0),
    "Brezza": (5.0, 3.3, 1.7),
    "Sorgente": (3.4, 2.4, 1.2),
    "Zest": (3.3, 2.0, 1.0),
}
_RATING_BY_SENTIMENT = {"positive": ((4, 5), (0.35, 0.65)), "neutral": ((2, 3, 4), (0.1, 0.6, 0.3)),
                        "negative": ((1, 2, 3), (0.6, 0.3, 0.1))}


def _mention_rates(brand: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Expected daily mentions of a brand: positive, neutral, negative and crisis-related.

    The crisis adds negative mentions about Nuvola that peak in the first days and fade
    within four weeks, faster once the response team starts; Nuvola's positive chatter
    drops for weeks while competitors are talked about as alternatives; the May campaign
    brings Nuvola's voice back.
    """
    day = np.arange(_N_DAYS, dtype=float)
    weekday = _DAYS.day_of_week.to_numpy()
    season = _drinks_season(day, 0.25) * np.where(weekday >= 5, 1.1, 1.0)
    pos, neu, neg = (rate * season for rate in _MENTION_RATES[brand])
    since = day - _CRISIS_DAY
    after = since >= 0
    crisis = np.zeros(_N_DAYS)
    in_may = (day >= _MAY_CAMPAIGN[0]) & (day <= _MAY_CAMPAIGN[1])
    in_autumn = (day >= _AUTUMN[0]) & (day <= _AUTUMN[1])
    if brand == WORLD.brand:
        crisis = 12.0 * _crisis_profile(since, slow_until=3, fast_rate=0.16)
        pos = pos * np.where(after, 1.0 - 0.7 * np.exp(-np.clip(since, 0, None) / 20.0), 1.0)
        neu = neu * np.where(after, 1.0 + 0.3 * np.exp(-np.clip(since, 0, None) / 7.0), 1.0)
        pos = pos * np.where(in_may, 2.4, 1.0) * np.where(day > _MAY_CAMPAIGN[1], 1.05, 1.0)
        pos = pos * np.where(in_autumn, 1.2, 1.0)
    else:
        boost = np.where(after, 1.0 + 0.7 * np.exp(-np.clip(since, 0, None) / 14.0), 1.0)
        pos, neu, neg = pos * boost, neu * boost, neg * boost
    return pos, neu, neg, crisis


def make_mentions(random_state: int = SEEDS["mentions"]) -> pd.DataFrame:
    """Public mentions of Nuvola and its competitors in 2025 with a human sentiment label (synthetic).

    Daily counts per brand and sentiment are Poisson draws around rates that carry the
    season, the weekend, the crisis (a false viral claim on 7 April 2025 that Nuvola's
    drinks make people ill), the #NuvolaTruth campaign in May and the autumn campaign.
    Each mention gets a source type, a platform, an author audience (lognormal,
    ``author_followers`` in people), a topic and a short text built from templates with
    emoji, slang, negation and sarcasm. ``sentiment`` is the label a human reader gives;
    reviews (``is_review``) carry a 1 to 5 star ``rating`` that agrees with it.

    Examples
    --------
    >>> mentions = make_mentions()
    >>> len(mentions) >= 10000
    True
    >>> sorted(mentions["brand"].unique())
    ['Brezza', 'Nuvola', 'Sorgente', 'Zest']
    """
    rng = np.random.default_rng(random_state)
    records = []  # (day, brand, sentiment, context)
    for brand in WORLD.brands:
        pos, neu, neg, crisis = _mention_rates(brand)
        for sentiment, rate in (("positive", pos), ("neutral", neu), ("negative", neg)):
            counts = rng.poisson(rate)
            for d in np.flatnonzero(counts):
                records.extend([(int(d), brand, sentiment, "normal")] * int(counts[d]))
        crisis_counts = rng.poisson(crisis)
        for d in np.flatnonzero(crisis_counts):
            records.extend([(int(d), brand, "negative", "crisis")] * int(crisis_counts[d]))

    rows = []
    for day, brand, sentiment, context in records:
        since = day - _CRISIS_DAY
        topic = str(_pick(rng, MENTION_TOPICS, _MENTION_TOPIC_USE, 1)[0])
        source = str(_pick(rng, SOURCE_TYPES, (0.42, 0.30, 0.08, 0.05, 0.08, 0.07), 1)[0])
        early_crisis = brand == WORLD.brand and 0 <= since < 28 and context == "normal"
        if early_crisis and rng.random() < 0.5 * math.exp(-since / 10):
            context = "crisis"  # people who would have talked about Nuvola talk about the video
        if brand != WORLD.brand and 0 <= since < 28 and rng.random() < 0.35 * math.exp(-since / 14):
            context = "switch"
        in_may = _MAY_CAMPAIGN[0] <= day <= _MAY_CAMPAIGN[1]
        in_autumn = _AUTUMN[0] <= day <= _AUTUMN[1]
        if brand == WORLD.brand and context == "normal" and in_may and rng.random() < 0.5:
            context = "recovery"
        if brand == WORLD.brand and context == "normal" and in_autumn and rng.random() < 0.2:
            context = "autumn"

        if context == "crisis":
            topic = "health_claim"
            source = str(_pick(rng, SOURCE_TYPES, (0.40, 0.35, 0.05, 0.07, 0.10, 0.03), 1)[0])
            pool = _CRISIS_NEWS if source == "news" else _CRISIS_TEXTS[sentiment]
        elif context == "switch":
            topic = "comparison"
            sentiment = "neutral" if rng.random() < 0.5 else "positive"
            pool = _CRISIS_SWITCH
        elif context == "recovery":
            topic = "campaign"
            pool = _RECOVERY_TEXTS[sentiment]
        elif context == "autumn":
            topic = "campaign"
            pool = _AUTUMN_TEXTS[sentiment]
        elif source in ("news", "blog"):
            pool = (_NEWS_TEXTS if source == "news" else _BLOG_TEXTS)[sentiment]
            topic, text = pool[int(rng.integers(len(pool)))]
            pool = (text,)
        else:
            pool = _MENTION_TEXTS[(sentiment, topic)]

        if source == "review":
            ratings, probs = _RATING_BY_SENTIMENT[sentiment]
            rating = float(_pick(rng, ratings, probs, 1)[0])
            product = PRODUCTS[brand][int(rng.integers(len(PRODUCTS[brand])))]
            text, review_topic = _review_text(int(rating), rng, product)
            if context not in ("crisis", "switch"):
                topic = review_topic
            if context == "crisis":
                text = _REVIEW_BOMB[int(rng.integers(len(_REVIEW_BOMB)))]
                rating = 1.0
        else:
            rating = math.nan
            text = _fill(pool[int(rng.integers(len(pool)))], rng, brand)
            if source not in ("news", "blog"):
                text = _decorate(text, sentiment, rng, brand)
        platform = str(_pick(rng, list(_SOURCE_PLATFORMS[source]), list(_SOURCE_PLATFORMS[source].values()), 1)[0])
        median, spread = _AUTHOR_FOLLOWERS[source]
        followers = int(round(median * rng.lognormal(0.0, spread)))
        hour_seconds = int(np.clip(rng.normal(15.0 * 3600, 4.5 * 3600), 0, 86_399))
        rows.append((day, hour_seconds, brand, platform, source, followers, text, sentiment,
                     source == "review", rating, topic))

    # The video that started it all.
    rows.append((_CRISIS_DAY, 7 * 3600 + 42 * 60 + 10, WORLD.brand, "TikTok", "video", 1_240_000,
                 "drank Nuvola and ended up in hospital?? they don't want you to know what's in it 😡🤢 #nuvola",
                 "negative", False, math.nan, "health_claim"))

    frame = pd.DataFrame(rows, columns=["day", "seconds", "brand", "platform", "source_type",
                                        "author_followers", "text", "sentiment", "is_review",
                                        "rating", "topic"])
    frame.insert(0, "posted_at", _timestamps(frame["day"].to_numpy(), frame["seconds"].to_numpy()))
    frame = frame.drop(columns=["day", "seconds"])
    frame = frame.sort_values(["posted_at", "brand"], kind="mergesort").reset_index(drop=True)
    frame.insert(0, "mention_id", [f"MN{i:06d}" for i in range(1, len(frame) + 1)])
    return frame


# --------------------------------------------------------------------------------------
# reviews: star ratings of Nuvola's products
# --------------------------------------------------------------------------------------

REVIEW_PLATFORMS = ("Nuvola shop", "Amazon", "Google", "Trustpilot")
# Star shares (1 to 5) per product: J-shaped like most online ratings; Zero is divisive.
_PRODUCT_STARS = {
    "Nuvola Limone": (0.08, 0.05, 0.09, 0.22, 0.56),
    "Nuvola Arancia Rossa": (0.07, 0.05, 0.08, 0.22, 0.58),
    "Nuvola Pompelmo": (0.10, 0.07, 0.12, 0.24, 0.47),
    "Nuvola Zero": (0.16, 0.10, 0.13, 0.21, 0.40),
    "Nuvola Menta & Lime": (0.09, 0.06, 0.10, 0.23, 0.52),
}


def make_reviews(random_state: int = SEEDS["reviews"], n_reviews: int = 1000) -> pd.DataFrame:
    """Star reviews of Nuvola's five products in 2025, with their text (synthetic).

    Star ratings (1 to 5) follow the J-shaped distribution typical of online reviews,
    different per product. After the false viral claim of 7 April 2025 a burst of
    one-star reviews arrives, almost all from unverified buyers (``verified`` is False):
    review bombing, which fades within three weeks.

    Examples
    --------
    >>> reviews = make_reviews(n_reviews=200)
    >>> len(reviews)
    200
    >>> sorted(reviews["rating"].unique().tolist())
    [1, 2, 3, 4, 5]
    """
    if n_reviews < 50:
        raise ValueError(f"n_reviews must be at least 50, got {n_reviews}.")
    rng = np.random.default_rng(random_state)
    day_weight = _drinks_season(np.arange(_N_DAYS), 0.3)
    n_bomb = int(round(0.06 * n_reviews))
    n_normal = n_reviews - n_bomb
    day = rng.choice(_N_DAYS, size=n_normal, p=day_weight / day_weight.sum())
    bomb_day = _CRISIS_DAY + np.minimum(rng.geometric(0.2, n_bomb) - 1, 20)
    products = list(_PRODUCT_STARS)
    product = _pick(rng, products, (0.26, 0.22, 0.16, 0.20, 0.16), n_reviews)
    rating = np.empty(n_reviews, dtype="int64")
    for i in range(n_normal):
        rating[i] = rng.choice(5, p=_PRODUCT_STARS[product[i]]) + 1
    rating[n_normal:] = 1
    verified = np.concatenate([rng.random(n_normal) < 0.78, rng.random(n_bomb) < 0.05])
    platform = _pick(rng, REVIEW_PLATFORMS, (0.35, 0.30, 0.20, 0.15), n_reviews)
    text = [_review_text(int(r), rng, p)[0] for r, p in zip(rating[:n_normal], product[:n_normal])]
    text += [_REVIEW_BOMB[int(rng.integers(len(_REVIEW_BOMB)))] for _ in range(n_bomb)]

    reviews = pd.DataFrame({
        "date": WORLD.start + pd.to_timedelta(np.concatenate([day, bomb_day]), unit="D"),
        "platform": platform, "product": product, "rating": rating, "text": text,
        "verified": verified,
    })
    reviews = reviews.sort_values(["date", "product", "platform"], kind="mergesort").reset_index(drop=True)
    reviews.insert(0, "review_id", [f"R{i:04d}" for i in range(1, n_reviews + 1)])
    return reviews


# --------------------------------------------------------------------------------------
# follower_network: who follows whom among 2,000 people around the brand
# --------------------------------------------------------------------------------------

NETWORK_AGE_GROUPS = ("18-29", "30-49", "50-64", "65+")


@dataclass(frozen=True)
class _Community:
    size: int
    hubs: tuple[float, ...]  # extra pull of this community's hubs (relative fitness)
    age_groups: tuple[float, float, float, float]
    platforms: dict[str, float]
    customers: float  # share of members who are Nuvola customers


_COMMUNITIES = (
    # Young trend-setters around the two biggest creators: most top hubs live here.
    _Community(400, (260, 220, 190, 150), (0.8, 0.2, 0.0, 0.0), {"TikTok": 0.6, "Instagram": 0.4}, 0.25),
    _Community(340, (170, 120), (0.45, 0.5, 0.05, 0.0), {"Instagram": 0.7, "YouTube": 0.3}, 0.30),
    _Community(300, (70,), (0.1, 0.6, 0.25, 0.05), {"Facebook": 0.7, "Instagram": 0.3}, 0.20),
    _Community(280, (65,), (0.15, 0.65, 0.2, 0.0), {"LinkedIn": 0.7, "X": 0.3}, 0.15),
    _Community(260, (60,), (0.05, 0.3, 0.45, 0.2), {"Facebook": 0.8, "YouTube": 0.2}, 0.15),
    _Community(230, (55,), (0.7, 0.3, 0.0, 0.0), {"YouTube": 0.6, "TikTok": 0.4}, 0.10),
    _Community(190, (50,), (0.2, 0.5, 0.25, 0.05), {"X": 0.6, "Facebook": 0.4}, 0.12),
)


def make_follower_network(
    random_state: int = SEEDS["follower_network"], n_nodes: int = 2000
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A directed follower network with communities, hubs and few bridges (synthetic).

    Returns ``(edges, nodes)``. ``edges`` has one row per follow, ``follower`` ->
    ``followed``; information flows the other way, from ``followed`` to ``follower``.
    ``nodes`` has the ``community`` (0 to 6), ``followers`` (in-degree), ``age_group``,
    ``main_platform`` and ``is_customer`` of each person.

    Model: people sit in seven communities of 190 to 400 members and in small circles of
    friends inside them. Each person follows about 15 others: a few circle friends (often
    followed back, which makes triangles), members of the same community picked in
    proportion to a heavy-tailed attractiveness (preferential attachment, which makes
    hubs) and, rarely, someone in another community (the few bridges). The biggest hubs
    sit in the two largest communities and share much of their audience.

    Examples
    --------
    >>> edges, nodes = make_follower_network(n_nodes=300)
    >>> len(nodes)
    300
    >>> in_degree = edges["followed"].value_counts().reindex(nodes["node"], fill_value=0)
    >>> bool((nodes["followers"].to_numpy() == in_degree.to_numpy()).all())
    True
    """
    if n_nodes < 70:
        raise ValueError(f"n_nodes must be at least 70 (ten per community), got {n_nodes}.")
    rng = np.random.default_rng(random_state)
    base_sizes = np.array([c.size for c in _COMMUNITIES], dtype=float)
    sizes = np.floor(base_sizes / base_sizes.sum() * n_nodes).astype(int)
    sizes[0] += n_nodes - sizes.sum()
    community = np.repeat(np.arange(len(_COMMUNITIES)), sizes)
    fitness = rng.pareto(1.6, n_nodes) + 1.0
    members = [np.flatnonzero(community == c) for c in range(len(_COMMUNITIES))]
    for c, spec in enumerate(_COMMUNITIES):
        scale = sizes[c] / spec.size
        for k, pull in enumerate(spec.hubs):
            fitness[members[c][k]] = pull * scale

    edges: list[tuple[int, int]] = []
    for c, group in enumerate(members):
        circles = np.array_split(rng.permutation(group), max(1, len(group) // 12))
        for circle in circles:
            for person in circle:
                mates = circle[circle != person]
                chosen = rng.choice(mates, size=min(3, len(mates)), replace=False)
                for mate in chosen:
                    edges.append((int(person), int(mate)))
                    if rng.random() < 0.6:
                        edges.append((int(mate), int(person)))
        weights = fitness[group] / fitness[group].sum()
        outside = np.flatnonzero(community != c)
        outside_weights = fitness[outside] / fitness[outside].sum()
        for person in group:
            k = int(np.clip(round(rng.lognormal(np.log(11.0), 0.5)), 3, 80))
            targets = rng.choice(group, size=k, replace=True, p=weights)
            edges.extend((int(person), int(t)) for t in targets if t != person)
            if rng.random() < 0.10:  # a rare follow outside the community: a bridge
                edges.append((int(person), int(rng.choice(outside, p=outside_weights))))

    # Random labels, so that a node's id says nothing about its community.
    label = rng.permutation(n_nodes)
    edge_array = label[np.array(edges, dtype="int64")]
    edge_frame = pd.DataFrame(edge_array, columns=["follower", "followed"]).drop_duplicates()
    edge_frame = edge_frame.sort_values(["follower", "followed"], kind="mergesort").reset_index(drop=True)
    in_degree = np.bincount(edge_frame["followed"].to_numpy(), minlength=n_nodes)

    age_group = np.empty(n_nodes, dtype=object)
    main_platform = np.empty(n_nodes, dtype=object)
    is_customer = np.zeros(n_nodes, dtype=bool)
    for c, spec in enumerate(_COMMUNITIES):
        group = members[c]
        age_group[group] = _pick(rng, NETWORK_AGE_GROUPS, spec.age_groups, len(group))
        main_platform[group] = _pick(rng, list(spec.platforms), list(spec.platforms.values()), len(group))
        is_customer[group] = rng.random(len(group)) < spec.customers
    nodes = pd.DataFrame({
        "node": label.astype("int64"), "community": community.astype("int64"),
        "followers": in_degree[label].astype("int64"), "age_group": age_group,
        "main_platform": main_platform, "is_customer": is_customer,
    })
    return edge_frame, nodes.sort_values("node").reset_index(drop=True)


# --------------------------------------------------------------------------------------
# campaign_adoption: weekly adopters of the word-of-mouth campaign
# --------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------
# web_sessions: visits to Nuvola's online shop, by traffic source
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _TrafficSource:
    source: str
    medium: str
    campaign: str
    sessions_per_day: float
    new_share: float  # share of sessions from first-time visitors
    conversion_rate: float  # conversions / sessions
    order_value: float  # euros
    season: float  # extra summer demand


_TRAFFIC = (
    _TrafficSource("Instagram", "social", "(none)", 700, 0.72, 0.011, 33.0, 0.08),
    _TrafficSource("Facebook", "social", "(none)", 450, 0.66, 0.012, 35.0, 0.08),
    _TrafficSource("TikTok", "social", "(none)", 500, 0.80, 0.009, 27.0, 0.08),
    _TrafficSource("YouTube", "social", "(none)", 150, 0.75, 0.010, 31.0, 0.08),
    _TrafficSource("X", "social", "(none)", 90, 0.70, 0.008, 30.0, 0.08),
    _TrafficSource("LinkedIn", "social", "(none)", 60, 0.70, 0.014, 60.0, 0.0),
    _TrafficSource("Instagram", "paid_social", "always_on", 200, 0.78, 0.013, 32.0, 0.08),
    _TrafficSource("Facebook", "paid_social", "always_on", 150, 0.74, 0.013, 34.0, 0.08),
    _TrafficSource("TikTok", "paid_social", "always_on", 150, 0.84, 0.010, 27.0, 0.08),
    _TrafficSource("google", "organic", "(none)", 1400, 0.55, 0.024, 38.0, 0.15),
    _TrafficSource("google", "cpc", "brand_search", 350, 0.35, 0.035, 40.0, 0.15),
    _TrafficSource("newsletter", "email", "newsletter", 300, 0.08, 0.042, 44.0, 0.05),
    _TrafficSource("(direct)", "(none)", "(none)", 900, 0.25, 0.032, 42.0, 0.15),
    _TrafficSource("partner_blogs", "referral", "(none)", 120, 0.80, 0.018, 36.0, 0.1),
)
# Campaign-tagged social traffic: (campaign, source, sessions per day, conversion rate).
_CAMPAIGN_TRAFFIC = (
    ("nuvolatruth", "Instagram", 260, 0.010), ("nuvolatruth", "Facebook", 180, 0.011),
    ("nuvolatruth", "TikTok", 220, 0.008),
    ("autumn_sparkle", "Instagram", 210, 0.0135), ("autumn_sparkle", "Facebook", 120, 0.014),
    ("autumn_sparkle", "TikTok", 160, 0.0115),
)
_AUTUMN_SESSION_SCALE = 0.95  # tuned once so that the social lift lands near, not at, +15%


def make_web_sessions(random_state: int = SEEDS["web_sessions"]) -> pd.DataFrame:
    """Daily visits to Nuvola's online shop in 2025 by source, medium and campaign (synthetic).

    For each day and traffic source: ``sessions`` (visits), ``new_visitors`` (first-time
    visitors among them), ``conversions`` (orders) and ``revenue`` (euros). Sessions
    follow a weekly rhythm, a summer peak and week-to-week noise; new visitors and
    conversions are binomial draws with rates by source (social sources bring many new
    visitors who convert less often than email visitors; e-commerce conversion rates of 1
    to 4%). The crisis in April lowers conversions for a few weeks; the #NuvolaTruth
    (May) and autumn_sparkle (September to November) campaigns add campaign-tagged social
    traffic, which lifts conversions from social compared with June to August.

    Examples
    --------
    >>> web = make_web_sessions()
    >>> web["date"].min(), web["date"].max()
    (Timestamp('2025-01-01 00:00:00'), Timestamp('2025-12-31 00:00:00'))
    >>> bool((web["conversions"] <= web["sessions"]).all())
    True
    """
    rng = np.random.default_rng(random_state)
    day = np.arange(_N_DAYS)
    weekday = _DAYS.day_of_week.to_numpy()
    week = day // 7
    since = day - _CRISIS_DAY
    crisis_dip = 1.0 - 0.35 * np.exp(-np.clip(since, 0, None) / 12.0) * (since >= 0)

    specs = [(t.source, t.medium, t.campaign, t.sessions_per_day, t.new_share, t.conversion_rate,
              t.order_value, t.season, None) for t in _TRAFFIC]
    for campaign, source, sessions, rate in _CAMPAIGN_TRAFFIC:
        window = _MAY_CAMPAIGN if campaign == "nuvolatruth" else _AUTUMN
        scale = _AUTUMN_SESSION_SCALE if campaign == "autumn_sparkle" else 1.0
        specs.append((source, "paid_social", campaign, sessions * scale, 0.82, rate, 33.0, 0.0, window))

    frames = []
    for source, medium, campaign, level, new_share, rate, order_value, season, window in specs:
        days = day if window is None else day[(day >= window[0]) & (day <= window[1])]
        wd = weekday[days]
        rhythm = np.ones(len(days))
        if medium == "email":  # the newsletter goes out on Tuesdays
            rhythm = np.where(wd == 1, 3.2, np.where(wd == 2, 1.4, 0.65))
        elif medium in ("social", "paid_social"):
            rhythm = np.where(wd >= 5, 1.12, 0.95)
        else:
            rhythm = np.where(wd >= 5, 0.9, 1.04)
        weekly = rng.lognormal(0.0, 0.06, week.max() + 1)[week[days]]
        expected = level * rhythm * weekly * _drinks_season(days, season)
        sessions = rng.poisson(expected).astype("int64")
        conv_rate = rate * crisis_dip[days] * rng.lognormal(0.0, 0.05, len(days))
        frames.append(pd.DataFrame({
            "date": _DAYS[days], "source": source, "medium": medium, "campaign": campaign,
            "sessions": sessions,
            "new_visitors": rng.binomial(sessions, new_share).astype("int64"),
            "conversions": rng.binomial(sessions, np.clip(conv_rate, 0, 1)).astype("int64"),
            "order_value": order_value * rng.lognormal(0.0, 0.12, len(days)),
        }))
    web = pd.concat(frames, ignore_index=True)
    web["revenue"] = np.round(web["conversions"] * web["order_value"], 2)
    web = web.drop(columns="order_value")
    web = web.sort_values(["date", "medium", "source", "campaign"], kind="mergesort")
    return web.reset_index(drop=True)


# --------------------------------------------------------------------------------------
# campaign_costs: what Nuvola spent, by month, campaign and channel
# --------------------------------------------------------------------------------------

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
    two can be joined to compute social ROI = (return - cost) / cost.

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


# --------------------------------------------------------------------------------------
# ab_test: two versions of a summer post, shown to comparable audiences
# --------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------
# Writing the files
# --------------------------------------------------------------------------------------

# Decimals written for each float column, and the datetime columns written as dates only.
_FLOAT_DECIMALS: dict[str, dict[str, int]] = {
    "social_media_users": {"world_population": 0, "penetration": 4, "yoy_growth_reported": 3},
    "platform_audiences": {"share_of_adults": 2},
    "posts": {"cost": 2},
    "customers": {"revenue": 2, "referred_revenue": 2},
    "mentions": {"rating": 0},
    "web_sessions": {"revenue": 2},
    "campaign_costs": {"cost": 2},
}
_DATE_ONLY: dict[str, tuple[str, ...]] = {
    "social_media_users": ("date",),
    "customers": ("signup_date", "last_order_date"),
    "reviews": ("date",),
    "campaign_adoption": ("week_start",),
    "web_sessions": ("date",),
    "ab_test": ("date",),
}
_MONTH_ONLY: dict[str, tuple[str, ...]] = {"campaign_costs": ("month",)}


def _column_text(name: str, column: str, values: pd.Series) -> list[str]:
    """Turn one column into text the same way on every platform and pandas version."""
    if column in _FLOAT_DECIMALS.get(name, {}):
        decimals = _FLOAT_DECIMALS[name][column]
        return ["" if math.isnan(v) else f"{v:.{decimals}f}" for v in values.to_numpy(dtype=float)]
    if pd.api.types.is_bool_dtype(values):
        return ["True" if v else "False" for v in values.to_numpy(dtype=bool)]
    if pd.api.types.is_datetime64_any_dtype(values):
        if column in _MONTH_ONLY.get(name, ()):
            fmt = "%Y-%m"
        elif column in _DATE_ONLY.get(name, ()):
            fmt = "%Y-%m-%d"
        else:
            fmt = "%Y-%m-%d %H:%M:%S"
        return ["" if pd.isna(v) else v.strftime(fmt) for v in values]
    if pd.api.types.is_integer_dtype(values):
        return [str(int(v)) for v in values.to_numpy(dtype="int64")]
    if pd.api.types.is_float_dtype(values):
        raise TypeError(f"{name}.{column} is a float column without fixed decimals in _FLOAT_DECIMALS.")
    return [str(v) for v in values]


def _csv_bytes(name: str, frame: pd.DataFrame) -> bytes:
    """The CSV file of one dataset as UTF-8 bytes with ``\\n`` line ends."""
    text = pd.DataFrame({col: _column_text(name, col, frame[col]) for col in frame.columns})
    return text.to_csv(index=False, lineterminator="\n").encode("utf-8")


def _network_edges() -> pd.DataFrame:
    return make_follower_network()[0]


def _network_nodes() -> pd.DataFrame:
    return make_follower_network()[1]


# Every dataset file and the function that makes it, in the order they are written.
_BUILDERS = {
    "social_media_users": make_social_media_users,
    "platform_audiences": make_platform_audiences,
    "posts": make_posts,
    "messages": make_messages,
    "customers": make_customers,
    "mentions": make_mentions,
    "reviews": make_reviews,
    "follower_network": _network_edges,
    "follower_network_nodes": _network_nodes,
    "campaign_adoption": make_campaign_adoption,
    "web_sessions": make_web_sessions,
    "campaign_costs": make_campaign_costs,
    "ab_test": make_ab_test,
}
DATASET_NAMES = tuple(_BUILDERS)


def build_all(names=None) -> dict[str, pd.DataFrame]:
    """Build course datasets as DataFrames, keyed by file name (without ``.csv``).

    ``names`` picks some datasets (default: all of them, see :data:`DATASET_NAMES`).

    Examples
    --------
    >>> frames = build_all(["ab_test", "campaign_adoption"])
    >>> {name: frame.shape for name, frame in frames.items()}
    {'ab_test': (28, 6), 'campaign_adoption': (52, 4)}
    """
    if names is None:
        chosen = list(DATASET_NAMES)
    else:
        chosen = [names] if isinstance(names, str) else list(names)
        unknown = [n for n in chosen if n not in _BUILDERS]
        if unknown:
            raise ValueError(
                f"names has unknown datasets {unknown}; choose from {list(DATASET_NAMES)}."
            )
    network = make_follower_network() if {"follower_network", "follower_network_nodes"} & set(chosen) else None
    frames = {}
    for name in chosen:
        if name == "follower_network":
            frames[name] = network[0]
        elif name == "follower_network_nodes":
            frames[name] = network[1]
        else:
            frames[name] = _BUILDERS[name]()
    return frames


def default_out_dir() -> Path:
    """The repository's ``datasets/`` folder, next to the ``smm_course`` package.

    Examples
    --------
    >>> default_out_dir().name
    'datasets'
    """
    return Path(__file__).resolve().parent.parent / "datasets"


def write_all(out_dir: str | Path | None = None, names=None) -> list[Path]:
    """Write datasets as ``NAME.csv`` into ``out_dir`` and return the paths written.

    ``out_dir`` defaults to the repository's ``datasets/`` folder and is created if
    missing; ``names`` picks some datasets (default: all). Files are written as bytes
    (UTF-8, ``\\n`` line ends), so a rerun on any operating system reproduces them exactly.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     paths = write_all(tmp, names=["ab_test"])
    ...     first_line = paths[0].read_text().splitlines()[0]
    >>> first_line
    'date,variant,impressions,reach,clicks,shares'
    """
    out = Path(out_dir) if out_dir is not None else default_out_dir()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in build_all(names).items():
        path = out / f"{name}.csv"
        path.write_bytes(_csv_bytes(name, frame))
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m smm_course.datagen [--out DIR] [--only NAME ...]``.

    Writes the datasets (all of them, or only the named ones) and prints what it wrote.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     main(["--out", tmp, "--only", "ab_test", "campaign_costs"])
    Wrote 2 datasets (0.0 MB) to ...
    0
    """
    parser = argparse.ArgumentParser(
        prog="python -m smm_course.datagen",
        description="Write the course datasets (CSV) into a folder, reproducibly.",
    )
    parser.add_argument("--out", type=Path, default=None,
                        help="folder to write into (default: the repository's datasets/ folder)")
    parser.add_argument("--only", nargs="+", metavar="NAME", choices=DATASET_NAMES, default=None,
                        help="write only these datasets (default: all)")
    args = parser.parse_args(argv)
    paths = write_all(args.out, names=args.only)
    total = sum(p.stat().st_size for p in paths)
    print(f"Wrote {len(paths)} datasets ({total / 1e6:.1f} MB) to {paths[0].parent}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
