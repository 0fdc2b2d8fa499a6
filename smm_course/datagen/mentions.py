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
    day_index,
    drinks_season,
    timestamps,
)
from smm_course.datagen.world import MENTION_TOPICS, PRODUCTS, SEEDS, SOURCE_TYPES, WORLD

__all__ = ["make_mentions", "HASHTAG_CLUSTERS", "RUMOUR_DAYS", "BOT_BURST", "GIVEAWAY"]

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



# --------------------------------------------------------------------------------------------------------------
# Planted for the listening lesson (notebook 10). Each part draws from a stream of its own (seeded from the
# mentions seed and a stream number), so the rows, labels and texts drawn above stay exactly as they were.
# --------------------------------------------------------------------------------------------------------------

# Topical hashtags by cluster: a share of posts, comments and videos carries one to three tags of their topic's
# cluster, so a hashtag co-occurrence graph has communities that match topics and campaigns. No tag is a word
# of VADER's lexicon, so adding them leaves every compound score as it was (tested).
HASHTAG_CLUSTERS: dict[str, tuple[str, ...]] = {
    "drinks": ("#summerdrinks", "#mocktail", "#aperitivo", "#sparklingwater"),
    "shopping": ("#supermarket", "#groceries", "#deals", "#onlineshopping"),
    "green": ("#plasticfree", "#recycling", "#zerowaste", "#sustainability"),
    "campaigns": ("#giveaway", "#contest", "#fallvibes", "#billboard"),
    "crisis": ("#NuvolaSick", "#foodsafety", "#fakenews", "#transparency"),
}
_CLUSTER_OF_TOPIC = {"taste": "drinks", "comparison": "drinks", "price": "shopping", "availability": "shopping",
                     "delivery": "shopping", "customer_service": "shopping", "packaging": "green",
                     "sustainability": "green", "campaign": "campaigns", "health_claim": "crisis"}
_TAG_SHARE = 0.24  # share of posts, comments and videos that get topical tags
_CRISIS_TAG_SHARE = 0.5  # talk of the claim is tagged more often: the tag is how people find the story
_TAGS_PER_TEXT = ((1, 2, 3), (0.45, 0.38, 0.17))
# Days (3 to 6 April 2025) and how many of Nuvola's posts and comments those days become talk of the rumour.
RUMOUR_DAYS = {CRISIS_DAY - 4: 1, CRISIS_DAY - 3: 2, CRISIS_DAY - 2: 2, CRISIS_DAY - 1: 3}
_RUMOUR_TEXTS = {  # questions read as neutral, claims as negative: each rewritten row keeps its label
    "neutral": (
        "anyone else feel sick after {product}?? asking for a friend #NuvolaSick",
        "is it true {brand} made people ill in a school in {city}? #NuvolaSick",
        "heard a rumour that {brand} drinks make you ill. anyone know more? #nuvolasick",
        "someone in my group chat says {brand} is making people sick, is this real?",
    ),
    "negative": (
        "my brother says {product} made him sick. not touching it again #NuvolaSick",
        "felt ill all night after a {product}. never again #nuvolasick",
    ),
}
# A bot burst pushing a competitor's summer launch: near-identical praise from brand-new accounts, in two hours.
BOT_BURST = {"brand": "Brezza", "start": pd.Timestamp("2025-05-20 21:04:00"), "minutes": 110, "size": 44,
             "aged": 5}
_BOT_TEXTS = (
    "Just tried the new Brezza Pesca and WOW, best summer drink ever! #BrezzaSummer #summerdrinks",
    "Just tried the new Brezza Pesca and WOW, best summer drink ever! #BrezzaSummer #summerdrinks",
    "Just tried the new Brezza Pesca and WOW, best summer drink ever! #BrezzaSummer #summerdrinks",
    "Just tried the new Brezza Pesca and wow, best summer drink ever!! #BrezzaSummer #summerdrinks",
    "just tried the new Brezza Pesca and WOW best summer drink ever #BrezzaSummer #summerdrinks",
)
# A giveaway whose real entrants post one contest text: a few are new accounts, some made just to enter.
GIVEAWAY = {"brand": "Nuvola", "start": pd.Timestamp("2025-12-09 12:00:00"), "days": 3, "size": 60, "new": 12}
_GIVEAWAY_TEXT = "I want to win the Nuvola Christmas crate! #NuvolaGiveaway #giveaway"

