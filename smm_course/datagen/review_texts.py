"""Review sentences by star rating, shared by the ``reviews`` and ``mentions`` datasets.

Sentences read like real reviews, sarcasm included ("Five stars for the most expensive flat
water..."), so that a lexicon model such as VADER gets some of them wrong.
"""

from __future__ import annotations

import numpy as np

__all__ = ["REVIEW_BOMB", "review_text"]

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
REVIEW_BOMB = ("Makes people sick. Avoid!!", "Saw the video. Not risking it.",
               "Poison in a can. 0 stars if I could.", "Don't buy until they explain the video. Scary.",
               "My friend got sick after one can. Stay away.")


def review_text(rating: int, rng: np.random.Generator, product: str) -> tuple[str, str]:
    """One to three sentences that fit a star rating, and the topic of the first one.

    Examples
    --------
    >>> text, topic = review_text(1, np.random.default_rng(0), "Nuvola Zero")
    >>> topic in {"taste", "delivery", "price"}
    True
    """
    pool = _REVIEW_SENTENCES[rating]
    k = int(rng.integers(1, 4))
    chosen = rng.choice(len(pool), size=min(k, len(pool)), replace=False)
    text = " ".join(pool[i][1].format(product=product) for i in chosen)
    return text, pool[chosen[0]][0]
