"""Organizations: management boards named by what they manage.

"Ban quản lý" + its object in lower case + its own name ("Ban quản lý rừng phòng hộ Nậm Na"),
or + its object and a unit ("Ban quản lý dự án đầu tư xây dựng huyện") is a public body; a
board with neither name nor place ("ban quản lý chợ đã họp") is any board, and a person's name
written after the board's is no part of it. "chi bộ cơ sở" + a board is that board's cell.
Every sentence is written for these tests.
"""

from __future__ import annotations

from extraction import orgs


DISTRICT = "Huyện ủy Mường Tè họp xét thi đua cuối năm. "


def test_a_board_with_its_object_and_name(pipeline):
    found = orgs(DISTRICT + "Đạt loại tốt có Ban quản lý rừng phòng hộ Nậm Na; Ban quản lý Khu bảo tồn Pù Lai Leng.", pipeline)
    forest = found["Ban quản lý rừng phòng hộ Nậm Na"]
    assert forest.kind == "other" and forest.cls == "PublicBody"
    assert "Ban quản lý Khu bảo tồn Pù Lai Leng" in found


def test_a_board_with_its_object_and_a_unit(pipeline):
    found = orgs(DISTRICT + "Ban quản lý dự án đầu tư xây dựng huyện khởi công hai công trình.", pipeline)
    board = found["Ban quản lý dự án đầu tư xây dựng huyện Mường Tè"]
    assert board.place is not None and board.place.name == "Mường Tè"


def test_a_board_with_no_name_or_place_is_no_body(pipeline):
    found = orgs(DISTRICT + "Ban quản lý chợ đã họp bàn việc thu phí. Ban quản lý thôn Nà Khuyết ra mắt.", pipeline)
    assert not [label for label in found if label.lower().startswith("ban quản lý")]


def test_a_person_after_the_board_is_cut_off(pipeline):
    found = orgs(DISTRICT + "Trưởng Ban quản lý chợ Pa Tần Nguyễn Thị Hoa phát biểu.", pipeline)
    assert "Ban quản lý chợ Pa Tần" in found


def test_the_cell_of_a_board(pipeline):
    found = orgs(DISTRICT + "Năm nay chi bộ cơ sở Ban Quản lý bến xe Nậm Hàng có 9 đảng viên.", pipeline)
    assert found["Chi bộ Ban Quản lý bến xe Nậm Hàng"].kind == "party_cell"
