"""Resolutions an article names in passing, and who carries them out.

"quán triệt nghị quyết" (lower case, no name) after a resolution the article named is that
resolution; "…, huyện đã …" then stands for the district's party body. A committee's own
resolution named by the committee alone ("Nghị quyết Huyện ủy", "Nghị quyết của Đảng bộ") is a
directive of its own, issued by that committee; a congress's ("Nghị quyết Đảng bộ tỉnh … lần thứ …")
is not, and neither are several ("các Nghị quyết của Huyện ủy"), named by the committee alone. A directive carried out "trên địa bàn huyện" is carried out by that district's party body.
"""

from __future__ import annotations

from extraction import carried_out, directives, labels, read
from partykg.ontology.terms import PKG


def issuers(doc) -> set[tuple[str, str]]:
    lab = labels(doc)
    return {(lab[f.s.value], lab[f.o.value]) for f in doc.facts if f.p == PKG.issuer}


def test_a_lower_case_resolution_after_a_verb_of_carrying_out_is_the_one_named_before(pipeline):
    text = ("Nghị quyết Đại hội Đảng bộ huyện Sìn Hồ nhiệm kỳ 2025 - 2030 đặt mục tiêu mỗi năm làm mới 15 km đường "
            "bê tông. Qua một năm quán triệt nghị quyết, huyện đã làm được 18 km.")
    pairs = carried_out(pipeline, text)
    assert ("Đảng bộ huyện Sìn Hồ", "Nghị quyết Đại hội Đảng bộ huyện Sìn Hồ nhiệm kỳ 2025-2030") in pairs


def test_a_lower_case_resolution_with_none_named_before_is_no_directive(pipeline):
    text = "Qua một năm quán triệt nghị quyết, huyện Sìn Hồ đã làm được 18 km đường."
    assert directives(read(pipeline, text)) == set()


def test_resolutions_in_general_are_no_anaphor(pipeline):
    text = ("Nghị quyết Đại hội Đảng bộ huyện Sìn Hồ nhiệm kỳ 2025 - 2030 đặt mục tiêu làm đường. "
            "Huyện ủy Sìn Hồ đề nghị các chi bộ quán triệt các nghị quyết, huyện đã vượt kế hoạch.")
    pairs = carried_out(pipeline, text)
    assert all("Đại hội" not in d for _, d in pairs)


def test_a_committees_resolution_named_by_the_committee_alone_is_its_own(pipeline):
    text = ("Tại hội nghị đánh giá kết quả thực hiện Nghị quyết Tỉnh ủy quý I năm 2025, Bí thư Tỉnh ủy Điện Biên "
            "đề nghị các huyện làm nhanh hơn.")
    doc = read(pipeline, text)
    assert "Nghị quyết Tỉnh ủy" in directives(doc)
    assert ("Nghị quyết Tỉnh ủy", "Đảng bộ tỉnh Điện Biên") in issuers(doc)
    assert ("Đảng bộ tỉnh Điện Biên", "Nghị quyết Tỉnh ủy") in carried_out(pipeline, text)


def test_the_targets_of_a_resolution_of_the_party_body_are_its_own(pipeline):
    text = ("Đảng bộ xã Sá Tổng xác định đây là việc trọng tâm khi thực hiện chỉ tiêu Nghị quyết của "
            "Đảng bộ năm 2025.")
    pairs = carried_out(pipeline, text)
    assert ("Đảng bộ xã Sá Tổng", "Nghị quyết của Đảng bộ") in pairs


def test_a_resolution_named_with_a_committee_and_its_subject_keeps_the_subject(pipeline):
    text = "Tỉnh ủy Điện Biên vừa tổng kết 5 năm thực hiện Nghị quyết Tỉnh ủy về phát triển cây mắc ca."
    names = directives(read(pipeline, text))
    assert any(n.startswith("Nghị quyết Tỉnh ủy về phát triển cây") for n in names)


def test_a_congress_resolution_is_not_the_committees_own(pipeline):
    text = "Đảng bộ xã Sơn Bình thực hiện Nghị quyết Đảng bộ tỉnh Lai Châu lần thứ XIV đạt nhiều kết quả."
    named = "Nghị quyết Đại hội Đảng bộ tỉnh Lai Châu lần thứ XIV đề ra 12 chỉ tiêu chủ yếu. " + text
    congress = "Nghị quyết Đại hội Đảng bộ tỉnh Lai Châu lần thứ XIV"
    assert ("Đảng bộ xã Sơn Bình", congress) in carried_out(pipeline, named)
    for doc in (read(pipeline, text), read(pipeline, named)):
        assert not any(n.startswith("Nghị quyết Đảng bộ tỉnh") for n in directives(doc))


def test_a_resolution_before_a_comma_is_not_named_by_the_body_after_it(pipeline):
    text = ("Nghị quyết Đại hội Đảng bộ xã Sá Tổng nhiệm kỳ 2025 - 2030 nêu 11 chỉ tiêu. "
            "Nhằm thực hiện Nghị quyết, Đảng ủy xã Sá Tổng xây dựng kế hoạch hành động.")
    names = directives(read(pipeline, text))
    assert not any(n.startswith("Nghị quyết,") or n == "Nghị quyết Đảng ủy" for n in names)


def test_a_directive_carried_out_in_the_district_is_the_districts(pipeline):
    text = ("Huyện ủy Sìn Hồ vừa họp mở rộng. Sáng 5/11, đồng chí Trần Quốc Dũng, Phó Bí thư Tỉnh ủy về thăm "
            "huyện Sìn Hồ, xem xét tiến độ các dự án; việc học tập, làm theo Nghị quyết Đại hội Đảng bộ "
            "các cấp nhiệm kỳ 2025 – 2030 trên địa bàn huyện.")
    pairs = carried_out(pipeline, text)
    assert ("Đảng bộ huyện Sìn Hồ", "Nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2025-2030") in pairs


def test_several_resolutions_named_by_the_committee_alone_are_no_directive(pipeline):
    text = "Năm nay, Huyện ủy Mù Cang Chải sơ kết 3 năm thực hiện các Nghị quyết của Huyện ủy về giảm nghèo."
    assert not any(d.startswith("Nghị quyết của") for d in directives(read(pipeline, text)))


def test_one_resolution_named_by_the_committee_alone_is_a_directive(pipeline):
    text = "Năm nay, Huyện ủy Mù Cang Chải sơ kết 3 năm làm theo Nghị quyết của Huyện ủy nhiệm kỳ 2020-2025."
    assert "Nghị quyết của Huyện ủy" in directives(read(pipeline, text))
