"""Communes of the article's district named without their type word, or missing from the
gazetteer.

"Một số Đảng bộ làm tốt … như: A, B và C" in an article about one district lists that
district's communes (each name the gazetteer knows must be one of them); a commune written
with its type word whose namesakes all lie in places the article never names, or which the
gazetteer does not know at all ("xã Hoàng Lĩnh", a family name first), is a commune of the
district the article is about (merged away before the gazetteer's data was taken).
"""

from __future__ import annotations

from extraction import organizations, read
from partykg.ontology.terms import PKG, RDFS


def place_parents(doc) -> dict[str, str | None]:
    """place label -> the label of the place it is part of (None when not stated)."""
    label = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    places = {f.s.value for f in doc.facts if f.o == PKG.Place}
    up = {f.s.value: label.get(f.o.value) for f in doc.facts if f.p == PKG.partOf}
    return {label[p]: up.get(p) for p in places}


def org_parents(doc) -> dict[str, str | None]:
    o = doc.context["organizations"]
    return {x.label: (x.parent.label if x.parent else None) for x in o.values() if x.surfaces}


LISTED = ("Huyện ủy Lâm Thao tổng kết công tác năm. Nhiều Đảng bộ có cách làm sáng tạo như: Tiên Kiên, "
          "Sơn Vi, Cao Mại và Đảng bộ Công an huyện.")


def test_bare_names_after_many_party_organizations_are_the_districts_communes(pipeline):
    doc = read(pipeline, LISTED)
    parents = place_parents(doc)
    assert parents["Tiên Kiên"] == parents["Sơn Vi"] == parents["Cao Mại"] == "Lâm Thao"
    found = org_parents(doc)
    for name in ("Tiên Kiên", "Sơn Vi", "Cao Mại"):
        assert found[f"Đảng bộ xã {name}"] == "Đảng bộ huyện Lâm Thao"


def test_a_list_naming_another_districts_commune_is_left_alone(pipeline):
    doc = read(pipeline, "Huyện ủy Lâm Thao tổng kết công tác năm. Nhiều Đảng bộ có cách làm sáng tạo như: "
                         "Tiên Kiên, Minh Phú, Sơn Vi.")
    assert "Tiên Kiên" not in place_parents(doc)
    assert not any(label.startswith("Đảng bộ xã") for label in organizations(doc))


def test_one_known_name_is_no_list_of_communes(pipeline):
    doc = read(pipeline, "Huyện ủy Lâm Thao tổng kết công tác năm. Nhiều đơn vị làm tốt như: Tiên Kiên, "
                         "Cao Mại, Hoàng Lĩnh.")
    assert {"Tiên Kiên", "Cao Mại", "Hoàng Lĩnh"}.isdisjoint(place_parents(doc))


def test_a_commune_whose_namesakes_lie_elsewhere_is_in_the_articles_district(pipeline):
    doc = read(pipeline, "Huyện ủy Lâm Thao kết nạp 150 đảng viên mới. Lễ kết nạp tại chi bộ thôn Gò Mít, "
                         "Đảng bộ xã Minh Phú diễn ra trang trọng.")
    parents = place_parents(doc)
    assert parents["Minh Phú"] == "Lâm Thao"
    assert parents["Gò Mít"] == "Minh Phú"
    found = org_parents(doc)
    assert found["Đảng bộ xã Minh Phú"] == "Đảng bộ huyện Lâm Thao"
    assert found["Chi bộ thôn Gò Mít"] == "Đảng bộ xã Minh Phú"  # the commune named after it


def test_a_two_word_commune_may_begin_with_a_family_name(pipeline):
    doc = read(pipeline, "Huyện ủy Lâm Thao chỉ đạo. Đảng ủy xã Hoàng Lĩnh tổ chức hội nghị.")
    assert place_parents(doc)["Hoàng Lĩnh"] == "Lâm Thao"


def test_a_person_after_a_commune_word_is_no_commune(pipeline):
    doc = read(pipeline, "Huyện ủy Lâm Thao chỉ đạo. Phó Chủ tịch UBND xã Lê Văn Hùng báo cáo.")
    assert not any(name.startswith("Lê") for name in place_parents(doc))
