"""The places extractor: typed mentions, villages, disambiguation and the two maps (2008/2025).

Every sentence here is written for the tests. Each document runs through the real pipeline
(metadata + places); the answers come from the shipped gazetteer.
"""

from __future__ import annotations

import unicodedata

import pytest

from partykg.loaders.pipeline import Pipeline
from partykg.loaders.read import RawDocument
from partykg.ontology.terms import PKG, RDFS, SCHEMA, place_iri

PIPELINE = Pipeline(["metadata", "places"])


def run(text: str, date: str | None = None, source: str = "memory:test"):
    meta = {"date": date} if date else {}
    return PIPELINE.process(RawDocument(source, unicodedata.normalize("NFC", text), "text", meta))


def places(doc) -> dict[tuple[str, str], dict]:
    """(name, level) -> attrs of the first mention."""
    out = {}
    for m in doc.of("place"):
        out.setdefault((m.attrs["name"], m.attrs["level"]), dict(m.attrs, iri=m.iri, text=m.text))
    return out


def labels_of(doc, predicate) -> set[tuple[str, str]]:
    """(subject label, object label) for a place predicate, read from the minted facts."""
    label = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    return {(label.get(f.s.value), label.get(f.o.value)) for f in doc.facts if f.p == predicate}


def test_typed_commune_district_province_with_codes():
    doc = run("Đảng bộ xã Tà Mung, huyện Than Uyên, tỉnh Lai Châu họp tổng kết năm.")
    p = places(doc)
    assert p[("Tà Mung", "commune")]["code"] == "03638"
    assert p[("Than Uyên", "district")]["unit_type"] == "huyện"
    assert p[("Lai Châu", "province")]["unit_type"] == "tỉnh"
    assert ("Tà Mung", "Than Uyên") in labels_of(doc, PKG.partOf)
    assert ("Than Uyên", "Lai Châu") in labels_of(doc, PKG.partOf)


def test_ancestors_are_stated_and_mentioned_even_when_the_text_omits_them():
    doc = run("Chúng tôi về thăm xã Tà Mung vào một ngày cuối năm.")
    mentioned = {f.o.value for f in doc.facts if f.p == SCHEMA.mentions}
    assert place_iri("110").value in mentioned  # huyện Than Uyên
    assert place_iri("12").value in mentioned  # tỉnh Lai Châu
    codes = {f.o.value for f in doc.facts if f.p == PKG.officialCode}
    assert {"03638", "110", "12"} <= codes


def test_old_tone_placement_and_capitalised_type_word():
    doc = run("Xã Hoà Bình thuộc huyện Kim Bôi có nhiều đổi mới.", date="2020-03-01")
    p = places(doc)
    assert ("Hòa Bình", "commune") in p  # stored with the modern tone placement
    assert p[("Hòa Bình", "commune")]["text"] == "Hoà Bình"  # the evidence keeps the text as read


def test_places_inside_party_body_names():
    doc = run("Huyện ủy Sốp Cộp và Tỉnh ủy Sơn La chỉ đạo sát sao. Thành ủy Cần Thơ cũng vậy.")
    p = places(doc)
    assert p[("Sốp Cộp", "district")]["code"] == "127"
    assert ("Sơn La", "province") in p
    assert p[("Cần Thơ", "province")]["unit_type"] == "thành phố"


def test_enumeration_after_one_type_word():
    doc = run("Các xã Bó Sinh, Chiềng En và Nậm Lạnh thuộc tỉnh Sơn La đều có chi bộ mạnh.")
    p = places(doc)
    for name in ("Bó Sinh", "Chiềng En", "Nậm Lạnh"):
        assert (name, "commune") in p, name


def test_parenthetical_province_after_district_is_the_province():
    doc = run("Đoàn công tác về xã Kim Hòa (huyện Cầu Ngang, Trà Vinh) kiểm tra.", date="2013-05-30")
    p = places(doc)
    assert ("Cầu Ngang", "district") in p
    assert ("Trà Vinh", "province") in p
    assert ("Trà Vinh", "district") not in p


