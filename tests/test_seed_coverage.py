"""Every concept of the source article is taught where the blueprint puts it, and practised there.

The table mirrors the blueprint's "The seed's concepts": for each concept, the notebook that teaches it and the
words its text must use. A notebook that drops a concept, or loses its exercises, fails here."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from smm_course.exercises import catalog

ROOT = Path(__file__).resolve().parent.parent

SEED_CONCEPTS = [
    ("SMM definition: brand, sales, website traffic", "01", ["brand", "sales", "website traffic"]),
    ("growth of social media", "01", ["MySpace", "2004", "4.6 billion", "58", "80%"]),
    ("three pillars overview", "01", ["connection", "interaction", "customer data"]),
    ("pillar: connection", "02", ["connection"]),
    ("pillar: interaction", "03", ["interaction"]),
    ("pillar: customer data", "04", ["customer data"]),
    ("platform kinds", "02", ["content platform", "social site", "microblogging"]),
    ("target customer (connection)", "02", ["age", "location", "income", "job title", "industry", "interests"]),
    ("target customer (segments)", "04", ["age", "location", "income", "job title", "industry", "interests"]),
    ("eWOM and social equity", "03", ["eWOM", "passaparola elettronico", "social equity"]),
    ("social equity as ROI", "08", ["social equity", "ROI"]),
    ("big data's 3 Vs", "04", ["volume", "variety", "velocity"]),
    ("CRM both ways, direct and indirect value", "04",
     ["CRM", "business-to-customer", "customer-to-customer", "referral"]),
    ("customer segmentation", "04", ["segment"]),
    ("sticky content", "05", ["sticky", "contenuti appiccicosi"]),
    ("content calendar (sticky content)", "05", ["content calendar"]),
    ("content calendar and best content (capstone)", "11", ["content calendar", "best content"]),
    ("earned media", "06", ["earned media", "media guadagnati", "review", "recommendation", "share", "repost", "mention"]),
    ("viral marketing", "07", ["viral", "word of mouth"]),
    ("metrics: engagement, impressions, reach, response", "03",
     ["likes", "comments", "shares", "clicks", "impressions", "reach", "response rate", "response time"]),
    ("metrics: share of voice", "06", ["share of voice"]),
    ("metrics: referrals and conversions", "08", ["referral", "conversion"]),
    ("goal aligned with a metric: +15% in three months", "08", ["15%", "three months"]),
    ("7-step action plan as the course map", "01",
     ["goals", "target customer", "compet", "audit", "content calendar", "best content", "track"]),
    ("7-step action plan end to end", "11",
     ["goals", "target customer", "compet", "audit", "content calendar", "best content", "track"]),
    ("risks: false viral claim, respond at once, human touch", "09", ["video", "ill", "immediately", "human touch"]),
]


def notebook_text(number: str) -> str:
    (path,) = (ROOT / "notebooks").glob(f"{number}_*.ipynb")
    notebook = nbformat.read(path, as_version=4)
    return "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown").casefold()


@pytest.mark.parametrize("concept, number, words", SEED_CONCEPTS, ids=[c[0] for c in SEED_CONCEPTS])
def test_concept_is_taught_where_the_blueprint_says(concept, number, words):
    text = notebook_text(number)
    missing = [word for word in words if word.casefold() not in text]
    assert missing == [], f"notebook {number} does not mention {missing} for '{concept}'"


@pytest.mark.parametrize("number", sorted({c[1] for c in SEED_CONCEPTS}))
def test_each_teaching_notebook_practises_with_checked_exercises(number):
    questions = catalog().query("notebook == @number")
    scored = questions[questions["kind"] != "reflection"]
    assert len(scored) >= 3, f"notebook {number} has {len(scored)} checked exercises"
