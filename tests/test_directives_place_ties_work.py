"""A place that ties its work to carrying a directive out carries the directive out.

"Huyện Y gắn sinh hoạt chi bộ với thực hiện <X>" (or "gắn kết … với việc thực hiện <X>") heading an
article about Y's party organization says that organization carries <X> out, even behind a
bullet; a place that does not tie them ("không gắn …") does not.
"""

from __future__ import annotations

from extraction import carried_out

BODY = ("\nĐảng bộ huyện Nậm Pồ có 41 tổ chức cơ sở đảng. Đảng bộ huyện Nậm Pồ có 2.900 đảng viên. "
        "Huyện ủy Nậm Pồ chỉ đạo các chi bộ sinh hoạt đúng kỳ.")


def test_a_place_tying_its_cells_meetings_to_a_resolution(pipeline):
    got = carried_out(pipeline, "• Huyện Nậm Pồ gắn sinh hoạt chi bộ với thực hiện Nghị quyết Trung ương 4" + BODY)
    assert ("Đảng bộ huyện Nậm Pồ", "Nghị quyết Trung ương 4") in got


def test_tied_with_gan_ket_and_viec(pipeline):
    got = carried_out(pipeline, "Huyện Nậm Pồ gắn kết việc học tập với việc thực hiện Chỉ thị 05-CT/TW" + BODY)
    assert ("Đảng bộ huyện Nậm Pồ", "Chỉ thị số 05-CT/TW") in got


def test_a_place_not_tying_them_does_not(pipeline):
    got = carried_out(pipeline, "Huyện Nậm Pồ không gắn sinh hoạt chi bộ với thực hiện Nghị quyết Trung ương 4" + BODY)
    assert not any(d.startswith("Nghị quyết Trung ương 4") for o, d in got)
