"""A district named bare as the headline's subject.

"Chín tháng, Lâm Thao kết nạp 150 đảng viên" over an article that then speaks of "Huyện ủy"
and "huyện" without a name is about huyện Lâm Thao (the gazetteer has one district so named),
so the bare committee is that district's. The same name in a body sentence, or in an article
naming a province, or one that never speaks of "the district", stays unread.
"""

from __future__ import annotations

from extraction import organizations, read
from partykg.ontology.terms import PKG, RDFS


def place_labels(doc) -> set[str]:
    label = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    return {label[f.s.value] for f in doc.facts if f.o == PKG.Place}


BODY = ("Trong chín tháng, Huyện ủy tập trung lãnh đạo công tác phát triển đảng viên. Bí thư Huyện ủy "
        "Lê Quang Vinh đề nghị huyện tiếp tục tạo nguồn kết nạp đảng.")


def test_the_headlines_district_owns_the_bare_committee(pipeline):
    doc = read(pipeline, "Chín tháng, Lâm Thao kết nạp 150 đảng viên mới\n\n" + BODY)
    assert {"Lâm Thao", "Phú Thọ"} <= place_labels(doc)
    assert "Đảng bộ huyện Lâm Thao" in organizations(doc)


def test_a_bare_district_in_the_body_stays_unread(pipeline):
    doc = read(pipeline, "Kết nạp đảng viên mới chín tháng\n\n" + BODY + " Đoàn đã học tập cách làm ở Lâm Thao.")
    assert "Lâm Thao" not in place_labels(doc)


def test_an_article_naming_another_province_keeps_it_unread(pipeline):
    doc = read(pipeline, "Chín tháng, Lâm Thao kết nạp 150 đảng viên mới\n\n" + BODY
               + " Tỉnh ủy Hà Giang đã cử đoàn đến trao đổi kinh nghiệm.")
    assert "Lâm Thao" not in place_labels(doc)


def test_without_the_district_spoken_of_the_name_stays_unread(pipeline):
    doc = read(pipeline, "Chín tháng, Lâm Thao kết nạp 150 đảng viên mới\n\n"
                         "Các chi bộ tập trung tạo nguồn kết nạp đảng viên trong chín tháng qua.")
    assert "Lâm Thao" not in place_labels(doc)


def test_districts_in_general_do_not_speak_of_the_district(pipeline):
    doc = read(pipeline, "Chín tháng, Lâm Thao kết nạp 150 đảng viên mới\n\n"
                         "Các chi bộ học cách làm của các huyện bạn và của cán bộ cấp huyện.")
    assert "Lâm Thao" not in place_labels(doc)
