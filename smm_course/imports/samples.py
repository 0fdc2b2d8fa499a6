"""Synthetic sample exports, one in each supported platform's format, made from the course's posts.

A learner without an account of their own (or not ready to share it) can try the own-data analyses on
these files: Nuvola's 2025 posts from ``datasets/posts.csv``, written the way each platform's analytics
export writes them (headers, date styles, encodings, YouTube's "Total" row, TikTok's dates without a
year). Everything in them is synthetic and says so: the account is "Nuvola (synthetic sample)" and every
caption starts with "[Synthetic sample]". Their data card is ``datasets/sample_exports/README.md``.

Two more files hold competitors' posts (Brezza's and Zest's Instagram posts of 2025, in ``competitors/``),
for the share of voice in notebook 12: only the counts anyone can see on a public post are filled in
(:func:`competitor_export`).

They are rebuilt byte for byte with ``python -m smm_course.imports`` (into
``datasets/sample_exports/``, or ``--out DIR``).

>>> sorted(sample_exports())[:3]
['facebook_posts', 'instagram_posts', 'instagram_posts_it']
>>> sample_export("x_posts").name
'x_posts.csv'
"""

from __future__ import annotations

import argparse
import csv
import difflib
import hashlib
import io
from base64 import urlsafe_b64encode
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from smm_course import i18n
from smm_course.data import datasets_dir, load
from smm_course.imports.ids import id_for_time

__all__ = ["COMPETITORS", "SAMPLES", "competitor_export", "competitor_exports", "make_competitor_exports",
           "make_sample_exports", "sample_export", "sample_exports", "write_sample_exports"]

_FOLDER = "sample_exports"
_COMPETITOR_FOLDER = "competitors"
_ACCOUNT = "Nuvola (synthetic sample)"
_HANDLE = "nuvola.synthetic"
_TIME_ZONE = "Europe/Rome"  # posts.csv keeps local times in Rome
_SEED = 20250414


