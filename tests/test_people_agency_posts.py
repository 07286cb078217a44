"""Posts in banks and state agencies: "Phó Giám đốc NHCSXH Nam Định" (a province the article
names, written without "tỉnh") and "Phó Tổng Giám đốc NHCSXH" (an acronym the article defined
after the bank's full name)."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text

ARTICLE = """Tín dụng chính sách ở tỉnh Nam Định

Năm qua, tỉnh Nam Định chuyển sang Ngân hàng Chính sách xã hội Việt Nam (NHCSXH) 40 tỷ đồng. Ông Vũ Văn An - Phó Giám đốc NHCSXH Nam Định cho biết nguồn vốn tăng. Bà Lê Thị Hoa, Phó Tổng Giám đốc NHCSXH đánh giá cao kết quả này.
"""


def test_agency_posts_find_their_branch_and_their_bank():
    doc = load_text(ARTICLE, source="memory:nam-dinh-nhcsxh.txt")
    labels = {f.s.value: f.o.value for f in doc.facts if f.p.value.endswith("#label")}
    posts = {(m.attrs["title"], labels.get(m.attrs["org_iri"].value)) for m in doc.of("post")}
    assert ("Phó Giám đốc", "NHCSXH tỉnh Nam Định") in posts
    assert ("Phó Tổng Giám đốc", "Ngân hàng Chính sách xã hội Việt Nam") in posts
