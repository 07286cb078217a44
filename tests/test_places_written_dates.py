"""An article without a publication date that writes a day after the reform of 1 July 2025
("Ngày 12/9/2025, …") was written after it: its communes are those of the new map, which have
no district. A deadline ("đến ngày 31/12/2025") says nothing of when the article was written.
"""

from __future__ import annotations

from extraction import read
from test_places_district_lists import place_parents


def test_a_day_after_the_reform_reads_the_new_map(pipeline):
    doc = read(pipeline, "Ngày 12/9/2025, Đảng ủy xã Pắc Ngà tổ chức hội nghị sơ kết công tác quý III.")
    assert place_parents(doc)["Pắc Ngà"] == "Sơn La"


def test_a_day_written_in_words_after_the_reform_reads_the_new_map(pipeline):
    doc = read(pipeline, "Sáng ngày 5 tháng 8 năm 2025, Chi bộ cơ quan xã Chiềng Khoong họp mở rộng.")
    assert place_parents(doc)["Chiềng Khoong"] == "Sơn La"


def test_a_day_before_the_reform_keeps_the_old_map(pipeline):
    doc = read(pipeline, "Ngày 12/9/2022, Đảng ủy xã Pắc Ngà tổ chức hội nghị sơ kết công tác quý III.")
    assert place_parents(doc)["Pắc Ngà"] == "Bắc Yên"


def test_a_deadline_after_the_reform_keeps_the_old_map(pipeline):
    doc = read(pipeline, "Đảng ủy xã Pắc Ngà phấn đấu đến ngày 31/12/2025 hoàn thành kế hoạch đề ra.")
    assert place_parents(doc)["Pắc Ngà"] == "Bắc Yên"


def test_a_start_announced_after_the_reform_keeps_the_old_map(pipeline):
    doc = read(pipeline, "Đảng ủy xã Pắc Ngà chuẩn bị các điều kiện để bộ máy mới vận hành từ ngày 01/7/2025.")
    assert place_parents(doc)["Pắc Ngà"] == "Bắc Yên"


def test_a_planned_day_after_the_reform_keeps_the_old_map(pipeline):
    doc = read(pipeline, "Đảng ủy xã Pắc Ngà chuẩn bị tổ chức đại hội, dự kiến diễn ra vào ngày 20/8/2025.")
    assert place_parents(doc)["Pắc Ngà"] == "Bắc Yên"


def test_a_day_inside_a_sentence_says_nothing_of_the_writing(pipeline):
    doc = read(pipeline, "Đại hội Đảng bộ xã Pắc Ngà sẽ diễn ra ngày 20/8/2025 tại hội trường xã.")
    assert place_parents(doc)["Pắc Ngà"] == "Bắc Yên"


def test_an_opening_day_of_what_will_be_done_keeps_the_old_map(pipeline):
    doc = read(pipeline, "Ngày 20/8/2025, Đảng ủy xã Pắc Ngà sẽ khai mạc đại hội.")
    assert place_parents(doc)["Pắc Ngà"] == "Bắc Yên"
