"""Every text the explorers and plot helpers look up exists in both catalogues: the literal keys of their
``_say("...")`` calls, and the keys they build from their options (one per denominator, baseline, strategy...)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from smm_course import i18n
from smm_course.explorers import audience, content_calendar, earned_media, engagement, kpi, segments, virality

PACKAGE = Path(i18n.__file__).parent
MODULES = ["audience", "budget", "content_calendar", "crisis", "earned_media", "engagement", "growth", "kpi",
           "segments", "trends", "virality"]


def catalogue(code):
    return json.loads((i18n.LOCALES_DIR / f"{code}.json").read_text(encoding="utf-8"))


def literal_keys(path: Path, prefix: str) -> set[str]:
    source = path.read_text(encoding="utf-8")
    keys = {prefix + name for name in re.findall(r'_say\(\s*"([a-z_]+)"', source)}
    keys |= set(re.findall(r'translate\(\s*["\'](explorer\.[a-z_.]+)["\']', source))
    return keys


@pytest.mark.parametrize("module", MODULES)
def test_every_literal_key_of_an_explorer_exists_in_both_languages(module):
    keys = literal_keys(PACKAGE / "explorers" / f"{module}.py", f"explorer.{module}.")
    assert keys, module
    for code in ("en", "it"):
        assert not keys - set(catalogue(code)), (code, sorted(keys - set(catalogue(code))))


def test_every_literal_key_of_the_plot_helpers_exists():
    keys = literal_keys(PACKAGE / "plots.py", "plot.")
    assert keys and not keys - set(catalogue("en")) and not keys - set(catalogue("it"))


def test_keys_built_from_options_exist():
    built = {
        "engagement": [f"{kind}_{base}" for base in engagement.DENOMINATORS for kind in ("by", "base", "option")]
        + [f"averaging_{a.replace(' ', '_')}" for a in engagement.AVERAGING]
        + [f"option_{a.replace(' ', '_')}" for a in engagement.AVERAGING],
        "audience": [f"rank_{key}" for key in audience.RANK_BY]
        + [f"control_{trait}" for trait in ("age_group", "location", "industry", "interest")],
        "kpi": [f"{kind}_{key}" for key in kpi.BASELINES for kind in ("baseline", "since")]
        + [f"attribution_{key}" for key in kpi.ATTRIBUTIONS],
        "virality": [f"{kind}_{s}" for s in virality.STRATEGIES for kind in ("one", "many")],
        "earned_media": [f"{kind}_{name}" for name in earned_media.RANGES for kind in ("label", "short", "source")],
        "content_calendar": [f"format_{name}" for name in content_calendar._FORMAT_ORDER],
        "segments": [name for _, name in segments._MEASURES],
    }
    english, italian = catalogue("en"), catalogue("it")
    missing = [f"explorer.{module}.{key}" for module, keys in built.items() for key in keys
               if f"explorer.{module}.{key}" not in english or f"explorer.{module}.{key}" not in italian]
    assert not missing


def test_lists_in_one_key_have_one_item_per_slot():
    for code in ("en", "it"):
        texts = catalogue(code)
        assert len(texts["explorer.month_names"].split(",")) == 12
        assert len(texts["explorer.month_abbreviations"].split(",")) == 12
        for key in ("explorer.content_calendar.weekdays", "explorer.crisis.weekdays"):
            assert len(texts[key].split(",")) == 7, (code, key)


def test_english_option_labels_are_unchanged_and_values_stay():
    """The English explorers show the same words as before the locales, and the controls' values are the
    data's, in both languages (exercises compare against them)."""
    box = engagement.explorer()
    assert tuple(box.averaging._options_values) == ("pooled", "mean of posts")
    assert box.denominator._options_labels[0] == "reach (course definition)"
    assert box.brand._options_labels[0] == box.brand._options_values[0] == engagement.ALL_BRANDS
