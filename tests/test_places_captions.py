"""A picture's caption printed twice inside an article (two identical lines, which the reader
leaves out of the running text) still says where the picture was taken: its places are read,
once, as a sentence of their own. A line written once stays what the reader made of it.
"""

from __future__ import annotations

from extraction import read
from test_places_district_lists import place_parents

LEDE = ("Huyện ủy Than Uyên tổng kết công tác xây dựng Đảng năm qua với nhiều kết quả nổi bật "
        "trên các lĩnh vực.")
CAPTION = "Chi bộ bản Nà Khá, xã Tà Mung họp bàn kế hoạch phát triển kinh tế của bản."
REST = ("Năm qua, các chi bộ trực thuộc đã kết nạp thêm nhiều đảng viên mới, chất lượng sinh hoạt "
        "chi bộ được nâng lên rõ rệt.\n\nThời gian tới, Huyện ủy tiếp tục chỉ đạo các cấp ủy thực hiện "
        "tốt nhiệm vụ chính trị của địa phương.")


def test_a_caption_printed_twice_names_its_commune_and_village(pipeline):
    doc = read(pipeline, f"Than Uyên tổng kết công tác Đảng\n\n{LEDE}\n\n{CAPTION}\n{CAPTION}\n\n{REST}\n")
    parents = place_parents(doc)
    assert parents["Tà Mung"] == "Than Uyên"
    assert parents["Nà Khá"] == "Tà Mung"
    # read once: one mention of the commune, in a sentence quoting the first copy
    found = [m for m in doc.of("place") if m.attrs["name"] == "Tà Mung"]
    assert len(found) == 1
    assert found[0].sentence.text == CAPTION
    assert doc.text[found[0].sentence.start:found[0].sentence.end] == CAPTION


def test_an_article_without_a_repeated_line_reads_no_caption(pipeline):
    doc = read(pipeline, f"Than Uyên tổng kết công tác Đảng\n\n{LEDE}\n\n{REST}\n")
    assert "Tà Mung" not in place_parents(doc)