def test_abbreviated_type_words():
    doc = run("Hội nghị diễn ra tại H.Nghĩa Hành và TP. Cần Thơ trong tháng này.")
    p = places(doc)
    assert ("Nghĩa Hành", "district") in p
    assert ("Cần Thơ", "province") in p


def test_bare_province_name_but_not_a_person_named_after_it():
    doc = run("Ở tỉnh miền núi như Sơn La, học tập tư tưởng Hồ Chí Minh được chú trọng.")
    p = places(doc)
    assert ("Sơn La", "province") in p
    assert not any(name == "Hồ Chí Minh" for name, _ in p)


def test_ambiguous_commune_resolved_by_the_district_named_elsewhere():
    # Trường Xuân is a commune name in several provinces; the article names its district
    doc = run("Huyện Thới Lai có nhiều đổi mới. Chi bộ xã Trường Xuân đạt trong sạch, vững mạnh.",
              date="2013-05-28")
    p = places(doc)
    assert p[("Trường Xuân", "commune")]["code"] == "31294"


def test_ambiguous_commune_without_context_gets_no_code():
    doc = run("Đảng bộ xã Trường Xuân tổ chức đại hội.", date="2019-01-01")
    p = places(doc)
    t = p[("Trường Xuân", "commune")]
    assert t["code"] == "" and t["key"] is None


def test_villages_take_the_commune_named_after_them():
    doc = run("Bản Hua Lạnh, xã Nậm Lạnh và bản Nặm Khún, xã Mường Lèo mới thành lập chi bộ.")
    assert ("Hua Lạnh", "Nậm Lạnh") in labels_of(doc, PKG.partOf)
    assert ("Nặm Khún", "Mường Lèo") in labels_of(doc, PKG.partOf)


def test_village_enumeration_and_the_sentence_commune():
    doc = run("Xã Tà Mung có mô hình rau sạch tại bản Hô Ta, Nậm Pắt và Đán Tọ.")
    parents = labels_of(doc, PKG.partOf)
    for name in ("Hô Ta", "Nậm Pắt", "Đán Tọ"):
        assert (name, "Tà Mung") in parents, name


def test_village_without_a_commune_in_its_sentence_takes_the_last_commune_named():
    doc = run("Đảng ủy xã Bó Sinh họp định kỳ. Bí thư chi bộ bản Huổi Tính chia sẻ kinh nghiệm.")
    assert ("Huổi Tính", "Bó Sinh") in labels_of(doc, PKG.partOf)


@pytest.mark.parametrize("text", [
    "Mỗi chi bộ bản đều có chi ủy.",
    "Các thôn, bản đã có đảng viên.",
    "Trưởng thôn Nguyễn Văn Ba được bầu lại.",
    "Xã đã ký bản Cam kết thi đua với các đơn vị.",
    "Đồng bào Mông ở các bản vùng cao đổi mới tập quán.",
])
def test_no_false_villages(text):
    doc = run(text)
    assert not [m for m in doc.of("place") if m.attrs["level"] == "village"]


def test_village_iri_is_keyed_by_its_commune():
    a = run("Xã Tà Mung có bản Nậm Pắt.")
    b = run("Ở xã Mường Mô cũng có bản Nậm Pắt.", date="2021-01-01")
    ia = places(a)[("Nậm Pắt", "village")]["iri"]
    ib = places(b)[("Nậm Pắt", "village")]["iri"]
    assert ia != ib
    assert ia == place_iri(None, "Nậm Pắt", "village", "03638")


def test_the_article_date_chooses_the_map():
    before = run("Đảng ủy xã Mường Mô tổ chức hội nghị.", date="2021-07-02")
    after = run("Đảng ủy xã Mường Mô tổ chức hội nghị.", date="2025-09-15")
    b = places(before)[("Mường Mô", "commune")]
    a = places(after)[("Mường Mô", "commune")]
    assert b["key"] == "03472" and a["key"].startswith("2025-")
    assert b["iri"] != a["iri"]
    valid = {(f.s.value, f.p.value, f.o.value) for f in after.facts}
    assert (a["iri"].value, PKG.validFrom.value, "2025-07-01") in valid
    # after the reform a commune lies directly in its province
    assert ("Mường Mô", "Lai Châu") in labels_of(after, PKG.partOf)


