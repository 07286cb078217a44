"""A page's masthead in capitals names the paper or broadcaster that publishes the article.

"ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NINH" over the headline is the province's broadcaster, the
same body as the words written in running text; a line in capitals naming no province's paper
is left alone.
"""

from __future__ import annotations

from extraction import organizations, read

STORY = "\n\nHuyện ủy Tiên Yên tổng kết công tác xây dựng Đảng\n\nSáng 5/1, Huyện ủy Tiên Yên tổ chức hội nghị tổng kết."


def test_a_broadcasters_masthead(pipeline):
    found = organizations(read(pipeline, "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NINH" + STORY))
    assert "Đài Phát thanh và Truyền hình Quảng Ninh" in found
    same = organizations(read(pipeline, "Đài Phát thanh và Truyền hình Quảng Ninh đưa tin." + STORY))
    assert found["Đài Phát thanh và Truyền hình Quảng Ninh"] == same["Đài Phát thanh và Truyền hình Quảng Ninh"]


def test_a_papers_masthead(pipeline):
    assert "Báo Quảng Ninh" in organizations(read(pipeline, "BÁO QUẢNG NINH" + STORY))


def test_a_line_in_capitals_naming_no_province(pipeline):
    found = organizations(read(pipeline, "BÁO CÁO TỔNG KẾT" + STORY))
    assert not any(label.startswith("Báo") for label in found)
