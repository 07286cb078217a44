"""More nouns a report counts: departments ("4 phòng thuộc UBND huyện"), the party delegations
and executive boards of a province ("27/27 đảng đoàn, ban cán sự đảng"), and kinds of media
("04 loại hình báo chí")."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(text: str):
    doc = load_text("Đảng bộ huyện Minh Hóa\n\n" + text + "\n", source="memory:minh-hoa.txt")
    return [(o.figure.value, o.figure.unit) for o in doc.context["outcomes"]]


def test_departments():
    assert figures("Năm 2023, huyện thí điểm mô hình dân vận khéo tại 4 phòng thuộc UBND huyện.") == [(4, "phòng")]


def test_party_delegations_and_boards():
    assert (27, "đảng đoàn, ban cán sự đảng") in figures(
        "Năm nay, 27/27 đảng đoàn, ban cán sự đảng đã quán triệt nghị quyết.")


def test_kinds_of_media():
    assert figures("Huyện ủy sử dụng trên 04 loại hình báo chí để tuyên truyền.") == [(4, "loại hình")]
