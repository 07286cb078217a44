""""phòng" is counted as a department only (a department's name after it, "phòng thuộc UBND",
"phòng, ban", or a sentence about the departments); rooms ("phòng trọ", "phòng ở") are no
figure, and classrooms ("phòng học") stay the works they were."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(text: str):
    doc = load_text("Đảng bộ huyện Hải Hậu\n\n" + text + "\n", source="memory:hai-hau-rooms.txt")
    return {o.figure.value: o.figure.unit for o in doc.context["outcomes"]}


def test_rooms_are_no_figure():
    assert 20 not in figures("Huyện xây 20 phòng trọ cho công nhân.")
    assert 6 not in figures("Năm 2024, xã sửa 6 phòng ở cho giáo viên.")


def test_departments_are_counted():
    got = figures("Sau sáp nhập, huyện có 9 phòng chuyên môn và 3 phòng Tư pháp, Nội vụ, Y tế.")
    assert got[9] == "phòng chuyên môn"
    assert got[3] == "phòng"
    got = figures("Huyện sắp xếp 12 phòng thuộc UBND huyện còn 10 phòng.")
    assert got[12] == "phòng"
    assert got[10] == "phòng"


def test_classrooms_are_still_counted():
    assert figures("Năm 2024, trường xây thêm 8 phòng học.")[8] == "phòng học"