def _caption(row, limit: int | None = None, brand: str = "Nuvola") -> str:
    """Filler text exactly as long as the post's text (or ``limit``), ending in '?' for a question."""
    length = int(row.text_length) if limit is None else min(int(row.text_length), limit)
    words = f"[Synthetic sample] {brand} on {str(row.topic).replace('_', ' ')}. "
    text = (words * (length // len(words) + 1))[:length].rstrip() if length else ""
    text = text.ljust(length, ".")
    if row.asks_question and length:
        text = text[:-1] + "?"
    return text


def _rng(name: str) -> np.random.Generator:
    """A generator of its own for each sample, so one sample's changes leave the others' bytes alone."""
    return np.random.default_rng([_SEED, int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)])


def _csv(header: list[str], rows: list[list], *, quote_all: bool = False, bom: bool = False) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" if bom else "").encode() + buffer.getvalue().encode("utf-8")


def _utc(moment: pd.Timestamp) -> pd.Timestamp:
    return moment.tz_localize(_TIME_ZONE).tz_convert("UTC")


def _facebook(posts: pd.DataFrame) -> bytes:
    """Meta Business Suite's Facebook post export: 34 columns, quoted, UTF-8 with a byte-order mark."""
    rng = _rng("facebook_posts")
    page_id = "100064000000001"
    labels = {"image": "Photo", "video": "Video", "carousel": "Album", "link": "Link", "text": "Text"}
    header = ["Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)", "Publish time",
              "Caption type", "Permalink", "Is crosspost", "Is share", "Post type", "Languages", "Custom labels",
              "Funded content status", "Data comment", "Date", "Views", "Reach", "Reactions, Comments and Shares",
              "Reactions", "Comments", "Shares", "Total clicks", "Link Clicks", "Other Clicks",
              "Matched Audience Targeting Consumption (Photo Click)", "Negative feedback from users: Hide all",
              "Seconds viewed", "Average Seconds viewed", "Estimated earnings (USD)", "Ad impressions",
              "Ad CPM (USD)", "3-second video views"]
    rows = []
    for k, row in enumerate(posts.itertuples()):
        post_id = str(122100000000000000 + 7919 * (k + 1))
        video = row.format == "video"
        seconds = int(rng.integers(15, 181)) if video else None
        photo_clicks = int(rng.poisson(row.impressions * 0.004)) if row.format in ("image", "carousel") else 0
        other = int(rng.poisson(row.impressions * 0.002))
        average = round(float(seconds * rng.uniform(0.2, 0.6)), 1) if video else None
        rows.append([
            post_id, page_id, _ACCOUNT, "", _caption(row), seconds or "", f"{row.posted_at:%m/%d/%Y %H:%M}",
            "", f"https://www.facebook.com/{page_id}/{'videos' if video else 'posts'}/{post_id}", "No", "No",
            labels[row.format], "", "", "Boosted" if row.paid else "", "", "Lifetime", row.impressions, row.reach,
            row.likes + row.comments + row.shares, row.likes, row.comments, row.shares,
            row.clicks + other + photo_clicks, row.clicks, other, photo_clicks, int(rng.poisson(0.3)),
            round(average * row.impressions) if video else "", average if video else "", "", "", "",
            int(row.impressions * rng.uniform(0.3, 0.6)) if video else "",
        ])
    return _csv(header, rows, quote_all=True, bom=True)


def _instagram(posts: pd.DataFrame, italian: bool = False, brand: str | None = None) -> bytes:
    """Meta Business Suite's Instagram post export: 18 columns, quoted, UTF-8 with a byte-order mark.

    With ``brand`` (a competitor), the account is that brand's and only what anyone can see on a public post is
    filled in: likes, comments, the kind of post and its time. Views, reach, shares (sends), follows and saves are
    private to the account, so they are left empty.
    """
    rng = _rng("instagram_posts" if brand is None else f"competitor_{brand.lower()}_instagram")
    account_id = "17841400000000001" if brand is None else f"178414000000{sum(map(ord, brand)):05d}"
    account = _ACCOUNT if brand is None else f"{brand} (synthetic sample)"
    handle = _HANDLE if brand is None else f"{brand.lower()}.synthetic"
    if italian:
        header = ["ID del post", "ID account", "Nome utente dell'account", "Nome dell'account", "Descrizione",
                  "Durata (sec)", "Orario di pubblicazione", "Permalink", "Tipo di post", "Commento sui dati",
                  "Data", "Visualizzazioni", "Copertura", "Mi piace", "Condivisioni", "Follow", "Commenti",
                  "Salvataggi"]
        labels = {"image": "Immagine IG", "carousel": "Carosello IG", "video": "Reel IG"}
        when = "%d/%m/%Y %H:%M"
    else:
        header = ["Post ID", "Account ID", "Account username", "Account name", "Description", "Duration (sec)",
                  "Publish time", "Permalink", "Post type", "Data comment", "Date", "Views", "Reach", "Likes",
                  "Shares", "Follows", "Comments", "Saves"]
        labels = {"image": "IG image", "carousel": "IG carousel", "video": "IG reel"}
        when = "%m/%d/%Y %H:%M"
    rows = []
    for k, row in enumerate(posts.itertuples()):
        post_id = str((18040000000000000 if brand is None else 18050000000000000 + 10**12 * len(brand))
                      + 104729 * (k + 1))
        code = urlsafe_b64encode(hashlib.sha256(post_id.encode()).digest()).decode()[:11]
        reel = row.format == "video"
        duration = int(rng.integers(7, 91)) if reel else 0  # drawn before the follows, as always
        follows = int(rng.poisson(row.reach * 0.0015))
        private = [row.impressions, row.reach, row.likes, row.shares, follows, row.comments, row.saves]
        if brand is not None:
            private = ["", "", row.likes, "", "", row.comments, ""]
        rows.append([
            post_id, account_id, handle, account, _caption(row, 2200, brand or "Nuvola"), duration,
            f"{row.posted_at:{when}}",
            f"https://www.instagram.com/{'reel' if reel else 'p'}/{code}/", labels[row.format], "", "Lifetime",
            *private,
        ])
    return _csv(header, rows, quote_all=True, bom=True)


def _x(posts: pd.DataFrame) -> bytes:
    """X's content export (account_analytics_content): 17 columns, UTF-8, the day without the time."""
    rng = _rng("x_posts")
    header = ["Post id", "Date", "Post text", "Post Link", "Impressions", "Likes", "Engagements", "Bookmarks",
              "Shares", "New follows", "Replies", "Reposts", "Profile visits", "Detail Expands", "URL Clicks",
              "Hashtag Clicks", "Permalink Clicks"]
    rows = []
    for k, row in enumerate(posts.iloc[::-1].itertuples()):  # newest first, as X lists them
        post_id = id_for_time("X", _utc(row.posted_at), k)
        extra = [int(rng.poisson(row.impressions * rate)) for rate in (0.0005, 0.0008, 0.004, 0.01, 0.001, 0.002)]
        sends, follows, visits, expands, hashtags, permalinks = extra
        engagements = (row.likes + row.comments + row.shares + row.saves + row.clicks + visits + expands + hashtags
                       + permalinks + follows)
        day = row.posted_at
        rows.append([
            post_id, f"{day:%a}, {day:%b} {day.day}, {day.year}", _caption(row, 280),
            f"https://x.com/nuvola_synthetic/status/{post_id}", row.impressions, row.likes, engagements, row.saves,
            sends, follows, row.comments, row.shares, visits, expands, row.clicks, hashtags, permalinks,
        ])
    return _csv(header, rows)


def _youtube(posts: pd.DataFrame) -> bytes:
    """YouTube Studio's Table data.csv: a 'Total' row first, then one video per row, most viewed first."""
    rng = _rng("youtube_content")
    header = ["Content", "Video title", "Video publish time", "Duration", "Unique viewers", "Views",
              "Watch time (hours)", "Subscribers", "Impressions", "Impressions click-through rate (%)",
              "Average view duration", "Average percentage viewed (%)", "Likes", "Comments added", "Shares"]
    rows, totals = [], np.zeros(6)
    for row in posts.sort_values("impressions", ascending=False, kind="stable").itertuples():
        video_id = urlsafe_b64encode(hashlib.sha256(row.post_id.encode()).digest()).decode()[:11]
        duration = int(rng.integers(30, 901))
        average = int(duration * rng.uniform(0.2, 0.7))
        ctr = float(rng.uniform(0.02, 0.1))
        thumbnails = int(round(row.impressions / ctr))
        hours = round(row.impressions * average / 3600, 4)
        subscribers = int(rng.poisson(row.reach * 0.002))
        day = row.posted_at
        rows.append([
            video_id, _caption(row, 100), f"{day:%b} {day.day}, {day.year}", duration, row.reach, row.impressions,
            hours, subscribers, thumbnails, round(ctr * 100, 2), f"{average // 3600}:{average // 60 % 60:02d}:{average % 60:02d}",
            round(100 * average / duration, 2), row.likes, row.comments, row.shares,
        ])
        totals += [row.impressions, hours, subscribers, thumbnails, row.likes, row.comments]
    views, hours, subscribers, thumbnails, likes, comments = totals
    total = ["Total", "", "", "", "", int(views), round(hours, 4), int(subscribers), int(thumbnails),
             round(100 * views / thumbnails, 2), "", "", int(likes), int(comments), int(posts["shares"].sum())]
    return _csv(header, [total] + rows)


def _tiktok_content(posts: pd.DataFrame) -> bytes:
    """TikTok Studio's content export: one video per row, newest first, post times without a year."""
    header = ["Video title", "Video link", "Post time", "Total likes", "Total comments", "Total shares", "Total views"]
    rows = []
    for k, row in enumerate(posts.iloc[::-1].itertuples()):
        video_id = id_for_time("TikTok", _utc(row.posted_at), k)
        kind = "video" if row.format == "video" else "photo"
        rows.append([_caption(row, 150), f"https://www.tiktok.com/@{_HANDLE}/{kind}/{video_id}",
                     f"{row.posted_at:%B} {row.posted_at.day}", row.likes, row.comments, row.shares, row.impressions])
    return _csv(header, rows)


def _tiktok_overview(posts: pd.DataFrame) -> bytes:
    """TikTok Studio's daily overview: one row per day of 2025, dates without a year.

    Each post's plays, likes, comments and shares are spread over the day it went out and the three
    after (60%, 25%, 10%, 5%), as a video's views fade.
    """
    rng = _rng("tiktok_overview")
    days = pd.date_range("2025-01-01", "2025-12-31", freq="D")
    totals = pd.DataFrame(0, index=days, columns=["views", "likes", "comments", "shares"])
    for row in posts.itertuples():
        start = row.posted_at.normalize()
        for column, count in (("views", row.impressions), ("likes", row.likes), ("comments", row.comments),
                              ("shares", row.shares)):
            parts = np.floor(np.array([0.6, 0.25, 0.1, 0.05]) * count).astype(int)
            parts[0] += count - parts.sum()
            for offset, part in enumerate(parts):
                day = start + pd.Timedelta(days=offset)
                if day in totals.index:
                    totals.loc[day, column] += int(part)
    header = ["Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares"]
    rows = [[f"{day:%B} {day.day}", int(t.views), int(rng.poisson(t.views * 0.012 + 3)), int(t.likes),
             int(t.comments), int(t.shares)] for day, t in totals.iterrows()]
    return _csv(header, rows)


SAMPLES: dict[str, tuple[str, str, Callable[[pd.DataFrame], bytes]]] = {
    "facebook_posts": ("Facebook", "Meta Business Suite, Facebook post export", _facebook),
    "instagram_posts": ("Instagram", "Meta Business Suite, Instagram post export", _instagram),
    "instagram_posts_it": ("Instagram", "the same, with Italian headers", lambda p: _instagram(p, italian=True)),
    "x_posts": ("X", "X content export (account_analytics_content)", _x),
    "youtube_content": ("YouTube", "YouTube Studio content export (Table data.csv)", _youtube),
    "tiktok_content": ("TikTok", "TikTok Studio content export", _tiktok_content),
    "tiktok_overview": ("TikTok", "TikTok Studio daily overview (dates without a year: pass year=2025)",
                        _tiktok_overview),
}


def make_sample_exports(posts: pd.DataFrame | None = None) -> dict[str, bytes]:
    """The bytes of every sample export, by file name, made from Nuvola's posts of 2025.

    Parameters
    ----------
    posts : pandas.DataFrame, optional
        The course's ``posts`` dataset; loaded when not given.
    """
    posts = load("posts") if posts is None else posts
    nuvola = posts[posts["brand"] == "Nuvola"].sort_values("posted_at", kind="stable")
    return {f"{name}.csv": make(nuvola[nuvola["platform"] == platform].reset_index(drop=True))
            for name, (platform, _, make) in SAMPLES.items()}


#: Competitors' sample files (in ``competitors/``): name -> (brand, platform, what it is).
COMPETITORS: dict[str, tuple[str, str, str]] = {
    "brezza_instagram": ("Brezza", "Instagram", "Brezza's Instagram posts, public counts only"),
    "zest_instagram": ("Zest", "Instagram", "Zest's Instagram posts, public counts only"),
}


def make_competitor_exports(posts: pd.DataFrame | None = None) -> dict[str, bytes]:
    """The bytes of the competitors' sample files, by file name, in the Instagram export's format.

    No platform lets you export a competitor's analytics. These files stand for what you can collect about a
    competitor (by hand or with a listening tool) in the same columns: the posts and their public counts, with
    the private ones (views, reach, sends, follows, saves) left empty.
    """
    posts = load("posts") if posts is None else posts
    made = {}
    for name, (brand, platform, _) in COMPETITORS.items():
        theirs = posts[(posts["brand"] == brand) & (posts["platform"] == platform)].sort_values("posted_at",
                                                                                              kind="stable")
        made[f"{name}.csv"] = _instagram(theirs.reset_index(drop=True), brand=brand)
    return made


def write_sample_exports(folder: str | Path | None = None) -> list[Path]:
    """Write the sample exports into ``folder`` (default: the repository's ``datasets/sample_exports``), and the
    competitors' files into its ``competitors/`` folder."""
    folder = Path(folder) if folder is not None else Path(__file__).resolve().parents[2] / "datasets" / _FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in make_sample_exports().items():
        (folder / name).write_bytes(content)
        written.append(folder / name)
    (folder / _COMPETITOR_FOLDER).mkdir(exist_ok=True)
    for name, content in make_competitor_exports().items():
        (folder / _COMPETITOR_FOLDER / name).write_bytes(content)
        written.append(folder / _COMPETITOR_FOLDER / name)
    return written


def sample_exports() -> dict[str, Path]:
    """The sample exports that ship with the course, by name.

    Examples
    --------
    >>> all(path.is_file() for path in sample_exports().values())
    True
    """
    folder = datasets_dir() / _FOLDER
    return {name: folder / f"{name}.csv" for name in SAMPLES}


def sample_export(name: str) -> Path:
    """The path of one sample export, e.g. ``sample_export("tiktok_overview")``.

    Examples
    --------
    >>> sample_export("tiktok")
    Traceback (most recent call last):
    ...
    ValueError: There is no sample export called 'tiktok'. Did you mean 'tiktok_content'? Available: ...
    """
    available = sample_exports()
    clean = str(name).strip().lower().removesuffix(".csv")
    if clean not in available:
        close = difflib.get_close_matches(clean, available, n=1, cutoff=0.5)
        hint = i18n.translate("imports.error.did_you_mean", name=repr(close[0])) if close else ""
        raise ValueError(i18n.translate("imports.error.no_sample", name=repr(name), hint=hint,
                                        available=", ".join(available)))
    return available[clean]


def competitor_exports() -> dict[str, Path]:
    """The competitors' sample files that ship with the course, by name.

    Examples
    --------
    >>> sorted(competitor_exports())
    ['brezza_instagram', 'zest_instagram']
    """
    folder = datasets_dir() / _FOLDER / _COMPETITOR_FOLDER
    return {name: folder / f"{name}.csv" for name in COMPETITORS}


def competitor_export(name: str) -> Path:
    """The path of one competitor's sample file, e.g. ``competitor_export("brezza_instagram")``.

    Examples
    --------
    >>> competitor_export("brezza").name
    Traceback (most recent call last):
    ...
    ValueError: There is no competitor file called 'brezza'. Did you mean 'brezza_instagram'? Available: ...
    """
    available = competitor_exports()
    clean = str(name).strip().lower().removesuffix(".csv")
    if clean not in available:
        close = difflib.get_close_matches(clean, available, n=1, cutoff=0.5)
        hint = i18n.translate("imports.error.did_you_mean", name=repr(close[0])) if close else ""
        raise ValueError(i18n.translate("imports.error.no_competitor", name=repr(name), hint=hint,
                                        available=", ".join(available)))
    return available[clean]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rebuild the synthetic sample exports from datasets/posts.csv.")
    parser.add_argument("--out", help="folder to write into (default: datasets/sample_exports)")
    args = parser.parse_args(argv)
    for path in write_sample_exports(args.out):
        print(f"Wrote {path}")
    return 0

