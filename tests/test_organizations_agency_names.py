"""An agency's full name runs on past an acronym in parentheses and a "… nhân dân" force name:
"Đảng ủy Tổng cục Hậu cần (HC) Quân đội nhân dân" is the party body of the whole named agency,
not of "Tổng cục Hậu cần" cut short."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def _names(text: str) -> set[str]:
    doc = load_text(text, source="memory:agency.txt")
    return {m.attrs.get("name") for m in doc.of("organization")}


def test_a_name_runs_on_past_an_inline_acronym_and_a_force_name():
    names = _names("Hội nghị sơ kết\n\nNgày 2/6, Đảng ủy Tổng cục Hậu cần (HC) Quân đội nhân dân (QĐND) "
                   "đã tổ chức hội nghị sơ kết công tác xây dựng Đảng.\n")
    assert "Đảng bộ Tổng cục Hậu cần Quân đội nhân dân" in names
    assert "Đảng bộ Tổng cục Hậu cần" not in names


ARTICLE = """Sơ kết nghị quyết ở Tổng cục Hậu cần

Ngày 2/6, Đảng ủy Tổng cục Hậu cần Kỹ thuật (HCKT) tổ chức hội nghị sơ kết. Đồng chí Lê Văn Tâm, Phó Bí thư Đảng ủy, Phó Tổng cục trưởng Tổng cục HCKT chủ trì hội nghị.
"""


def test_an_acronym_spelled_out_in_the_article_gives_the_agency_its_full_name():
    doc = load_text(ARTICLE, source="memory:hckt.txt")
    names = {m.text: m.attrs.get("name") for m in doc.of("organization")}
    assert names["Tổng cục HCKT"] == "Tổng cục Hậu cần Kỹ thuật"


def test_a_bare_dang_uy_is_the_one_agency_party_body_of_the_article():
    doc = load_text(ARTICLE, source="memory:hckt.txt")
    names = {m.text: m.attrs.get("name") for m in doc.of("organization")}
    assert names["Đảng ủy"] == "Đảng bộ Tổng cục Hậu cần Kỹ thuật"
    posts = {(m.attrs["title"], m.attrs["org_iri"].value) for m in doc.of("post")}
    assert len(posts) == 2  # "Phó Bí thư Đảng ủy" and "Phó Tổng cục trưởng Tổng cục HCKT", both his


def test_an_acronym_of_only_part_of_a_name_does_not_name_the_whole_body():
    doc = load_text("Hội nghị\n\nĐảng ủy Tổng cục Hậu cần Quân đội nhân dân (QĐND) họp. Báo QĐND đưa tin.\n",
                    source="memory:qdnd.txt")
    assert not [m for m in doc.of("organization") if m.text == "QĐND"]


def test_an_acronym_of_a_party_bodys_agency_names_the_body():
    doc = load_text("Hội nghị\n\nĐảng ủy Công an Trung ương (CATW) họp phiên thường kỳ. "
                    "Thường vụ Đảng ủy CATW cho ý kiến. Các đơn vị báo cáo CATW.\n", source="memory:catw.txt")
    later = [m for m in doc.of("organization") if m.text == "CATW"]
    assert later and all(m.attrs["name"] == "Đảng ủy Công an Trung ương" for m in later)