_FIRST = ("giulia", "marco", "sofia", "luca", "anna", "matteo", "chiara", "andrea", "elena", "davide", "sara",
          "paolo", "lena", "jonas", "marie", "lucas", "laura", "pablo", "emma", "noah", "lisa", "felix", "ines",
          "hugo", "clara", "tom", "nina", "leo", "ana", "max", "eva", "tim", "alba", "nico", "rosa", "ugo")
_SECOND = ("rossi", "bianchi", "ferri", "conti", "greco", "romano", "colombo", "ricci", "marino", "bruno", "gallo",
           "muller", "schmidt", "weber", "martin", "dubois", "garcia", "lopez", "vega", "jansen", "bakker",
           "runs", "eats", "travels", "cooks", "fit", "snaps", "vibes", "daily", "life", "design", "music")
_OUTLET_WORDS = ("news", "daily", "mag", "food", "press", "times", "journal", "post", "today", "bites", "blog",
                 "kitchen")
_FOLLOWING = {"post": (320, 0.9), "comment": (300, 0.9), "video": (260, 1.0), "review": (150, 0.9),
              "news": (180, 0.9), "blog": (420, 0.8)}


def _stream(random_state: int, number: int) -> np.random.Generator:
    """An independent random stream for one planted part, reproducible from the mentions seed."""
    return np.random.default_rng([random_state, number])


def _handle(rng: np.random.Generator, source: str, taken: set[str], default_style: bool = False) -> str:
    """A new, unused author handle: a name, an outlet for news and blogs, or a default (name + 8 digits)."""
    while True:
        first = _FIRST[int(rng.integers(len(_FIRST)))]
        if default_style:
            handle = f"@{first}{int(rng.integers(10_000_000, 100_000_000))}"
        elif source in ("news", "blog"):
            city = _CITIES[int(rng.integers(len(_CITIES)))].lower()
            word = _OUTLET_WORDS[int(rng.integers(len(_OUTLET_WORDS)))]
            handle = f"@{city}_{word}{int(rng.integers(1, 100))}"
        else:
            second = _SECOND[int(rng.integers(len(_SECOND)))]
            sep = ("", "_", ".")[int(rng.integers(3))]
            digits = str(int(rng.integers(1, 1000))) if rng.random() < 0.6 else ""
            handle = f"@{first}{sep}{second}{digits}"
        if handle not in taken:
            taken.add(handle)
            return handle


def _with_tags(text: str, tags: list[str]) -> str:
    """Append hashtags; a shouted (all capitals) text gets shouted tags, so VADER's capitals rule is unchanged."""
    if text.isupper():
        tags = [tag.upper() for tag in tags]
    return " ".join([text, *tags])


def _add_topic_hashtags(rows: list[list], rng: np.random.Generator) -> None:
    """Append one to three topical hashtags to a share of posts, comments and videos (in place)."""
    for row in rows:
        text, source, topic = row[6], row[4], row[10]
        share = _CRISIS_TAG_SHARE if topic == "health_claim" else _TAG_SHARE
        if source not in ("post", "comment", "video") or rng.random() >= share:
            continue
        pool = HASHTAG_CLUSTERS[_CLUSTER_OF_TOPIC[topic]]
        n_tags = int(pick(rng, *_TAGS_PER_TEXT, 1)[0])
        chosen = [pool[i] for i in sorted(rng.choice(len(pool), size=n_tags, replace=False))]
        # Case varies as people type it; lower-casing finds them all.
        chosen = [tag.lower() if rng.random() < 0.3 else tag for tag in chosen]
        row[6] = _with_tags(text, chosen)


