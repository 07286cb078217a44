"""A count of cells or bodies followed by what they did ("14 chi bộ bầu chi ủy", "4 chi bộ chỉ
bầu Bí thư", "4 đảng bộ kết nạp đảng viên mới đạt …") counts a part of them told by its deed,
not how many there are; the plain counts around them still are."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(text: str):
    doc = load_text("Đảng bộ xã Tân Lập\n\n" + text + "\n", source="memory:tan-lap-parts.txt")
    return [(o.figure.value, o.figure.indicator) for o in doc.context["outcomes"]]


def test_cells_that_elected_a_committee():
    got = figures("Trong tổng số 22 chi bộ, có 15 chi bộ bầu chi ủy và Bí thư chi bộ; "
                  "có 07 chi bộ chỉ bầu Bí thư.")
    assert got == [(22, "party_cells"), (15, "other"), (7, "other")]


def test_bodies_that_admitted_members():
    got = figures("Năm 2023, có 5 đảng bộ kết nạp đảng viên mới vượt chỉ tiêu được giao.")
    assert got == [(5, "other")]


def test_plain_counts_stay_counts():
    got = figures("Đảng bộ xã có 12 chi bộ, 310 đảng viên.")
    assert got == [(12, "party_cells"), (310, "party_members")]
