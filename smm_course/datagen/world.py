"""The course world and its vocabularies: what every course dataset shares.

:data:`WORLD` holds the brand, its competitors, the platforms, the year and the key dates.
The vocabularies are the values a dataset column may take (post formats, emotions, mention
topics...), in their display order; :mod:`smm_course.data` uses them to type the columns it
loads. :data:`SEEDS` gives each synthetic dataset its own fixed seed. Notebooks may import
the world::

    from smm_course.datagen.world import WORLD
    WORLD.crisis_date   # Timestamp('2025-04-07 00:00:00')

This module holds data only: the generators live in one module per dataset.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

__all__ = [
    "WORLD",
    "SEEDS",
    "Campaign",
    "CourseWorld",
    "PRODUCTS",
    "AUDIENCE_AGE_GROUPS",
    "AUDIENCE_PLATFORMS",
    "POST_FORMATS",
    "POST_TOPICS",
    "EMOTIONS",
    "AROUSAL",
    "VALENCE",
    "MESSAGE_TOPICS",
    "INCOME_BANDS",
    "ACQUISITION_CHANNELS",
    "COUNTRIES",
    "JOB_INDUSTRY",
    "MENTION_TOPICS",
    "SOURCE_TYPES",
    "MENTION_PLATFORMS",
    "REVIEW_PLATFORMS",
    "NETWORK_AGE_GROUPS",
]


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
    "account_insights": 20250111,
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


# --------------------------------------------------------------------------------------
# Vocabularies: the values each categorical column may take, in display order
# --------------------------------------------------------------------------------------

# platform_audiences: Pew's age groups, and the course platforms first, then the other
# platforms Pew asks about.
AUDIENCE_AGE_GROUPS = ("all", "18-29", "30-49", "50-64", "65+")
AUDIENCE_PLATFORMS = (*WORLD.platforms, "Pinterest", "WhatsApp", "Snapchat", "Reddit")

# posts
POST_FORMATS = ("image", "video", "carousel", "text", "link")
EMOTIONS = ("awe", "amusement", "anger", "anxiety", "contentment", "sadness", "neutral")
AROUSAL = {"awe": "high", "amusement": "high", "anger": "high", "anxiety": "high",
           "contentment": "low", "sadness": "low", "neutral": "none"}
VALENCE = {"awe": "positive", "amusement": "positive", "contentment": "positive",
           "anger": "negative", "anxiety": "negative", "sadness": "negative",
           "neutral": "neutral"}
POST_TOPICS = ("product", "recipe", "lifestyle", "behind_the_scenes", "sustainability",
               "promotion", "user_content", "event", "crisis_response")

# messages
MESSAGE_TOPICS = ("order_status", "delivery", "product_question", "complaint", "praise",
                  "refund", "partnership", "health_concern")

# customers
INCOME_BANDS = ("under 20k", "20k-35k", "35k-50k", "50k-75k", "75k+")
ACQUISITION_CHANNELS = ("referral", "social_organic", "social_paid", "search", "email")
# Customers' countries, with the share of customers from each.
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

# mentions
MENTION_TOPICS = ("taste", "price", "packaging", "delivery", "customer_service",
                  "availability", "sustainability", "campaign", "comparison", "health_claim")
SOURCE_TYPES = ("post", "comment", "review", "news", "video", "blog")
MENTION_PLATFORMS = (*WORLD.platforms, "Web")

# reviews
REVIEW_PLATFORMS = ("Nuvola shop", "Amazon", "Google", "Trustpilot")

# follower_network_nodes
NETWORK_AGE_GROUPS = ("18-29", "30-49", "50-64", "65+")
