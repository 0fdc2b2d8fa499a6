"""The persona explorer of notebook 02: both views agree with the data a student could compute with pandas, the
ranking follows the chosen view, small personas are flagged, and the widget redraws when a control changes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from smm_course import data
from smm_course.explorers import audience


@pytest.fixture(scope="module")
def prepared():
    return audience.Audiences.load()


@pytest.fixture(scope="module")
def customers():
    table = data.load("customers")
    table["age_group"] = pd.cut(table["age"], [17, 29, 49, 64, 200], labels=["18-29", "30-49", "50-64", "65+"])
    return table


def _pandas_shares(customers, **persona):
    rows = customers
    for trait, value in persona.items():
        if trait == "interest":
            rows = rows[rows["interests"].str.split(";").map(lambda items, v=value: v in items)]
        else:
            rows = rows[rows[trait].astype(str) == value]
    shares = rows["main_platform"].astype(str).value_counts(normalize=True)
    return len(rows), shares.reindex(list(audience.PLATFORMS), fill_value=0.0)


@pytest.mark.parametrize("persona", [
    {"age_group": "18-29"},
    {"age_group": "30-49", "industry": "Professional services"},
    {"age_group": "50-64", "location": "Germany", "interest": "gardening"},
])
def test_customer_shares_match_a_pandas_count(prepared, customers, persona):
    table = audience.persona_table(prepared, **persona).set_index("platform")
    size, shares = _pandas_shares(customers, **persona)
    assert table.attrs["matching"] == size
    assert np.allclose(table["customer_share"], shares)
    assert (table["low"] <= table["customer_share"]).all() and (table["customer_share"] <= table["high"]).all()


@pytest.mark.parametrize("age_group", audience.AGE_GROUPS)
def test_pew_shares_and_index_come_from_the_survey(prepared, age_group):
    pew = data.load("platform_audiences").astype({"platform": str, "age_group": str})
    pew = pew.set_index(["age_group", "platform"])["share_of_adults"]
    table = audience.persona_table(prepared, age_group).set_index("platform")
    for platform in audience.PLATFORMS:
        assert table.loc[platform, "pew_share"] == pytest.approx(pew[(age_group, platform)])
        assert table.loc[platform, "pew_index"] == pytest.approx(pew[(age_group, platform)] / pew[("all", platform)])


@pytest.mark.parametrize("rank_by", list(audience.RANK_BY))
def test_the_ranking_follows_the_chosen_view(prepared, rank_by):
    table = audience.persona_table(prepared, "18-29", rank_by=rank_by).sort_values("rank")
    assert list(table["rank"]) == [1, 2, 3, 4, 5, 6]
    assert table[rank_by].is_monotonic_decreasing


def test_the_views_disagree_where_the_lesson_says_they_do(prepared):
    # Young adults: the survey's widest reach and Nuvola's customers point to different platforms.
    table = audience.persona_table(prepared, "18-29")
    by_customers = table.loc[table["rank"] == 1, "platform"].item()
    by_survey = table.sort_values("pew_share", ascending=False)["platform"].iloc[0]
    assert by_customers != by_survey


def test_narrow_personas_are_flagged_and_empty_ones_fall_back_to_the_survey(prepared):
    narrow = audience.render("65+", location="Belgium", audiences=prepared, draw=False)
    assert 0 < narrow.matching < audience.MIN_CUSTOMERS
    assert "too few" in narrow.message and narrow.figure.warning.get_text()
    empty = audience.render("65+", location="Netherlands", industry="Marketing and advertising",
                            interest="sustainability", audiences=prepared, draw=False)
    assert empty.matching == 0 and "No Nuvola customer" in empty.message
    assert empty.table["pew_share"].is_monotonic_decreasing
    broad = audience.render("30-49", audiences=prepared, draw=False)
    assert broad.matching >= audience.MIN_CUSTOMERS and not broad.figure.warning.get_text()


def test_the_figure_draws_the_table(prepared):
    result = audience.render("30-49", industry="Technology", audiences=prepared)
    drawing = result.figure
    for row, item in enumerate(result.table.itertuples(index=False)):
        number = audience.PLATFORMS.index(item.platform)
        pew_bar, customer_bar = drawing.bars["pew"][number], drawing.bars["customers"][number]
        assert pew_bar.get_width() == pytest.approx(item.pew_share)
        assert customer_bar.get_width() == pytest.approx(item.customer_share)
        assert pew_bar.get_y() + pew_bar.get_height() / 2 == pytest.approx(row)  # rank 1 on the top row
        assert drawing.names[number].get_text() == f"{row + 1}. {item.platform}"
    assert drawing.png()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bad_options_get_a_clear_message(prepared):
    with pytest.raises(ValueError, match="Choose one of"):
        audience.persona_table(prepared, "18-30")
    with pytest.raises(ValueError, match="rank_by"):
        audience.persona_table(prepared, "18-29", rank_by="followers")


def test_the_widget_redraws_when_a_control_changes():
    view = audience.explorer()
    persona, rank_by, sentence, picture = view.children
    age_group, location, industry, interest = persona.children
    assert all(control.description for control in (*persona.children, rank_by))
    before_text, before_png = sentence.value, picture.value
    age_group.value = "50-64"
    assert sentence.value != before_text and picture.value != before_png
    rank_by.value = "pew_share"
    assert "used by the most US adults" in sentence.value
    assert 'role="status"' in sentence.value and "data:image/png;base64," in picture.value
    rank_by.value = "customer_share"
    age_group.value = "18-29"
    assert sentence.value == before_text and picture.value == before_png, "a persona seen before looks the same"
    assert repr(view) == "Explorer: which platforms fit a persona? (Pew survey and Nuvola's customers)"


def test_italian_explorer_speaks_italian():
    from explorer_texts import assert_italian

    english, italian = assert_italian(audience.explorer)
    assert "Fascia d'età" in italian["controls"] and "Age group" in english["controls"]
    assert "qualsiasi" in italian["options"] and "any" in english["options"]
    assert "Pew: adulti USA di questa età che la usano" in italian["figure"]
    assert italian["sentence"][0].startswith("Tra i ") and "clienti Nuvola che corrispondono" in italian["sentence"][0]
