"""How many live in a place, as the reports write it: "1.240 hộ/5.310 nhân khẩu" is two counts,
the households and the people, a slash between them; "dân số 31.500 người" is a count of people,
"số" there being no number's label as in "số 12"."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(text: str) -> dict:
    doc = load_text("Xã Tân Hòa\n\n" + text + "\n", source="memory:households-population.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_households_and_people_split_by_a_slash():
    got = figures("Toàn xã Tân Hòa có 7 thôn, 1.240 hộ/5.310 nhân khẩu, phần lớn là đồng bào Mường.")
    assert got[1240].unit == "hộ"
    assert got[1240].qualifier and not got[1240].qualifier.endswith("/")
    assert got[5310].unit == "người"


def test_a_population_is_a_count():
    got = figures("Xã Tân Hòa có diện tích 62,4 km2, dân số 31.500 người.")
    assert 31500 in got


def test_a_numbered_label_is_still_no_count():
    got = figures("Đảng ủy xã Tân Hòa ban hành Nghị quyết số 12 về phát triển kinh tế, giao cho 4 chi bộ thực hiện.")
    assert 12 not in got


def test_a_fraction_is_still_one_share():
    got = figures("Đến nay, 45/52 hộ của thôn đã có nhà kiên cố.")
    assert 52 not in got or got[45].denominator == 52


def test_an_amount_for_each_household_is_no_count_of_households():
    got = figures("Xã hỗ trợ 35 hộ nghèo bò giống, trị giá 12 triệu đồng/1 hộ.")
    assert 35 in got and 12 in got
    assert 1 not in got
