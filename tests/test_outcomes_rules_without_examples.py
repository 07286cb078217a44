"""Two reading rules no sample article uses yet, pinned with sentences written for them: a share
written right after "đảng viên có/đạt" and followed by a rating ("đảng viên đạt 82% hoàn thành tốt
nhiệm vụ") is the share of members so rated, and "nâng tổng số chi bộ … lên N chi bộ" is the
new count of party cells."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def _figures(text: str, source: str) -> dict:
    doc = load_text(text, source=source)
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_a_share_of_members_rated_after_dang_vien_co_or_dat():
    figs = _figures("Kết quả đánh giá năm 2023 của Đảng bộ xã Diễn Kim: đảng viên có 16% hoàn thành xuất sắc, "
                    "đảng viên đạt 87% hoàn thành tốt nhiệm vụ.\n", "memory:dien-kim-xep-loai.txt")
    assert figs[16].indicator == "members_rated_excellent"
    assert figs[87].indicator == "members_rated_good"
    assert figs[16].unit == figs[87].unit == "%"


def test_raising_the_total_of_cells_gives_the_count_of_cells():
    figs = _figures("Năm 2023, Đảng ủy xã Diễn Kim tách chi bộ xóm Đông làm hai, nâng tổng số chi bộ trực thuộc "
                    "lên 21 chi bộ.\n", "memory:dien-kim-chi-bo.txt")
    assert figs[21].indicator == "party_cells"
