"""A body's canonical label is the form the party press writes most ("HĐND tỉnh X", "Ủy ban Mặt
trận Tổ quốc tỉnh X"); a document that never writes it but spells the same name otherwise
("Hội đồng nhân dân tỉnh X", "Ủy ban MTTQ tỉnh X") is cited under its own spelling. The body keeps
one IRI and one label; the extractor states the written name as pkg:writtenAs beside the
document's mention, and the queries that print an organization print it for that document.
An executive committee's name ("Huyện ủy X" for "Đảng bộ huyện X") is no other spelling.
"""

from __future__ import annotations

import csv
import io

from extraction import read
from partykg.ontology.terms import PKG


def written(doc) -> set[str]:
    return {f.o.value for f in doc.facts if f.p == PKG.writtenAs}


def rows(cli, tmp_path, query: str, texts: dict[str, str]) -> list[dict]:
    """Ingest the texts into a store of their own, then run the query."""
    n = len(list(tmp_path.glob("docs*")))
    docs, store = tmp_path / f"docs{n}", tmp_path / f"store{n}"
    docs.mkdir()
    for name, text in texts.items():
        (docs / name).write_text(text, encoding="utf-8")
    cli("ingest", "--store", store, docs, check=True)
    out = cli("query", "--store", store, "--format", "csv", query, check=True).stdout
    return list(csv.DictReader(io.StringIO(out)))


def test_a_council_spelt_out_is_written_so(pipeline):
    doc = read(pipeline, "Ngày 2/3/2023, Hội đồng nhân dân tỉnh Ninh Bình họp phiên bất thường "
                         "để kiện toàn nhân sự.")
    assert written(doc) == {"Hội đồng nhân dân tỉnh Ninh Bình"}


def test_the_front_under_its_abbreviation_is_written_so(pipeline):
    doc = read(pipeline, "Ngày 2/3/2023, Ủy ban MTTQ tỉnh Ninh Bình trao quà cho các hộ nghèo "
                         "ở xã Gia Lâm.")
    assert written(doc) == {"Ủy ban MTTQ tỉnh Ninh Bình"}


def test_a_document_that_writes_the_label_too_keeps_the_label(pipeline):
    doc = read(pipeline, "Ngày 2/3/2023, Hội đồng nhân dân tỉnh Ninh Bình họp phiên bất thường. "
                         "HĐND tỉnh Ninh Bình bầu bổ sung hai ủy viên.")
    assert written(doc) == set()


def test_an_executive_committees_name_is_no_other_spelling(pipeline):
    doc = read(pipeline, "Ngày 2/3/2023, Huyện ủy Yên Mô tổ chức hội nghị sơ kết công tác "
                         "xây dựng Đảng.")
    assert written(doc) == set()


def test_a_short_reference_is_not_the_bodys_name(pipeline):
    doc = read(pipeline, "Ngày 2/3/2023, Đảng ủy xã Gia Lâm, huyện Nho Quan họp với Ủy ban nhân "
                         "dân xã. Ủy ban nhân dân xã báo cáo tiến độ.")
    assert written(doc) == {"Ủy ban nhân dân xã Gia Lâm"}


def test_each_document_is_cited_under_its_own_spelling_and_one_iri(cli, tmp_path):
    texts = {
        "a.txt": "Ngày 2/3/2023, Hội đồng nhân dân tỉnh Ninh Bình họp phiên bất thường. "
                 "Đồng chí Mai Văn Tường, Chủ tịch Hội đồng nhân dân tỉnh Ninh Bình phát biểu.",
        "b.txt": "Ngày 9/3/2023, HĐND tỉnh Ninh Bình giám sát việc thu hồi đất ở huyện Kim Sơn.",
    }
    orgs = rows(cli, tmp_path, "organizations", texts)
    council = {(r["document"].rsplit("/", 1)[-1], r["organization"]): r["organization_iri"]
               for r in orgs if r["kind"] == "people_council"}
    assert set(council) == {("a.txt", "Hội đồng nhân dân tỉnh Ninh Bình"), ("b.txt", "HĐND tỉnh Ninh Bình")}
    assert len(set(council.values())) == 1
    posts = rows(cli, tmp_path, "people-posts", texts)
    assert [(r["post"], r["organization"]) for r in posts if r["person"] == "Mai Văn Tường"] == [
        ("Chủ tịch", "Hội đồng nhân dân tỉnh Ninh Bình")]
    assert all(r["post"] == "" and r["organization"] == "" for r in posts if r["person"] != "Mai Văn Tường")


def test_a_city_written_only_by_its_abbreviation_names_its_bodies_so(pipeline):
    doc = read(pipeline, "Ngày 6/8/2025, Đảng ủy phường Tân Định, TPHCM tổ chức đại hội. Đồng chí Lý Văn "
                         "Bền, Ủy viên Ban Thường vụ Thành ủy TPHCM dự đại hội.")
    assert "Ban Thường vụ Thành ủy TPHCM" in written(doc)


def test_a_city_also_written_in_full_keeps_the_label(pipeline):
    doc = read(pipeline, "Ngày 6/8/2025, Đảng ủy phường Tân Định, TPHCM tổ chức đại hội. Đồng chí Lý Văn "
                         "Bền, Ủy viên Ban Thường vụ Thành ủy TP. Hồ Chí Minh dự đại hội.")
    assert not any("TPHCM" in w for w in written(doc))


def test_a_short_form_is_completed_with_the_bodys_place(pipeline):
    doc = read(pipeline, "Ngày 2/3/2023, tỉnh Lạng Sơn phát động phong trào thi đua. Đại diện Ủy ban "
                         "MTTQ tỉnh trao quà cho các hộ nghèo ở xã Yên Trạch.")
    assert "Ủy ban MTTQ tỉnh Lạng Sơn" in written(doc)


def test_a_short_form_completed_into_the_label_keeps_the_label(pipeline):
    doc = read(pipeline, "Ngày 6/8/2025, Thành ủy TP. Hồ Chí Minh họp. Ông Đào Văn Lực, Phó trưởng "
                         "Ban Tổ chức Thành ủy báo cáo việc sắp xếp bộ máy.")
    assert written(doc) == set()


def test_a_departments_fields_joined_by_a_dash_are_written_so(pipeline):
    doc = read(pipeline, "Chiều 4/5/2022, ông Hà Quang Vinh, Giám đốc Sở Giáo dục - Đào tạo tỉnh Yên Bái, "
                         "trao giấy khen cho mười hai giáo viên.")
    assert "Sở Giáo dục - Đào tạo tỉnh Yên Bái" in written(doc)


def test_a_city_abbreviated_with_a_dot_is_written_so_and_not_doubled(pipeline):
    doc = read(pipeline, "Ngày 6/8/2025, Ban Thường vụ Thành ủy TP.HCM họp bàn việc sắp xếp bộ máy.")
    assert written(doc) == {"Ban Thường vụ Thành ủy TP.HCM", "Thành ủy TP.HCM"}


def test_the_implementations_query_names_the_doer_as_written(cli, tmp_path):
    implementations = rows(cli, tmp_path, "implementations", {
        "a.txt": "Năm 2022, Ủy ban nhân dân xã Gia Lâm, huyện Nho Quan ban hành kế hoạch thực hiện "
                 "Chỉ thị 05-CT/TW năm 2016.",
    })
    assert {(r["organization"], r["directive"]) for r in implementations} == {
        ("Ủy ban nhân dân xã Gia Lâm", "Chỉ thị số 05-CT/TW")}
