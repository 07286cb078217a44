"""Lists of communes written after one type word, one list per district ("huyện A có 12 chi bộ
của 3 xã …; huyện B có 9 chi bộ của 2 xã …").

A commune of such a list the gazetteer does not know (merged away before its data was taken)
lies in the district of its own clause, not in the next clause's; a list goes on after such a
name, the first one too; and an item whose only namesake lies in a province the article never
names, amid items of a province it names, is such a commune as well. A name several districts
share is read first by the district of its own clause.
"""

from __future__ import annotations

from extraction import read
from partykg.loaders import gazetteer as gz
from test_places_district_lists import place_parents

TWO_CLAUSES = ("Ngày 6/6/2022, Ban Tổ chức Tỉnh ủy Nghệ An cho biết huyện Nghi Lộc có 12 chi bộ "
               "của 3 xã Nghi Quang, Khánh Đà Mới, Nghi Yên; huyện Diễn Châu có 9 chi bộ của 2 xã "
               "Ngọc Trạch Tây, Diễn Kim.")


def test_an_unknown_commune_lies_in_the_district_of_its_clause(pipeline):
    parents = place_parents(read(pipeline, TWO_CLAUSES))
    assert parents["Khánh Đà Mới"] == "Nghi Lộc"
    assert parents["Ngọc Trạch Tây"] == "Diễn Châu"
    assert parents["Diễn Kim"] == "Diễn Châu"


def test_a_list_goes_on_after_an_unknown_first_commune(pipeline):
    doc = read(pipeline, "Ngày 6/6/2022, tỉnh Nghệ An chọn huyện Quỳnh Lưu làm điểm với 3 xã Mỹ Khê Đông, "
                         "Quỳnh Bảng và Quỳnh Yên.")
    parents = place_parents(doc)
    assert parents["Mỹ Khê Đông"] == "Quỳnh Lưu"
    assert parents["Quỳnh Bảng"] == "Quỳnh Lưu"
    assert parents["Quỳnh Yên"] == "Quỳnh Lưu"


def test_a_far_namesake_amid_a_list_of_one_province_is_no_answer(pipeline):
    doc = read(pipeline, "Ngày 6/6/2022, tỉnh Nghệ An chọn huyện Quỳnh Lưu làm điểm với 3 xã Quỳnh Bảng, "
                         "Quỳnh Minh và Quỳnh Yên.")
    parents = place_parents(doc)
    assert parents["Quỳnh Minh"] == "Quỳnh Lưu"
    assert "Quỳnh Phụ" not in parents


def test_a_list_of_communes_of_two_provinces_keeps_both(pipeline):
    doc = read(pipeline, "Ngày 6/6/2022, đoàn công tác thăm 2 xã Quỳnh Bảng và Quỳnh Minh, tỉnh Thái Bình "
                         "và tỉnh Nghệ An.")
    assert place_parents(doc)["Quỳnh Minh"] == "Quỳnh Phụ"


def test_a_commune_name_of_two_districts_takes_the_district_of_its_clause(pipeline):
    doc = read(pipeline, "Ngày 6/6/2022, huyện Đô Lương chọn 2 xã Nam Sơn, Bắc Sơn làm điểm; huyện Quỳ Hợp "
                         "chọn 3 xã Châu Tiến, Tam Hợp, Nam Sơn.")
    g = gz.gazetteer()
    communes = [(m.attrs["name"], g.parent(m.attrs["unit"]).name) for m in sorted(doc.of("place"), key=lambda m: m.start)
                if m.attrs["level"] == "commune"]
    assert communes == [("Nam Sơn", "Đô Lương"), ("Bắc Sơn", "Đô Lương"),
                        ("Châu Tiến", "Quỳ Hợp"), ("Tam Hợp", "Quỳ Hợp"), ("Nam Sơn", "Quỳ Hợp")]
