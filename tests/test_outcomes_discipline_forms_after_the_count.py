"""The form of a discipline told after the count ("25 trường hợp bị cảnh cáo", "9 người bị cách
chức"), or straight after it in a list ("(3 trường hợp khai trừ, 1 trường hợp cảnh cáo)"), names
both the indicator and the form, whatever noun counts those disciplined (people, members or
cases)."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(text: str):
    doc = load_text("Đảng bộ huyện Hòa Lạc\n\n" + text + "\n", source="memory:hoa-lac-forms.txt")
    return [(o.figure.value, o.figure.indicator, o.figure.qualifier) for o in doc.context["outcomes"]]


def test_cases_warned_are_members_disciplined():
    got = figures("Năm 2023, cấp ủy các cấp thi hành kỷ luật 120 người, trong đó 80 người bị khiển trách, "
                  "25 trường hợp bị cảnh cáo, 9 người bị cách chức và khai trừ 6 người.")
    assert (25, "members_disciplined", "cảnh cáo") in got
    assert (9, "members_disciplined", "cách chức") in got
    assert (80, "members_disciplined", "khiển trách") in got


def test_the_form_alone_without_a_whole_before_it():
    got = figures("Trong năm, 4 trường hợp đã bị khiển trách vì vi phạm quy định về đảng phí.")
    assert got == [(4, "members_disciplined", "khiển trách")]


def test_forms_listed_straight_after_each_count():
    got = figures("Ủy ban Kiểm tra đã kỷ luật 64 đảng viên (2 trường hợp khai trừ, "
                  "5 trường hợp cảnh cáo, 57 trường hợp khiển trách).")
    assert (2, "members_disciplined", "khai trừ") in got
    assert (5, "members_disciplined", "cảnh cáo") in got
    assert (57, "members_disciplined", "khiển trách") in got


def test_a_case_followed_by_praise_is_no_discipline():
    got = figures("Năm nay có 7 trường hợp khen thưởng đột xuất.")
    assert all(ind != "members_disciplined" for _, ind, _ in got)


def test_cases_only_put_forward_or_looked_into_are_not_disciplined_yet():
    got = figures("Chi bộ thôn Yên Hà đề nghị Đảng ủy xã xem xét 2 trường hợp khai trừ. Ủy ban Kiểm tra "
                  "đang thẩm tra 3 trường hợp cảnh cáo do chi bộ gửi lên.")
    assert all(ind != "members_disciplined" for _, ind, _ in got)