def test_undated_article_without_districts_follows_its_province_to_the_new_map():
    doc = run("Đảng ủy xã Trấn Yên quán triệt quy định của Tỉnh ủy Lào Cai.")
    p = places(doc)
    assert p[("Trấn Yên", "commune")]["key"].startswith("2025-")


def test_iris_equal_across_documents():
    a = run("Huyện Than Uyên đẩy mạnh phát triển chè.", source="memory:a")
    b = run("Tại huyện Than Uyên, tỉnh Lai Châu, chè là cây chủ lực.", source="memory:b")
    assert places(a)[("Than Uyên", "district")]["iri"] == places(b)[("Than Uyên", "district")]["iri"]


def test_focus_names_the_article_commune_and_its_ancestors():
    doc = run("Đảng bộ xã Tà Mung đột phá. Đảng ủy xã Tà Mung lãnh đạo toàn diện.")
    focus = doc.context["focus"]
    assert focus["commune"]["name"] == "Tà Mung"
    assert focus["district"]["name"] == "Than Uyên"
    assert focus["province"]["name"] == "Lai Châu"


def test_units_in_parentheses_after_a_commune_are_its_ancestors():
    doc = run("Thăm thôn Hòa Bình, xã Kỳ Tây (Kỳ Anh) và gặp cán bộ xã.", date="2019-05-01")
    p = places(doc)
    assert p[("Kỳ Tây", "commune")]["code"]
    assert ("Kỳ Anh", "district") in p
    assert ("Kỳ Tây", "Kỳ Anh") in labels_of(doc, PKG.partOf)
    assert ("Hòa Bình", "Kỳ Tây") in labels_of(doc, PKG.partOf)


def test_acronym_before_a_province_and_capitalised_bylines():
    doc = run("Lực lượng LLVT Hà Tĩnh hoàn thành nhiệm vụ. Bài và ảnh: THÁI BÌNH")
    p = places(doc)
    assert ("Hà Tĩnh", "province") in p
    assert ("Thái Bình", "province") not in p


def test_ho_chi_minh_city_by_its_abbreviation():
    doc = run("Đài Truyền hình TPHCM đưa tin về TP.HCM và tư tưởng Hồ Chí Minh.")
    hcm = [m for m in doc.of("place") if m.attrs["name"] == "Hồ Chí Minh"]
    assert [m.text for m in hcm] == ["TPHCM", "TP.HCM"]
    assert all(m.attrs["level"] == "province" for m in hcm)


def test_one_village_named_with_two_type_words_keeps_one_type():
    doc = run("Xóm Đông Hải thuộc xã Văn Hải. Thôn Đông Hải có nhiều hộ khá.", date="2013-05-29")
    types = {m.attrs["unit_type"] for m in doc.of("place") if m.attrs["name"] == "Đông Hải"}
    assert types == {"xóm"}


def test_a_city_whose_name_begins_with_a_village_word_is_no_village():
    doc = run("Tỉnh Đắk Lắk có nhiều đổi mới; Buôn Ma Thuột phát triển nhanh.", date="2020-01-01")
    p = places(doc)
    assert ("Ma Thuột", "village") not in p
    assert ("Buôn Ma Thuột", "district") in p


def test_district_list_after_a_colon():
    doc = run("Đoàn kiểm tra các huyện: Mường Tè, Sìn Hồ và Than Uyên.", date="2020-01-01")
    p = places(doc)
    for name in ("Mường Tè", "Sìn Hồ", "Than Uyên"):
        assert (name, "district") in p, name


def test_focus_points_to_the_first_mention_of_a_named_place():
    doc = run("Huyện ủy Sốp Cộp họp. Đảng ủy xã Mường Lèo và Đảng ủy xã Mường Lèo báo cáo.")
    focus = doc.context["focus"]
    assert focus["commune"]["mention"].text == "Mường Lèo"
    assert focus["district"]["mention"].text == "Sốp Cộp"
    assert focus["province"]["name"] == "Sơn La" and focus["province"]["mention"] is None


