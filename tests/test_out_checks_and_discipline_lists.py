"""Checks and discipline as reports list them: members or bodies "được kiểm tra" / "được giám
sát" (one check each); a discipline form before a count of cases ("khai trừ khỏi Đảng 3 trường
hợp"); committee members among the disciplined ("trong đó có 3 đảng ủy viên"); and the
disciplined counted by what they did ("bị kỷ luật do vi phạm A (11 đồng chí); B (6 đồng chí)")."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Quế Phong giữ nghiêm kỷ cương trong Đảng

Trong năm 2022, toàn Đảng bộ huyện Quế Phong có 214 đảng viên được kiểm tra và 35 chi bộ được giám sát.

Các tổ chức đảng trong huyện xử lý kỷ luật 27 đảng viên, khai trừ khỏi Đảng 3 trường hợp, cách chức 2 trường hợp, cảnh cáo 9 trường hợp.

Tính cả năm, 28 đảng viên bị kỷ luật, trong số này có 7 đảng ủy viên, 4 chi ủy viên.

Số người nói trên bị kỷ luật do vi phạm chính sách dân số (11 đồng chí); buông lỏng quản lý đất rừng (6 đồng chí); uống rượu khi lái xe (5 đồng chí).
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
    doc = load_text("Sau khi xem xét, Ủy ban Kiểm tra Đảng ủy xã Châu Kim đã đề nghị Huyện ủy khai trừ Đảng "
                    "2 trường hợp; cảnh cáo 3 trường hợp.\n", source="memory:chau-kim-proposal.txt")
    figs = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert (figs[2].indicator, figs[2].qualifier) == ("other", "đề nghị khai trừ")


def test_those_a_meeting_appoints_are_not_its_audience():
    doc = load_text("Tại hội nghị, Huyện ủy Quế Phong có 4 cán bộ được trao quyết định luân chuyển về các xã vùng cao.\n",
                    source="memory:que-phong-appointed.txt")
    assert [o.figure.indicator for o in doc.context["outcomes"]] == ["other"]
