"""Units an undated article names as the ones a merger joined ("hợp nhất xã A, xã B và xã C",
"sáp nhập các xã A, B") are gone: they tell nothing of the map the article is written on, so
they do not vote for the map before the reform; the unit named as what it made ("thành xã D")
still votes.
"""

from __future__ import annotations

from extraction import read

MERGED = ("Chiều 12/8, Đảng bộ xã Lạc Dương họp Đại hội lần thứ I, nhiệm kỳ 2025 - 2030. Để có đơn vị "
          "này, tỉnh đã hợp nhất xã Đạ Sar, xã Đạ Nhim và xã Đạ Chais.")


def periods(doc) -> dict[str, str]:
    """name -> map (2008 before the reform, 2025 after) of each commune the text names."""
    return {m.attrs["name"]: m.attrs["unit"].period for m in doc.of("place") if m.attrs["level"] == "commune"}


def test_the_units_merged_away_leave_the_new_commune_on_the_new_map(pipeline):
    found = periods(read(pipeline, MERGED))
    assert found["Lạc Dương"] == "2025"
    assert found["Đạ Sar"] == found["Đạ Nhim"] == "2008"  # (known on the old map only)


def test_without_the_merger_the_old_communes_vote_for_the_old_map(pipeline):
    found = periods(read(pipeline, MERGED.replace("hợp nhất", "khen thưởng")))
    assert found["Lạc Dương"] == "2008"

