"""A newspaper's tag opening its lead ("(ABC) Thực hiện <X>, <org> đã …") is no part of the fronted clause.

The body after the fronted clause carries X out as it would with no tag; a longer aside in brackets
before the clause (a caption) is no tag, and leaves the sentence unread as before.
"""

from __future__ import annotations

from extraction import carried_out


def test_a_source_tag_before_a_fronted_clause_leaves_the_body_after_it_the_doer(pipeline):
    got = carried_out(pipeline, "(LĐO) Thực hiện Chỉ thị số 12-CT/HU ngày 3/2/2023, Đảng ủy xã Nậm Xe đã tổ chức "
                                "đại hội các chi bộ trực thuộc.")
    assert got == {("Đảng bộ xã Nậm Xe", "Chỉ thị số 12-CT/HU")}


def test_a_caption_in_brackets_is_no_source_tag(pipeline):
    got = carried_out(pipeline, "(Ảnh: Lò Văn Sáng chụp năm 2020) Thực hiện Chỉ thị số 12-CT/HU ngày 3/2/2023, "
                                "Đảng ủy xã Nậm Xe đã tổ chức đại hội các chi bộ trực thuộc.")
    assert got == set()
