"""Outcomes: figures of a territory. A count of communes (or villages) is the district's (or the
commune's), and so are the figures of the communes it counts; a sentence closing on "… của
huyện." turns the text to the district; "được tỉnh chọn" gives the count to the province; a
range may open with a number in words ("từ chín đến 13"); "một" heading a list of counts is one;
a run of years counts only when a rating is held for it; a distance placing a village is no figure;
cells counted belong to a commune or more, never to the village the text is on."""

from __future__ import annotations

import pytest

from partykg.loaders.outcomes import find_figures, read_context
from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

ARTICLE = """Xã Minh Tân đổi mới nhờ làm theo nghị quyết

Đảng bộ xã Minh Tân, huyện Hưng Hà (Thái Bình) có 412 đảng viên.
Xã nằm cách thị trấn huyện khoảng 6 km, nhân dân chủ yếu trồng lúa.
Năm 2012, xã là một trong 40 đơn vị được tỉnh chọn làm điểm xây dựng nông thôn mới.
Đảng bộ xã 11 năm liền đạt danh hiệu trong sạch, vững mạnh.
Các cấp ủy trong huyện Hưng Hà đã sửa đổi lề lối làm việc.
Việc này thúc đẩy sự phát triển kinh tế - xã hội của huyện.
Hiện nay, tỷ trọng dịch vụ, thương mại chiếm 41%; nông nghiệp chiếm 27%.
Phong trào nông thôn mới lan rộng, có một xã đạt 17/19 tiêu chí, sáu xã đạt từ chín đến 13 tiêu chí, 19 xã còn lại đã quy hoạch xong đồng ruộng.
"""


@pytest.fixture(scope="module")
def subjects():
    doc = load_text(ARTICLE, source="memory:minh-tan.txt")
    return figure_subjects(doc, lambda f: (f.value, f.unit, f.bound))


def read(sentence: str):
    figs = find_figures(sentence)
    read_context(sentence, figs)
    return figs


def test_communes_counted_are_the_districts_and_so_are_their_figures(subjects):
    for key in [(1, "xã", None), (17, "tiêu chí", None), (6, "xã", None), (9, "tiêu chí", "lower"),
                (13, "tiêu chí", "upper"), (19, "xã", None)]:
        assert subjects[key] == "Hưng Hà", key


def test_a_sentence_closing_on_the_whole_district_turns_the_next_paragraph_to_it(subjects):
    assert subjects[(41, "%", None)] == "Hưng Hà"
    assert subjects[(27, "%", None)] == "Hưng Hà"
    # while the commune's own figures stay the commune's
    assert subjects[(412, "đảng viên", None)] == "Đảng bộ xã Minh Tân"
    assert subjects[(11, "năm liền", None)] == "Đảng bộ xã Minh Tân"


def test_units_chosen_by_the_province_are_counted_for_the_province(subjects):
    assert subjects[(40, "đơn vị", None)] == "Thái Bình"


def test_a_share_of_a_listed_sector_keeps_the_whole_measure():
    fig = read("Hiện nay, tỷ trọng công nghiệp, xây dựng chiếm hơn 60%.")[0]
    assert fig.qualifier == "tỷ trọng công nghiệp, xây dựng"


def test_a_range_may_open_with_a_number_in_words():
    figs = [(f.value, f.unit, f.bound) for f in read("Có bốn xã đạt từ bảy đến 11 tiêu chí.")]
    assert figs == [(4, "xã", None), (7, "tiêu chí", "lower"), (11, "tiêu chí", "upper")]


def test_one_heading_a_list_of_counts_is_a_count():
    values = [(f.value, f.unit) for f in read("Huyện có một xã đạt 18/19 tiêu chí, ba xã đạt 15 tiêu chí.")]
    assert (1, "xã") in values and (3, "xã") in values
    # but "một" as an article is not
    assert [f.value for f in read("Có một xã được khen thưởng vì làm tốt.")] == []


def test_a_run_of_years_counts_only_when_a_rating_is_held_for_it():
    assert [f.value for f in read("Chi bộ 7 năm liền hoàn thành tốt nhiệm vụ.")] == [7]
    assert [f.value for f in read("Thành phố đã có 12 năm liên tục thực hiện phong trào này.")] == []


def test_a_distance_placing_a_village_is_no_figure():
    assert read("Bản nằm cách trung tâm xã khoảng 15 km về phía tây.") == []
    assert read("Thôn cách xa huyện lỵ hơn ba, bốn km.") == []
    assert [f.value for f in read("Nhân dân đã làm được 4 km đường bê-tông.")] == [4]


def test_cells_counted_are_not_a_villages_even_while_the_text_is_on_one():
    text = """Đảng bộ xã Mường Kim làm tốt công tác xây dựng Đảng

Đảng bộ xã Mường Kim, huyện Than Uyên hiện có 312 đảng viên.
Chúng tôi đến bản Nà Khương, nơi nhân dân bản Nà Khương đã hiến đất làm đường.
Năm 2023, có 95% chi bộ hoàn thành tốt nhiệm vụ.
"""
    subjects = figure_subjects(load_text(text, source="memory:muong-kim-chi-bo.txt"))
    assert subjects[95] in ("Mường Kim", "Đảng bộ xã Mường Kim")
