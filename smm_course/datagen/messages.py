"""``messages``: customers' direct messages to Nuvola in 2025 and the replies (synthetic)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from smm_course.datagen.sampling import pick
from smm_course.datagen.timeline import (
    AUTUMN_DAYS,
    CRISIS_DAY,
    DAYS,
    N_DAYS,
    RECOVERY_DAYS,
    RESPONSE_TEAM_DAY,
    crisis_profile,
    drinks_season,
    timestamps,
)
from smm_course.datagen.world import MESSAGE_TOPICS, SEEDS

__all__ = ["make_messages"]

_MESSAGE_TOPIC_USE = (0.22, 0.16, 0.20, 0.12, 0.12, 0.08, 0.06, 0.04)
_MESSAGE_SENTIMENT = {  # positive, neutral, negative
    "order_status": (0.10, 0.70, 0.20), "delivery": (0.10, 0.45, 0.45),
    "product_question": (0.20, 0.75, 0.05), "complaint": (0.0, 0.10, 0.90),
    "praise": (0.95, 0.05, 0.0), "refund": (0.0, 0.40, 0.60),
    "partnership": (0.30, 0.70, 0.0), "health_concern": (0.0, 0.35, 0.65),
}
_CHANNEL_USE = {"Facebook": 0.30, "Instagram": 0.35, "X": 0.15, "YouTube": 0.05,
                "TikTok": 0.10, "LinkedIn": 0.05}


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
    day = np.arange(N_DAYS)
    weekday = DAYS.day_of_week.to_numpy()
    base = 4.3 * drinks_season(day, 0.25) * np.where(weekday >= 5, 0.8, 1.0)
    base = base * np.where((day >= AUTUMN_DAYS[0]) & (day <= AUTUMN_DAYS[1]), 1.15, 1.0)
    wave = 55.0 * crisis_profile(day - CRISIS_DAY, slow_until=3, fast_rate=0.17)
    n_base = rng.poisson(base)
    n_wave = rng.poisson(wave)
    msg_day = np.concatenate([np.repeat(day, n_base), np.repeat(day, n_wave)])
    from_wave = np.concatenate([np.zeros(n_base.sum(), bool), np.ones(n_wave.sum(), bool)])
    n = len(msg_day)

    # People write mostly between 8:00 and 23:00, with an evening peak.
    seconds = np.clip(rng.normal(16.5 * 3600, 4.0 * 3600, n), 0, 86_399).astype("int64")
    received_at = timestamps(msg_day, seconds)

    topic = pick(rng, MESSAGE_TOPICS, _MESSAGE_TOPIC_USE, n)
    wave_topics = pick(rng, ["health_concern", "complaint", "refund", "product_question"],
                       [0.65, 0.15, 0.10, 0.10], int(from_wave.sum()))
    topic[from_wave] = wave_topics
    sentiment = np.array([
        pick(rng, ["positive", "neutral", "negative"], _MESSAGE_SENTIMENT[t], 1)[0] for t in topic
    ], dtype=object)
    channel_p = np.array(list(_CHANNEL_USE.values()))
    channel = pick(rng, list(_CHANNEL_USE), channel_p, n)
    crisis_channels = pick(rng, list(_CHANNEL_USE), [0.2, 0.3, 0.25, 0.05, 0.18, 0.02],
                           int(from_wave.sum()))
    channel[from_wave] = crisis_channels

    # Reply delay in hours: median by period, slower at weekends.
    is_weekend = received_at.dt.day_of_week.to_numpy() >= 5
    since = msg_day - CRISIS_DAY
    median_hours = np.where(is_weekend, 7.5, 2.5)
    overwhelmed = (since >= 0) & (msg_day < RESPONSE_TEAM_DAY)
    team_month = (msg_day >= RESPONSE_TEAM_DAY) & (msg_day < RECOVERY_DAYS[0])
    median_hours = np.where(overwhelmed, 22.0, median_hours)
    median_hours = np.where(team_month, np.where(is_weekend, 1.2, 0.8), median_hours)
    median_hours = np.where(msg_day >= RECOVERY_DAYS[0], median_hours * 0.8, median_hours)
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
