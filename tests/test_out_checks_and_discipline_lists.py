"""Checks and discipline as reports list them: members or bodies "được kiểm tra" / "được giám
sát" (one check each); a discipline form before a count of cases ("khai trừ khỏi Đảng 3 trường
hợp"); committee members among the disciplined ("trong đó có 3 đảng ủy viên"); and the
disciplined counted by what they did ("bị kỷ luật do vi phạm A (11 đồng chí); B (6 đồng chí)")."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Đảng bộ huyện Quế Phong kiểm tra, kỷ luật đảng viên năm 2021

Năm 2021, Đảng bộ huyện Quế Phong có 214 đồng chí đảng viên được kiểm tra, 35 tổ chức đảng được giám sát.

Cấp ủy các cấp đã thi hành kỷ luật 27 đảng viên, khai trừ khỏi Đảng 3 trường hợp, cách chức 2 trường hợp, cảnh cáo 9 trường hợp.

Kết quả, 28 đảng viên bị kỷ luật, trong đó có 7 đảng ủy viên, 4 chi ủy viên.

Các đảng viên này bị kỷ luật do vi phạm quy định về sinh đẻ (11 đồng chí); thiếu trách nhiệm (6 đồng chí); vi phạm đạo đức lối sống (5 đồng chí).
"""


@pytest.fixture(scope="module")
def figs():
    doc = load_text(ARTICLE, source="memory:que-phong.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_those_checked_and_watched(figs):
    assert figs[214].indicator == "inspections"
    assert figs[35].indicator == "supervisions"


def test_forms_before_counts_of_cases(figs):
    assert (figs[3].indicator, figs[3].qualifier) == ("members_disciplined", "khai trừ")
    assert (figs[2].indicator, figs[2].qualifier) == ("members_disciplined", "cách chức")
    assert (figs[9].indicator, figs[9].qualifier) == ("members_disciplined", "cảnh cáo")


def test_committee_members_among_the_disciplined(figs):
    assert figs[7].indicator == figs[4].indicator == "members_disciplined"


def test_the_disciplined_counted_by_what_they_did(figs):
    assert figs[11].indicator == figs[6].indicator == figs[5].indicator == "members_disciplined"


def test_one_checked_sentence_without_the_cue_is_no_check():
    doc = load_text("Đảng bộ xã Châu Kim có 120 đảng viên được giao nhiệm vụ cụ thể.\n",
                    source="memory:chau-kim.txt")
    assert [o.figure.indicator for o in doc.context["outcomes"]] == ["other"]


def test_a_proposed_expulsion_is_no_discipline_yet():
    doc = load_text("Qua kiểm tra, Ủy ban Kiểm tra Đảng ủy xã Châu Kim đề nghị Ban Thường vụ Huyện ủy khai trừ Đảng "
                    "2 trường hợp; cảnh cáo 3 trường hợp.\n", source="memory:chau-kim-proposal.txt")
    figs = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert (figs[2].indicator, figs[2].qualifier) == ("other", "đề nghị khai trừ")


def test_those_a_meeting_appoints_are_not_its_audience():
    doc = load_text("Tại hội nghị, Đảng bộ huyện Quế Phong có 4 đồng chí được trao quyết định nhận nhiệm vụ mới.\n",
                    source="memory:que-phong-appointed.txt")
    assert [o.figure.indicator for o in doc.context["outcomes"]] == ["other"]
