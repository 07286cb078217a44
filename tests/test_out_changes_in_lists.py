"""A change governs the whole list it opens: "tăng 3 tổ chức cơ sở đảng và 25 chi bộ so với năm
2015" is two changes, not a count of 25 cells."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def test_the_verb_of_a_change_governs_its_list():
    doc = load_text("Đến nay, Đảng bộ huyện Bắc Hà có 52 tổ chức cơ sở đảng, tăng 3 tổ chức cơ sở đảng và 25 chi bộ "
                    "so với năm 2015.\n", source="memory:bac-ha-change.txt")
    figs = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert figs[52].indicator == "subordinate_party_orgs"
    assert figs[3].is_change and figs[25].is_change
    assert figs[25].indicator == "other"


def test_a_list_without_a_comparison_is_no_change():
    doc = load_text("Năm 2022, Đảng bộ huyện Bắc Hà tăng cường kiểm tra, có 52 tổ chức cơ sở đảng và 300 chi bộ.\n",
                    source="memory:bac-ha-no-change.txt")
    figs = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert not figs[300].is_change
