"""The unit written right after a place locates it: "phường 4, quận Gò Vấp", "xã A (huyện B)".

Every sentence here is written for the tests; the answers come from the shipped gazetteer,
whose units are those of 2025 and of just before it (a unit merged earlier is unknown to it).
"""

from __future__ import annotations

import unicodedata

from partykg.loaders.pipeline import Pipeline
from partykg.loaders.read import RawDocument
from partykg.ontology.terms import PKG, RDFS

PIPELINE = Pipeline(["metadata", "places"])


def run(text: str, date: str | None = None):
    meta = {"date": date} if date else {}
    return PIPELINE.process(RawDocument("memory:test", unicodedata.normalize("NFC", text), "text", meta))


def mentions(doc, name: str) -> list[dict]:
    return [m.attrs for m in doc.of("place") if m.attrs["name"] == name]


def part_of(doc) -> set[tuple[str, str]]:
    label = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    return {(label.get(f.s.value), label.get(f.o.value)) for f in doc.facts if f.p == PKG.partOf}


def unit_types(doc) -> dict[str, str]:
    label = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    return {label.get(f.s.value): f.o.value for f in doc.facts if f.p == PKG.unitType}


def test_a_numbered_ward_is_the_one_of_the_district_written_after_it():
    doc = run("Gia đình ông Tư ở phường 5, quận Gò Vấp được hỗ trợ sửa nhà.", date="2014-03-01")
    (ward,) = mentions(doc, "5")
    assert ward["key"] == "26887"
    assert ("Phường 5", "Gò Vấp") in part_of(doc)


def test_a_numbered_ward_the_gazetteer_no_longer_has_stays_in_its_district():
    doc = run("Chi bộ khu phố ở phường 4, quận Gò Vấp họp. Phường 4 có hai trăm hộ nghèo.",
              date="2014-03-01")
    wards = mentions(doc, "4")
    assert len(wards) == 2 and all(w["key"] is None for w in wards)
    assert len({w["parent_iri"] for w in wards}) == 1  # the second mention is the same ward
    assert ("Phường 4", "Gò Vấp") in part_of(doc)


def test_a_ward_of_a_city_is_not_its_namesake_in_another_district():
    # the gazetteer's only "phường Ninh Xá" lies in Thuận Thành; this one is in the city
    doc = run("Ông Hải sống ở phường Ninh Xá, TP Bắc Ninh từ nhỏ.", date="2016-05-01")
    (ward,) = mentions(doc, "Ninh Xá")
    assert ward["key"] is None and ward["unit_type"] == "phường"
    (city,) = [m.attrs for m in doc.of("place") if m.attrs["name"] == "Bắc Ninh"]
    assert city["unit_type"] == "thành phố" and city["level"] == "district"
    assert ("Ninh Xá", "Bắc Ninh") in part_of(doc)
    assert ("Ninh Xá", "Thuận Thành") not in part_of(doc)


def test_tp_before_a_centrally_run_city_is_the_province_level_city():
    doc = run("Hội nghị ở phường Bến Nghé, TP Hồ Chí Minh và ở xã Tân Thông Hội, TP.HCM.",
              date="2018-01-01")
    assert {m.attrs["level"] for m in doc.of("place") if m.attrs["name"] == "Hồ Chí Minh"} == {"province"}
    assert mentions(doc, "Bến Nghé")[0]["key"] == "26740"


def test_a_district_in_parentheses_overrides_a_namesake_near_by():
    doc = run("Phường Tân Bình (thị xã Tam Điệp) năm 2007 mới tách từ xã Yên Bình (Yên Mô).",
              date="2013-05-01")
    assert ("Yên Bình", "Yên Mô") in part_of(doc)
    assert ("Yên Bình", "Tam Điệp") not in part_of(doc)
    assert {m.attrs["key"] for m in doc.of("place") if m.attrs["name"] == "Yên Mô"} == {"377"}


def test_an_untyped_province_in_parentheses_stays_the_province():
    doc = run("Đảng ủy phường Vũ Ninh (Bắc Ninh) sơ kết.", date="2019-01-01")
    assert {(m.attrs["name"], m.attrs["level"]) for m in doc.of("place")} >= {("Vũ Ninh", "commune"),
                                                                              ("Bắc Ninh", "province")}
    assert ("Bắc Ninh", "district") not in {(m.attrs["name"], m.attrs["level"]) for m in doc.of("place")}


def test_a_former_district_after_a_commune_of_the_new_map_is_no_locator():
    doc = run("Đảng ủy xã Quảng Uyên, huyện Quảng Hòa (cũ) ra mắt.", date="2025-08-01")
    (commune,) = mentions(doc, "Quảng Uyên")
    assert commune["key"] == "2025-01576"


def test_a_village_head_named_with_his_village_then_his_commune():
    doc = run("Trưởng thôn Đông Hòa Lê Văn Tư ở xã Nghĩa Đạo, huyện Thuận Thành; Trưởng thôn "
              "Nam Sơn Trần Thị Út ở xã Ngọc Vân, huyện Tân Yên đều đồng tình.", date="2016-01-01")
    links = part_of(doc)
    assert ("Đông Hòa", "Nghĩa Đạo") in links and ("Nam Sơn", "Ngọc Vân") in links
    assert ("Nam Sơn", "Nghĩa Đạo") not in links


def test_a_village_said_to_belong_to_a_commune():
    doc = run("Thôn Bãi Sậy thuộc xã Nghĩa Đạo và xã Ngọc Vân cùng ký kết.", date="2016-01-01")
    assert ("Bãi Sậy", "Nghĩa Đạo") in part_of(doc)


def test_a_street_quarter_is_stated_as_a_residential_group_and_keeps_its_word():
    doc = run("Khu phố 3, phường Bến Nghé và khóm Tân Quy của thị trấn khác đều đạt chuẩn.",
              date="2018-01-01")
    types = unit_types(doc)
    assert types["Khu phố 3"] == "tổ dân phố"
    assert types.get("Tân Quy") == "tổ dân phố"
    assert ("Khu phố 3", "Bến Nghé") in part_of(doc)


def test_an_untyped_commune_then_its_district_and_province():
    # a caption's shorthand: commune, district (province), no type words
    doc = run("Đường làng ở Quỳnh Hoa, Quỳnh Phụ (Thái Bình) được thắp sáng.", date="2013-05-01")
    (commune,) = mentions(doc, "Quỳnh Hoa")
    assert commune["key"] == "12481"
    assert ("Quỳnh Phụ", "Thái Bình") in part_of(doc)


def test_an_untyped_commune_the_gazetteer_lacks_is_kept_in_its_district():
    doc = run("Nhà văn hóa mới ở Kim Hải, Kim Sơn, Ninh Bình khánh thành.", date="2013-05-01")
    (commune,) = mentions(doc, "Kim Hải")
    assert commune["key"] is None and commune["level"] == "commune"
    assert ("Kim Hải", "Kim Sơn") in part_of(doc)


def test_a_name_list_that_is_no_commune_district_province_chain_is_left():
    # the second name is no district of the third: nothing is read as a commune
    doc = run("Đoàn công tác đã làm việc ở Nguyễn Văn An, Kim Sơn (Thái Bình) hôm qua.", date="2013-05-01")
    assert not mentions(doc, "Nguyễn Văn An")
