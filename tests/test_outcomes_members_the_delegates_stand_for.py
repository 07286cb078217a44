"""The members a congress's delegates stand for are the body's members, whichever verb says so
("đại diện cho", "thay mặt cho"); so are the members a body counts "với tổng N đảng viên"."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def indicators(text: str) -> dict:
    doc = load_text(text, source="memory:delegates.txt")
    return {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}


def test_delegates_speaking_for_the_members():
    got = indicators("Đại hội Đảng bộ xã Hưng Lộc\n\n"
                     "Về đây có 145 đại biểu, thay mặt cho 1.203 đảng viên đang sinh hoạt ở các chi bộ.\n")
    assert got[1203] == "party_members"


def test_delegates_speaking_for_the_members_without_cho():
    got = indicators("Đại hội Đảng bộ xã Hưng Lộc\n\n"
                     "Hôm nay, 120 đại biểu thay mặt 980 đảng viên của xã có mặt tại hội trường.\n")
    assert got[980] == "party_members"


def test_a_total_with_tong_alone():
    got = indicators("Đảng bộ huyện Kỳ Sơn\n\n"
                     "Hiện nay Đảng bộ huyện Kỳ Sơn gồm 40 tổ chức cơ sở đảng, 212 chi bộ với tổng 4.018 đảng viên.\n")
    assert got[4018] == "party_members"
