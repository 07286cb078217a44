"""A part told against the whole ("4.300 trong tổng số 5.600 chi bộ đã tổ chức xong đại hội"):
the whole counts the cells; the part counts those that did what the sentence says, no count of
the cells itself."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(text: str) -> dict:
    doc = load_text("Đảng bộ tỉnh Ninh Bình\n\n" + text + "\n", source="memory:part-of-total.txt")
    return {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}


def test_the_cells_that_held_their_congress():
    got = figures("Đến cuối tháng 10, toàn tỉnh đã có 2.310 trong tổng số 3.040 chi bộ tổ chức xong đại hội.")
    assert got[3040] == "party_cells"
    assert got[2310] == "other"


def test_the_base_bodies_rated():
    got = figures("Năm 2023, có 402 trong tổng số 415 tổ chức cơ sở đảng được đánh giá chất lượng.")
    assert got[415] == "subordinate_party_orgs"
    assert got[402] == "other"
