"""``mentions``: what people said about the four brands online in 2025 (synthetic)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from smm_course.datagen.review_texts import REVIEW_BOMB, review_text
from smm_course.datagen.sampling import pick
from smm_course.datagen.timeline import (
    AUTUMN_DAYS,
    CRISIS_DAY,
    DAYS,
    N_DAYS,
    RECOVERY_DAYS,
    crisis_profile,
    drinks_season,
    timestamps,
)
from smm_course.datagen.world import MENTION_TOPICS, PRODUCTS, SEEDS, SOURCE_TYPES, WORLD

__all__ = ["make_mentions"]

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


# How often each topic comes up (in MENTION_TOPICS order; health claims come only from the crisis).
_MENTION_TOPIC_USE = (0.30, 0.12, 0.08, 0.10, 0.07, 0.08, 0.06, 0.11, 0.08, 0.0)
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
# Neutral talk about the claim at the crisis peak (mentions a day): people ask whether it is true, news sites
# report it, accounts repost the video. With the negative wave it roughly doubles Nuvola's mentions in the crisis
# week, so its share of voice rises while its sentiment collapses.
_CRISIS_TALK_PEAK = 10.0
# How much more competitors are talked about right after the crisis (as alternatives), fading over weeks. Kept
# small: the target of an attack is talked about far more than its rivals.
_SWITCH_BOOST = 0.25
_SWITCH_DAYS = 28.0
_RATING_BY_SENTIMENT = {"positive": ((4, 5), (0.35, 0.65)), "neutral": ((2, 3, 4), (0.1, 0.6, 0.3)),
                        "negative": ((1, 2, 3), (0.6, 0.3, 0.1))}


def _mention_rates(brand: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Expected daily mentions of a brand: positive, neutral, negative, crisis and crisis talk.

    The crisis adds negative mentions about Nuvola that peak in the first days and fade
    within four weeks, faster once the response team starts, and a wave of neutral talk
    about the claim (questions, news, reposts) with the same shape. Together they make
    Nuvola's share of voice jump in the crisis week while its sentiment collapses, as in
    real attacks on a brand. Nuvola's positive chatter drops for weeks and competitors are
    talked about a little more as alternatives, so once the noise fades Nuvola's voice is
    smaller than before; the May campaign brings it back.
    """
    day = np.arange(N_DAYS, dtype=float)
    weekday = DAYS.day_of_week.to_numpy()
    season = drinks_season(day, 0.25) * np.where(weekday >= 5, 1.1, 1.0)
    pos, neu, neg = (rate * season for rate in _MENTION_RATES[brand])
    since = day - CRISIS_DAY
    after = since >= 0
    crisis = np.zeros(N_DAYS)
    talk = np.zeros(N_DAYS)
    in_may = (day >= RECOVERY_DAYS[0]) & (day <= RECOVERY_DAYS[1])
    in_autumn = (day >= AUTUMN_DAYS[0]) & (day <= AUTUMN_DAYS[1])
    if brand == WORLD.brand:
        wave = crisis_profile(since, slow_until=3, fast_rate=0.16)
        crisis = 12.0 * wave
        talk = _CRISIS_TALK_PEAK * wave
        pos = pos * np.where(after, 1.0 - 0.7 * np.exp(-np.clip(since, 0, None) / 20.0), 1.0)
        neu = neu * np.where(after, 1.0 + 0.3 * np.exp(-np.clip(since, 0, None) / 7.0), 1.0)
        pos = pos * np.where(in_may, 2.4, 1.0) * np.where(day > RECOVERY_DAYS[1], 1.05, 1.0)
        pos = pos * np.where(in_autumn, 1.2, 1.0)
    else:
        boost = np.where(after, 1.0 + _SWITCH_BOOST * np.exp(-np.clip(since, 0, None) / _SWITCH_DAYS), 1.0)
        pos, neu, neg = pos * boost, neu * boost, neg * boost
    return pos, neu, neg, crisis, talk


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
        pos, neu, neg, crisis, talk = _mention_rates(brand)
        for sentiment, rate in (("positive", pos), ("neutral", neu), ("negative", neg)):
            counts = rng.poisson(rate)
            for d in np.flatnonzero(counts):
                records.extend([(int(d), brand, sentiment, "normal")] * int(counts[d]))
        crisis_counts = rng.poisson(crisis)
        for d in np.flatnonzero(crisis_counts):
            records.extend([(int(d), brand, "negative", "crisis")] * int(crisis_counts[d]))
        # Drawn after the negative wave, so that adding the talk left Nuvola's daily negative counts as they were.
        talk_counts = rng.poisson(talk)
        for d in np.flatnonzero(talk_counts):
            records.extend([(int(d), brand, "neutral", "crisis")] * int(talk_counts[d]))

    rows = []
    for day, brand, sentiment, context in records:
        since = day - CRISIS_DAY
        topic = str(pick(rng, MENTION_TOPICS, _MENTION_TOPIC_USE, 1)[0])
        source = str(pick(rng, SOURCE_TYPES, (0.42, 0.30, 0.08, 0.05, 0.08, 0.07), 1)[0])
        early_crisis = brand == WORLD.brand and 0 <= since < 28 and context == "normal"
        if early_crisis and rng.random() < 0.5 * math.exp(-since / 10):
            context = "crisis"  # people who would have talked about Nuvola talk about the video
        if brand != WORLD.brand and 0 <= since < 28 and rng.random() < 0.35 * math.exp(-since / 14):
            context = "switch"
        in_may = RECOVERY_DAYS[0] <= day <= RECOVERY_DAYS[1]
        in_autumn = AUTUMN_DAYS[0] <= day <= AUTUMN_DAYS[1]
        if brand == WORLD.brand and context == "normal" and in_may and rng.random() < 0.5:
            context = "recovery"
        if brand == WORLD.brand and context == "normal" and in_autumn and rng.random() < 0.2:
            context = "autumn"

        if context == "crisis":
            topic = "health_claim"
            source = str(pick(rng, SOURCE_TYPES, (0.40, 0.35, 0.05, 0.07, 0.10, 0.03), 1)[0])
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
            rating = float(pick(rng, ratings, probs, 1)[0])
            product = PRODUCTS[brand][int(rng.integers(len(PRODUCTS[brand])))]
            text, review_topic = review_text(int(rating), rng, product)
            if context not in ("crisis", "switch"):
                topic = review_topic
            if context == "crisis":
                text = REVIEW_BOMB[int(rng.integers(len(REVIEW_BOMB)))]
                rating = 1.0
        else:
            rating = math.nan
            text = _fill(pool[int(rng.integers(len(pool)))], rng, brand)
            if source not in ("news", "blog"):
                text = _decorate(text, sentiment, rng, brand)
        platform = str(pick(rng, list(_SOURCE_PLATFORMS[source]), list(_SOURCE_PLATFORMS[source].values()), 1)[0])
        median, spread = _AUTHOR_FOLLOWERS[source]
        followers = int(round(median * rng.lognormal(0.0, spread)))
        hour_seconds = int(np.clip(rng.normal(15.0 * 3600, 4.5 * 3600), 0, 86_399))
        rows.append((day, hour_seconds, brand, platform, source, followers, text, sentiment,
                     source == "review", rating, topic))

    # The video that started it all.
    rows.append((CRISIS_DAY, 7 * 3600 + 42 * 60 + 10, WORLD.brand, "TikTok", "video", 1_240_000,
                 "drank Nuvola and ended up in hospital?? they don't want you to know what's in it 😡🤢 #nuvola",
                 "negative", False, math.nan, "health_claim"))

    frame = pd.DataFrame(rows, columns=["day", "seconds", "brand", "platform", "source_type",
                                        "author_followers", "text", "sentiment", "is_review",
                                        "rating", "topic"])
    frame.insert(0, "posted_at", timestamps(frame["day"].to_numpy(), frame["seconds"].to_numpy()))
    frame = frame.drop(columns=["day", "seconds"])
    frame = frame.sort_values(["posted_at", "brand"], kind="mergesort").reset_index(drop=True)
    frame.insert(0, "mention_id", [f"MN{i:06d}" for i in range(1, len(frame) + 1)])
    return frame

