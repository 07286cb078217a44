"""Delegates told to stand for the members without "cho" ("… và 95 đại biểu đại diện hơn 640
đảng viên trong toàn Đảng bộ") stand for the membership of the body holding the congress, not of
a guest's body named earlier in the sentence; "đại diện" that follows no delegates counts nothing."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text

CONGRESS = ("Đại hội Đảng bộ Công an huyện Mường La\n\n"
            "Sáng 5/8, Đảng bộ Công an huyện Mường La khai mạc Đại hội lần thứ X, nhiệm kỳ 2025-2030. "
            "Đến dự Đại hội có đồng chí Lò Văn Páo, Phó Bí thư Tỉnh ủy Sơn La, Đại tá Cầm Văn Khiêm, "
            "Phó Giám đốc Công an tỉnh Sơn La, lãnh đạo huyện và 95 đại biểu đại diện hơn 640 đảng viên "
            "trong toàn Đảng bộ.\n")


def outcomes(text: str):
    doc = load_text(text, source="memory:muong-la.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_the_members_the_delegates_stand_for_are_the_holding_body_s():
    f = outcomes(CONGRESS)[640]
    assert f.indicator == "party_members"
    assert "dang-bo-cong-an-huyen-muong-la" in f.subject.value


def test_representatives_of_bodies_with_no_delegates_before_count_nothing():
    figs = outcomes("Hội nghị tổng kết\n\nNăm 2024, Huyện ủy Mường La tổ chức hội nghị tổng kết; "
                    "đại diện 3 chi bộ trình bày tham luận.\n")
    assert figs[3].indicator == "other"


def test_members_after_delegates_who_did_something_else_are_not_the_membership():
    figs = outcomes("Hội nghị\n\nNăm 2024, Đảng bộ xã Ít Ong có 40 đại biểu dự hội nghị, đại diện 12 đảng viên "
                    "phát biểu ý kiến.\n")
    assert figs[12].indicator != "party_members"
