"""``customers``: Nuvola's online customers since the shop opened in 2019 (synthetic)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from smm_course.datagen.sampling import pick
from smm_course.datagen.world import COUNTRIES, INCOME_BANDS, JOB_INDUSTRY, SEEDS, WORLD

__all__ = ["make_customers"]


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
    ``referred_revenue`` is the sum of their ``revenue``: the raw material of a customer
    referral value, not one (Kumar, Petersen and Leone's value counts margin, not revenue,
    adds the acquisition cost saved and subtracts any reward; see
    ``segmentation.referral_value``).

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
    persona = pick(rng, names, [_PERSONAS[k].share for k in names], n)
    par = [_PERSONAS[k] for k in persona]

    age = np.array([np.clip(round(rng.normal(p.age[0], p.age[1])), p.age[2], p.age[3]) for p in par])
    main_platform = np.array([pick(rng, list(p.platforms), list(p.platforms.values()), 1)[0] for p in par])
    income_band = np.array([pick(rng, INCOME_BANDS, p.income, 1)[0] for p in par])
    job_title = np.array([pick(rng, list(p.jobs), list(p.jobs.values()), 1)[0] for p in par])
    industry = np.array([JOB_INDUSTRY[j] for j in job_title], dtype=object)
    location = pick(rng, list(COUNTRIES), list(COUNTRIES.values()), n)
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

    channel = np.array([pick(rng, list(p.channels), list(p.channels.values()), 1)[0] for p in par])
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
            channel[i] = pick(rng, list(par[i].channels), list(par[i].channels.values()), 1)[0]
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