def test_nearest_place_before_a_short_reference():
    from partykg.loaders.places import nearest

    text = "Huyện ủy Sốp Cộp họp. Tại xã Mường Lèo, Đảng ủy xã đã kiểm điểm. Xã Nậm Lạnh cũng vậy."
    doc = run(text)
    m = nearest(doc, text.index("Đảng ủy xã"), "commune")
    assert m is not None and m.attrs["name"] == "Mường Lèo"
    assert nearest(doc, 0, "commune") is None


def test_a_commune_merged_away_keeps_its_name_and_district_without_a_code():
    doc = run("Đảng bộ xã Nà Khằm, huyện Than Uyên đạt trong sạch, vững mạnh.", date="2015-01-01")
    p = places(doc)
    t = p[("Nà Khằm", "commune")]
    assert t["code"] == "" and t["key"] is None
    assert ("Nà Khằm", "Than Uyên") in labels_of(doc, PKG.partOf)


def test_a_person_after_the_commune_word_is_no_commune():
    doc = run("Bí thư Đảng ủy xã Nguyễn Văn Ba cho biết kết quả.")
    assert not doc.of("place")


def test_names_with_dashes_and_the_old_name_of_hue():
    doc = run("Tỉnh Bà Rịa - Vũng Tàu và Thừa Thiên Huế; giao lưu Sơn La - Điện Biên.", date="2020-01-01")
    p = places(doc)
    assert ("Bà Rịa - Vũng Tàu", "province") in p
    assert ("Huế", "province") in p
    assert ("Sơn La", "province") in p and ("Điện Biên", "province") in p


def test_undated_article_that_speaks_of_the_reform_reads_the_new_map():
    doc = run("Sau sắp xếp, Đảng ủy xã Quảng Uyên ra mắt; trước đây xã thuộc huyện Quảng Hòa (cũ).")
    p = places(doc)
    assert p[("Quảng Uyên", "commune")]["key"].startswith("2025-")
    assert ("Quảng Hòa", "district") in p  # the former district stays on the old map


def test_unknown_commune_followed_by_its_district_in_parentheses():
    doc = run("Về xã Nà Khằm (Than Uyên) hôm nay.", date="2015-01-01")
    assert ("Nà Khằm", "Than Uyên") in labels_of(doc, PKG.partOf)


def test_province_in_parentheses_is_not_the_city_of_the_same_name():
    doc = run("Đảng bộ xã Tà Mung (Lai Châu) họp.", date="2020-01-01")
    p = places(doc)
    assert ("Lai Châu", "province") in p
    assert ("Lai Châu", "district") not in p


def test_a_modifier_between_the_type_word_and_the_name():
    doc = run("Tại huyện biên giới Sốp Cộp và xã vùng cao Tà Mung, đảng viên tăng nhanh.")
    p = places(doc)
    assert ("Sốp Cộp", "district") in p
    assert ("Tà Mung", "commune") in p


def test_a_village_named_with_a_number_keeps_it():
    doc = run("Xã Tà Mung có thôn Nà Khương 2 và bản Phiêng 1, Phiêng 3 làm tốt công tác dân vận.")
    names = {name for name, level in places(doc) if level == "village"}
    assert {"Nà Khương 2", "Phiêng 1", "Phiêng 3"} <= names
    assert "Nà Khương" not in names


def test_a_number_after_a_village_that_counts_something_is_no_part_of_its_name():
    doc = run("Ở xã Tà Mung, thôn Nà Khương 3 năm liền đạt thôn văn hóa, còn thôn Hua Pầu 2 hộ nghèo.")
    names = {name for name, level in places(doc) if level == "village"}
    assert {"Nà Khương", "Hua Pầu"} <= names


def test_a_residential_group_numbered_with_so_keeps_the_word():
    doc = run("Tổ dân phố số 7 của phường Tân Phong có 120 hộ.")
    labels = {f.o.value for f in doc.facts if f.p == RDFS.label}
    assert "Tổ dân phố số 7" in labels


def test_a_village_whose_name_begins_with_dong_is_read():
    doc = run("Xã Tà Mung khen thưởng thôn Đồng Tiến và xóm Đồng Xuân; đồng chí Bí thư dự.")
    names = {name for name, level in places(doc) if level == "village"}
    assert {"Đồng Tiến", "Đồng Xuân"} <= names
