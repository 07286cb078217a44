""""KT" is the short form of "kiểm tra" only when it stands alone: in "KT-XH" (kinh tế – xã
hội) or any other hyphenated pair it is another word, so bodies named after it with "với" are
not counted as inspected."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(text: str):
    doc = load_text("Đảng bộ huyện Hải Hậu\n\n" + text + "\n", source="memory:hai-hau-kt.txt")
    return {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}


def test_kt_xh_is_no_inspection():
    assert figures("Huyện ủy chỉ đạo phát triển KT-XH gắn với 12 chi bộ thôn điểm.")[12] != "inspections"
    assert figures("Ban Thường vụ bàn nhiệm vụ KT - XH cùng với 9 chi bộ nông thôn.")[9] != "inspections"


def test_gs_before_a_hyphen_is_no_supervision():
    assert figures("Hội thảo do GS-TS Trần Minh chủ trì cùng với 30 đảng viên trẻ.")[30] != "supervisions"


def test_a_lone_kt_still_counts_the_inspected():
    got = figures("Trong quý III, UBKT Đảng ủy đã KT đột xuất với 5 chi bộ và 8 đảng viên.")
    assert got[5] == "inspections"
    assert got[8] == "inspections"
