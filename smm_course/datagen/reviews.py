"""``reviews``: star ratings of Nuvola's five products in 2025 (synthetic)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from smm_course.datagen.review_texts import REVIEW_BOMB, review_text
from smm_course.datagen.sampling import pick
from smm_course.datagen.timeline import CRISIS_DAY, N_DAYS, drinks_season
from smm_course.datagen.world import REVIEW_PLATFORMS, SEEDS, WORLD

__all__ = ["make_reviews"]

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
    day_weight = drinks_season(np.arange(N_DAYS), 0.3)
    n_bomb = int(round(0.06 * n_reviews))
    n_normal = n_reviews - n_bomb
    day = rng.choice(N_DAYS, size=n_normal, p=day_weight / day_weight.sum())
    bomb_day = CRISIS_DAY + np.minimum(rng.geometric(0.2, n_bomb) - 1, 20)
    products = list(_PRODUCT_STARS)
    product = pick(rng, products, (0.26, 0.22, 0.16, 0.20, 0.16), n_reviews)
    rating = np.empty(n_reviews, dtype="int64")
    for i in range(n_normal):
        rating[i] = rng.choice(5, p=_PRODUCT_STARS[product[i]]) + 1
    rating[n_normal:] = 1
    verified = np.concatenate([rng.random(n_normal) < 0.78, rng.random(n_bomb) < 0.05])
    platform = pick(rng, REVIEW_PLATFORMS, (0.35, 0.30, 0.20, 0.15), n_reviews)
    text = [review_text(int(r), rng, p)[0] for r, p in zip(rating[:n_normal], product[:n_normal])]
    text += [REVIEW_BOMB[int(rng.integers(len(REVIEW_BOMB)))] for _ in range(n_bomb)]

    reviews = pd.DataFrame({
        "date": WORLD.start + pd.to_timedelta(np.concatenate([day, bomb_day]), unit="D"),
        "platform": platform, "product": product, "rating": rating, "text": text,
        "verified": verified,
    })
    reviews = reviews.sort_values(["date", "product", "platform"], kind="mergesort").reset_index(drop=True)
    reviews.insert(0, "review_id", [f"R{i:04d}" for i in range(1, n_reviews + 1)])
    return reviews

