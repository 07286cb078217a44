"""Resolutions an article names in passing, and who carries them out.

"thực hiện nghị quyết" (lower case, no name) after a resolution the article named is that
resolution; "…, huyện đã …" then stands for the district's party body. A committee's own
resolution named by the committee alone ("Nghị quyết Huyện ủy", "Nghị quyết của Đảng bộ") is a
directive of its own, issued by that committee. A directive carried out "trên địa bàn huyện"
is carried out by that district's party body.
"""

from __future__ import annotations

from extraction import carried_out, directives, labels, read
from partykg.ontology.terms import PKG


def issuers(doc) -> set[tuple[str, str]]:
    lab = labels(doc)
    return {(lab[f.s.value], lab[f.o.value]) for f in doc.facts if f.p == PKG.issuer}


def test_a_lower_case_resolution_after_a_verb_of_carrying_out_is_the_one_named_before(pipeline):
    text = ("Nghị quyết Đại hội Đảng bộ huyện Tam Đảo nhiệm kỳ 2020 - 2025 đặt mục tiêu mỗi năm trồng mới 200 ha rừng. "
            "Sau hai năm triển khai thực hiện nghị quyết, huyện đã trồng được 500 ha.")
    pairs = carried_out(pipeline, text)
    assert ("Đảng bộ huyện Tam Đảo", "Nghị quyết Đại hội Đảng bộ huyện Tam Đảo nhiệm kỳ 2020-2025") in pairs


def test_a_lower_case_resolution_with_none_named_before_is_no_directive(pipeline):
    text = "Sau hai năm thực hiện nghị quyết, huyện Tam Đảo đã trồng được 500 ha rừng."
    assert directives(read(pipeline, text)) == set()


def test_resolutions_in_general_are_no_anaphor(pipeline):
    text = ("Nghị quyết Đại hội Đảng bộ huyện Tam Đảo nhiệm kỳ 2020 - 2025 đặt mục tiêu trồng rừng. "
            "Huyện ủy Tam Đảo yêu cầu các chi bộ thực hiện các nghị quyết, huyện đã đạt mục tiêu.")
    pairs = carried_out(pipeline, text)
    assert all("Đại hội" not in d for _, d in pairs)


def test_a_committees_resolution_named_by_the_committee_alone_is_its_own(pipeline):
    text = ("Tại hội nghị sơ kết tình hình thực hiện Nghị quyết Tỉnh ủy 9 tháng năm 2023, Bí thư Tỉnh ủy Hòa Bình "
            "yêu cầu các địa phương đẩy nhanh tiến độ.")
    doc = read(pipeline, text)
    assert "Nghị quyết Tỉnh ủy" in directives(doc)
    assert ("Nghị quyết Tỉnh ủy", "Đảng bộ tỉnh Hòa Bình") in issuers(doc)
    assert ("Đảng bộ tỉnh Hòa Bình", "Nghị quyết Tỉnh ủy") in carried_out(pipeline, text)


def test_the_targets_of_a_resolution_of_the_party_body_are_its_own(pipeline):
    text = ("Đảng bộ xã Na Ngoi coi đây là nhiệm vụ then chốt trong thực hiện các chỉ tiêu Nghị quyết của "
            "Đảng bộ đề ra.")
    pairs = carried_out(pipeline, text)
    assert ("Đảng bộ xã Na Ngoi", "Nghị quyết của Đảng bộ") in pairs


def test_a_resolution_named_with_a_committee_and_its_subject_keeps_the_subject(pipeline):
    text = "Tỉnh ủy Hòa Bình đã sơ kết 3 năm thực hiện Nghị quyết Tỉnh ủy về phát triển du lịch cộng đồng."
    names = directives(read(pipeline, text))
    assert any(n.startswith("Nghị quyết Tỉnh ủy về phát triển du lịch") for n in names)


def test_a_congress_resolution_is_not_the_committees_own(pipeline):
    text = "Đảng bộ xã Na Ngoi thực hiện Nghị quyết Đảng bộ tỉnh lần thứ XVII đạt nhiều kết quả."
    assert not any(n.startswith("Nghị quyết Đảng bộ tỉnh") and "XVII" not in n for n in directives(read(pipeline, text)))


def test_a_resolution_before_a_comma_is_not_named_by_the_body_after_it(pipeline):
    text = ("Nghị quyết Đại hội Đảng bộ xã Na Ngoi nhiệm kỳ 2020 - 2025 đề ra 15 chỉ tiêu. "
            "Để triển khai thực hiện Nghị quyết, Đảng ủy xã Na Ngoi ban hành chương trình hành động.")
    names = directives(read(pipeline, text))
    assert not any(n.startswith("Nghị quyết,") or n == "Nghị quyết Đảng ủy" for n in names)


def test_a_directive_carried_out_in_the_district_is_the_districts(pipeline):
    text = ("Huyện ủy Tam Đảo vừa tổ chức hội nghị. Chiều 12/10, đồng chí Lê Văn Hòa, Phó Bí thư Tỉnh ủy đã làm "
            "việc tại huyện Tam Đảo, kiểm tra tiến độ các công trình; việc triển khai, tổ chức thực hiện Nghị quyết "
            "Đại hội Đảng bộ các cấp nhiệm kỳ 2020 – 2025 trên địa bàn huyện.")
    pairs = carried_out(pipeline, text)
    assert ("Đảng bộ huyện Tam Đảo", "Nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2020-2025") in pairs
