"""A change governs the whole list it opens: "tăng 4 tổ chức cơ sở đảng và 22 chi bộ so với năm
2016" is two changes, not a count of 22 cells."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def test_the_verb_of_a_change_governs_its_list():
    doc = load_text("Hiện thời, Đảng bộ huyện Bắc Hà có 47 tổ chức cơ sở đảng, tăng 4 tổ chức cơ sở đảng và 22 chi bộ "
                    "so với năm 2016.\n", source="memory:bac-ha-change.txt")
    figs = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert figs[47].indicator == "subordinate_party_orgs"
    assert figs[4].is_change and figs[22].is_change
    assert figs[22].indicator == "other"


def test_a_list_without_a_comparison_is_no_change():
    doc = load_text("Năm 2022, Đảng bộ huyện Bắc Hà tăng cường kiểm tra, hiện có 47 tổ chức cơ sở đảng và 280 chi bộ.\n",
                    source="memory:bac-ha-no-change.txt")
    figs = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert not figs[280].is_change