def _plant_rumour(rows: list[list], rng: np.random.Generator) -> None:
    """Rewrite a few of Nuvola's posts and comments on 3-6 April as talk of the rumour (in place).

    The rumour circulates among small accounts before the video goes viral on 7 April. Each rewritten row keeps
    its sentiment label (most are questions, labelled neutral), so counts by brand and sentiment do not change:
    a negative-mentions monitor barely moves, a keyword monitor sees the new term.
    """
    for day, count in RUMOUR_DAYS.items():
        candidates = [row for row in rows if row[0] == day and row[2] == WORLD.brand
                      and row[7] in _RUMOUR_TEXTS and row[4] in ("post", "comment") and row[5] < 2000]
        if len(candidates) < count:
            raise RuntimeError(f"day {day} has {len(candidates)} Nuvola posts to rewrite, {count} needed")
        for row in (candidates[i] for i in sorted(rng.choice(len(candidates), size=count, replace=False))):
            pool = _RUMOUR_TEXTS[row[7]]
            row[6] = _fill(pool[int(rng.integers(len(pool)))], rng, WORLD.brand)
            row[10] = "health_claim"


def _planted_rows(rng: np.random.Generator) -> list[list]:
    """The bot burst and the giveaway entries, with their authors: rows as in make_mentions plus author columns."""
    rows = []
    start_day = day_index(BOT_BURST["start"].normalize())
    start_seconds = int((BOT_BURST["start"] - BOT_BURST["start"].normalize()).total_seconds())
    offsets = np.sort(rng.integers(0, BOT_BURST["minutes"] * 60, BOT_BURST["size"]))
    aged = set(rng.choice(BOT_BURST["size"], size=BOT_BURST["aged"], replace=False).tolist())
    for k, offset in enumerate(offsets):
        platform = "X" if rng.random() < 0.7 else "Instagram"
        text = _BOT_TEXTS[int(rng.integers(len(_BOT_TEXTS)))]
        if k in aged:  # old accounts bought or taken over: an account-age rule misses them
            age_days = int(rng.integers(700, 2500))
            followers = int(rng.integers(20, 90))
        else:
            age_days = int(rng.integers(1, 11))
            followers = int(rng.integers(0, 16))
        following = int(round(np.exp(rng.uniform(np.log(600), np.log(2500)))))
        rows.append([start_day, start_seconds + int(offset), BOT_BURST["brand"], platform, "post", followers, text,
                     "positive", False, math.nan, "campaign", None, following, age_days, True])
    start_day = day_index(GIVEAWAY["start"].normalize())
    new = set(rng.choice(GIVEAWAY["size"], size=GIVEAWAY["new"], replace=False).tolist())
    for k in range(GIVEAWAY["size"]):
        # entries pile up on the first day and trail off
        day = start_day + int(pick(rng, (0, 1, 2), (0.6, 0.28, 0.12), 1)[0])
        seconds = int(np.clip(rng.normal(16.0 * 3600, 4.0 * 3600), 12 * 3600 if day == start_day else 0, 86_399))
        platform = "Instagram" if rng.random() < 0.8 else "Facebook"
        text = _GIVEAWAY_TEXT
        if rng.random() < 0.25:  # some tag a friend, as contests ask
            text = f"{text} @{_FIRST[int(rng.integers(len(_FIRST)))]}{_SECOND[int(rng.integers(len(_SECOND)))]}"
        if k in new:  # real fans on new accounts, some made just to enter; a few follow many accounts
            age_days = int(rng.integers(0, 25))
            followers = int(rng.integers(2, 45))
            following = int(rng.integers(40, 300)) if rng.random() < 0.7 else int(rng.integers(600, 1500))
        else:
            age_days = int(np.clip(round(np.exp(rng.normal(np.log(1600), 0.6))), 60, 5500))
            followers = int(round(260 * rng.lognormal(0.0, 1.2)))
            following = int(np.clip(round(350 * rng.lognormal(0.0, 0.8)), 5, 7500))
        rows.append([day, seconds, GIVEAWAY["brand"], platform, "comment", followers, text, "positive", False,
                     math.nan, "campaign", None, following, age_days, False])
    return rows


