"""An article on one district, whose title and lead name the province it lies in, calls the
district "huyện" ("toàn huyện", "mọi thôn trên địa bàn huyện"): the figures it leaves unnamed are
the district's, not the province's party body's."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

DISTRICT = ("Quảng Ngãi có thêm một huyện về đích nông thôn mới\n\n"
            "Bí thư Tỉnh ủy Quảng Ngãi đã trao bằng công nhận cho huyện Tư Nghĩa.\n\n"
            "Tám năm qua, từng thôn trên địa bàn huyện làm mới 215 km đường bê tông. "
            "Toàn huyện có 31 trường được công nhận chuẩn.\n\n"
            "Hộ nghèo chỉ còn 2,4%; mỗi người dân có thu nhập 45 triệu đồng/năm.\n")


def test_unnamed_figures_of_a_district_story_are_the_districts():
    subj = figure_subjects(load_text(DISTRICT, source="memory:tu-nghia.txt"))
    assert subj[215] == "Tư Nghĩa"
    assert subj[31] == "Tư Nghĩa"
    assert subj[2.4] == "Tư Nghĩa"
    assert subj[45] == "Tư Nghĩa"


def test_a_province_story_that_speaks_of_the_province_keeps_it():
    text = ("Quảng Ngãi giảm nghèo bền vững\n\n"
            "Tỉnh ủy Quảng Ngãi đã chỉ đạo huyện Tư Nghĩa làm điểm. Các xã của huyện đã làm mới 215 km đường. "
            "Toàn huyện có 31 trường học đạt chuẩn.\n\n"
            "Hộ nghèo toàn tỉnh chỉ còn 3,1%.\n")
    subj = figure_subjects(load_text(text, source="memory:quang-ngai.txt"))
    assert subj[3.1] != "Tư Nghĩa"


def test_figures_a_province_story_gives_before_the_district_stay_the_provinces():
    text = ("Sơn La siết chặt kỷ cương trong Đảng\n\n"
            "Tỉnh ủy Sơn La vừa họp rút kinh nghiệm công tác năm qua.\n\n"
            "Trong năm, có 87% chi bộ được xếp loại tốt; tỉnh kết nạp 1.430 đảng viên mới.\n\n"
            "Ở huyện Mai Sơn, toàn huyện dựng thêm 9 điểm sinh hoạt cộng đồng. "
            "Mỗi bản trong địa bàn huyện đều có tổ hòa giải.\n")
    subj = figure_subjects(load_text(text, source="memory:son-la.txt"))
    assert subj[87] != "Mai Sơn"
    assert subj[1430] != "Mai Sơn"
