"""The youth union's full name written with no place ("Đoàn Thanh niên Cộng sản Hồ Chí Minh",
"Đoàn TNCS Hồ Chí Minh") is the national union; with a place it is that place's union, one body
with "Đoàn Thanh niên" of the same place.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_the_full_name_with_no_place_is_the_national_union(pipeline):
    got = orgs("Chi bộ chỉ đạo các đoàn thể, nhất là Đoàn Thanh niên Cộng sản Hồ Chí Minh, bồi dưỡng quần chúng ưu tú.",
               pipeline)
    assert got["Đoàn Thanh niên Cộng sản Hồ Chí Minh"].level == "central"


def test_the_full_name_with_a_place_is_that_places_union(pipeline):
    got = orgs("Đoàn TNCS Hồ Chí Minh xã Mường Cơi và Đoàn Thanh niên xã Mường Cơi là một.", pipeline)
    assert [o for o in got if o.endswith("xã Mường Cơi")] == ["Đoàn Thanh niên xã Mường Cơi"]