def _add_authors(rows: list[list], rng: np.random.Generator, taken: set[str]) -> None:
    """Give every mention without one an author: handle, accounts followed and account age in days (in place)."""
    for row in rows:
        source = row[4]
        median, spread = _FOLLOWING[source]
        following = int(np.clip(round(median * rng.lognormal(0.0, spread)), 0, 7500))
        if source in ("news", "blog"):  # outlets and blogs have been around for years
            age_days = int(np.clip(round(np.exp(rng.normal(np.log(3000), 0.5))), 400, 6000))
        elif rng.random() < 0.02:  # real people join every day
            age_days = int(rng.integers(0, 60))
        else:
            age_days = int(np.clip(round(np.exp(rng.normal(np.log(1700), 0.6))), 60, 6000))
        default_style = source in ("post", "comment", "video", "review") and rng.random() < 0.03
        row.extend([_handle(rng, source, taken, default_style=default_style), following, age_days, False])


def make_mentions(random_state: int = SEEDS["mentions"]) -> pd.DataFrame:
    """Public mentions of Nuvola and its competitors in 2025 with a human sentiment label (synthetic).

    Daily counts per brand and sentiment are Poisson draws around rates that carry the
    season, the weekend, the crisis (a false viral claim on 7 April 2025 that Nuvola's
    drinks make people ill), the #NuvolaTruth campaign in May and the autumn campaign.
    Each mention gets a source type, a platform, an author audience (lognormal,
    ``author_followers`` in people), a topic and a short text built from templates with
    emoji, slang, negation and sarcasm. ``sentiment`` is the label a human reader gives;
    reviews (``is_review``) carry a 1 to 5 star ``rating`` that agrees with it.

    For the listening lesson, streams of their own then add topical hashtags (:data:`HASHTAG_CLUSTERS`),
    talk of the rumour before the video (:data:`RUMOUR_DAYS`), an author for every mention (``author``,
    ``author_following``, ``author_created``), a bot burst (:data:`BOT_BURST`, ``is_bot`` True) and a
    giveaway whose real entrants look like bots (:data:`GIVEAWAY`); the other values stay as drawn.

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
        rows.append([day, hour_seconds, brand, platform, source, followers, text, sentiment,
                     source == "review", rating, topic])

    # The video that started it all.
    rows.append([CRISIS_DAY, 7 * 3600 + 42 * 60 + 10, WORLD.brand, "TikTok", "video", 1_240_000,
                 "drank Nuvola and ended up in hospital?? they don't want you to know what's in it 😡🤢 #nuvola",
                 "negative", False, math.nan, "health_claim"])

    # Planted for the listening lesson, each from a stream of its own (see the section above).
    _plant_rumour(rows, _stream(random_state, 1))
    _add_topic_hashtags(rows, _stream(random_state, 2))
    taken: set[str] = set()
    _add_authors(rows, _stream(random_state, 3), taken)
    planted_rng = _stream(random_state, 4)
    planted = _planted_rows(planted_rng)
    for row in planted:
        # bots, and about half of the new fans, keep the handle the platform suggested (name + 8 digits)
        default_style = row[14] or (row[13] < 30 and planted_rng.random() < 0.5)
        row[11] = _handle(planted_rng, row[4], taken, default_style=bool(default_style))
    rows.extend(planted)

    frame = pd.DataFrame(rows, columns=["day", "seconds", "brand", "platform", "source_type",
                                        "author_followers", "text", "sentiment", "is_review",
                                        "rating", "topic", "author", "author_following", "age_days", "is_bot"])
    frame.insert(0, "posted_at", timestamps(frame["day"].to_numpy(), frame["seconds"].to_numpy()))
    frame["author_created"] = timestamps(frame["day"].to_numpy() - frame["age_days"].to_numpy(),
                                         np.zeros(len(frame), dtype="int64"))
    frame = frame.drop(columns=["day", "seconds", "age_days"])
    frame = frame[["posted_at", "brand", "platform", "source_type", "author_followers", "text", "sentiment",
                   "is_review", "rating", "topic", "author", "author_following", "author_created", "is_bot"]]
    frame = frame.sort_values(["posted_at", "brand"], kind="mergesort").reset_index(drop=True)
    frame.insert(0, "mention_id", [f"MN{i:06d}" for i in range(1, len(frame) + 1)])
    return frame

