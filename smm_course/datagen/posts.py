"""``posts``: what the four brands published on social media in 2025 (synthetic)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from smm_course.datagen.sampling import pick
from smm_course.datagen.timeline import (
    AUTUMN_DAYS,
    CRISIS_DAY,
    N_DAYS,
    RECOVERY_DAYS,
    timestamps,
)
from smm_course.datagen.world import AROUSAL, POST_TOPICS, SEEDS, VALENCE, WORLD

__all__ = ["make_posts"]


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

# How often brands use each emotion, and how it changes shares per impression. The
# ordering follows Berger and Milkman (2012): high arousal raises sharing, sadness lowers
# it, and positive content is shared more than negative.
_EMOTION_USE = {"awe": 0.14, "amusement": 0.20, "anger": 0.08, "anxiety": 0.08,
                "contentment": 0.18, "sadness": 0.08, "neutral": 0.24}
_EMOTION_SHARES = {"awe": 1.45, "amusement": 1.30, "anger": 1.25, "anxiety": 1.12,
                   "contentment": 0.95, "sadness": 0.75, "neutral": 0.90}
# How often brands post on each topic, in POST_TOPICS order (crisis posts are set apart).
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
    day = np.arange(N_DAYS, dtype=float)
    paths = {}
    for brand in WORLD.brands:
        for platform, start in zip(WORLD.platforms, _START_FOLLOWERS[brand]):
            growth = _PLATFORMS[platform].follower_growth * _BRAND_GROWTH[brand]
            trend = start * (1.0 + growth * day / (N_DAYS - 1))
            wobble = np.zeros(N_DAYS)
            shocks = rng.normal(0.0, 0.002, N_DAYS)
            for i in range(1, N_DAYS):  # AR(1): wobbles fade, so the trend wins
                wobble[i] = 0.9 * wobble[i - 1] + shocks[i]
            path = trend * (1.0 + wobble)
            if brand == WORLD.brand:
                since = np.clip(day - CRISIS_DAY, 0, None)
                path *= 1.0 - 0.03 * (1.0 - np.exp(-since / 3.0)) * (day >= CRISIS_DAY)
            paths[(brand, platform)] = np.round(path).astype("int64")
    return paths


def _posting_intensity(brand: str) -> np.ndarray:
    """Relative number of posts per day: brands post more in campaigns, less in August."""
    day = np.arange(N_DAYS)
    intensity = np.ones(N_DAYS)
    intensity[(day >= 212) & (day <= 242)] = 0.8  # August holidays
    if brand == WORLD.brand:
        intensity[(day >= CRISIS_DAY) & (day < CRISIS_DAY + 7)] = 0.6
        intensity[(day >= RECOVERY_DAYS[0]) & (day <= RECOVERY_DAYS[1])] = 1.5
        intensity[(day >= AUTUMN_DAYS[0]) & (day <= AUTUMN_DAYS[1])] = 1.3
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

    brand = pick(rng, list(_POSTS_BY_BRAND), list(_POSTS_BY_BRAND.values()), n_posts)
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
        platform[mask] = pick(rng, list(_PLATFORMS), weights, count)
        intensity = _posting_intensity(name)
        day[mask] = rng.choice(N_DAYS, size=count, p=intensity / intensity.sum())

    profiles = [_PLATFORMS[p] for p in platform]
    best_hour = np.array([p.best_hour for p in profiles])
    # Most posts go out at any daytime hour; some are timed for the platform's best hour.
    hour = rng.integers(7, 23, n_posts)
    timed = rng.random(n_posts) < 0.3
    hour[timed] = np.clip(np.round(rng.normal(best_hour[timed], 1.5)), 6, 23).astype(int)
    minute = rng.integers(0, 60, n_posts)
    posted_at = timestamps(day, hour * 3600 + minute * 60)

    fmt = np.array([pick(rng, list(p.formats), list(p.formats.values()), 1)[0] for p in profiles])
    emotion = pick(rng, list(_EMOTION_USE), list(_EMOTION_USE.values()), n_posts)
    topic = pick(rng, POST_TOPICS, _TOPIC_USE, n_posts)
    in_crisis = (brand == WORLD.brand) & (day >= CRISIS_DAY) & (day < CRISIS_DAY + 14)
    crisis_post = in_crisis & (rng.random(n_posts) < 0.7)
    topic[crisis_post] = "crisis_response"
    emotion[crisis_post] = pick(rng, ["neutral", "contentment", "anxiety"], [0.5, 0.3, 0.2],
                                int(crisis_post.sum()))
    arousal = np.array([AROUSAL[e] for e in emotion], dtype=object)
    valence = np.array([VALENCE[e] for e in emotion], dtype=object)
    asks_question = rng.random(n_posts) < np.where(np.isin(platform, ["X", "LinkedIn"]), 0.25, 0.18)

    in_campaign = (brand == WORLD.brand) & (
        ((day >= RECOVERY_DAYS[0]) & (day <= RECOVERY_DAYS[1]))
        | ((day >= AUTUMN_DAYS[0]) & (day <= AUTUMN_DAYS[1]))
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

