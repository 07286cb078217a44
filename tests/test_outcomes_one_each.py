""""Mỗi X … 1 Y" opening a sentence is one for each, the rule of a campaign ("Mỗi chi bộ giúp
đỡ 1 hộ nghèo"), not a count; other counts of one, and "mỗi năm, …", are still figures."""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures


def values(text: str) -> list:
    return [f.value for f in find_figures(text)]


def test_one_for_each_is_no_figure():
    assert values("Mỗi chi bộ giúp đỡ 1 hộ nghèo.") == []
    assert values("Mỗi đảng viên nhận giúp 1 hộ; cả xã có 12 hộ được giúp.") == [12]


def test_other_counts_of_one_stay():
    assert values("Chi bộ đã giúp 1 hộ thoát nghèo.") == [1]
    assert values("Mỗi năm, chi bộ kết nạp 1 đảng viên mới.") == [1]
