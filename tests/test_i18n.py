"""Engine text: both languages have the same keys and placeholders, and the language can be chosen."""

from __future__ import annotations

import json

import pytest

from smm_course import i18n
from smm_course.exercises.core import CheckResult


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n._chosen_language = None


def catalogue(code):
    return json.loads((i18n.LOCALES_DIR / f"{code}.json").read_text(encoding="utf-8"))


def test_catalogues_have_identical_keys():
    english, italian = catalogue("en"), catalogue("it")
    assert set(english) == set(italian), set(english) ^ set(italian)


@pytest.mark.parametrize("key", sorted(catalogue("en")))
def test_placeholders_are_identical_and_every_string_formats(key):
    english, italian = catalogue("en")[key], catalogue("it")[key]
    assert i18n.placeholders(english) == i18n.placeholders(italian)
    values = {name: "x" for name in i18n.placeholders(english)}
    assert english.format(**values) and italian.format(**values)
    assert italian.strip() and english.strip()


def test_every_key_the_engine_uses_exists():
    import re
    from pathlib import Path

    package = Path(i18n.__file__).parent
    used = set()
    for path in [*package.glob("exercises/*.py"), package / "progress.py", package / "course.py",
                 package / "instructor.py"]:
        used |= set(re.findall(r'translate\(\s*"([a-z_]+\.[a-z_]+)"', path.read_text(encoding="utf-8")))
    used |= {f"status.{status}" for status in ("correct", "incorrect", "not_attempted", "error", "submitted")}
    used |= {"feedback.too_high", "feedback.too_low", "solution.heading", "solution.model_answer"}
    missing = used - set(catalogue("en"))
    assert not missing


def test_set_language_switches_engine_text():
    result = CheckResult("incorrect", "", "demo.q1")
    assert i18n.set_language("IT") == "it"
    assert str(result).startswith("✘ Non proprio")
    i18n.set_language("en")
    assert str(result).startswith("✘ Not quite")


def test_environment_variable_chooses_language(monkeypatch):
    monkeypatch.setenv("SMM_COURSE_LANG", "it")
    assert i18n.get_language() == "it"
    assert i18n.translate("button.check") == "Controlla"


def test_set_language_wins_over_environment(monkeypatch):
    monkeypatch.setenv("SMM_COURSE_LANG", "it")
    i18n.set_language("en")
    assert i18n.translate("button.check") == "Check"


def test_unknown_language_lists_the_options():
    with pytest.raises(ValueError, match=r"code='fr'.*en, it"):
        i18n.set_language("fr")


def test_unknown_language_in_environment_names_the_variable(monkeypatch):
    monkeypatch.setenv("SMM_COURSE_LANG", "de")
    with pytest.raises(ValueError, match="SMM_COURSE_LANG"):
        i18n.get_language()


def test_localize_picks_language_and_falls_back_to_english():
    assert i18n.localize({"en": "Check", "it": "Controlla"}, lang="it") == "Controlla"
    assert i18n.localize({"en": "Check"}, lang="it") == "Check"
    assert i18n.localize("plain", lang="it") == "plain"
    assert i18n.localize(None) == ""


def test_question_content_follows_the_language():
    from smm_course.exercises import get

    question = get("00.q1")
    english = question.title
    i18n.set_language("it")
    assert question.title != english and "YouTube" in question.title


def test_missing_key_names_the_locale_files():
    with pytest.raises(KeyError, match="locales"):
        i18n.translate("no.such_key")


def test_catalogues_have_no_key_twice():
    """JSON keeps the last of two equal keys without a word, so a key added twice (two edits at once) would hide
    one text; every catalogue must list each key once."""
    import json

    for path in sorted(i18n.LOCALES_DIR.glob("*.json")):
        pairs = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=lambda items: items)
        keys = [key for key, _ in pairs]
        twice = sorted({key for key in keys if keys.count(key) > 1})
        assert not twice, f"{path.name} lists these keys more than once: {twice}"
