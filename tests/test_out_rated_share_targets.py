"""A percentage joined to a count of rated bodies is their share, unless a target stands
between them: "…, vượt chỉ tiêu Nghị quyết, đạt 115%" measures the count against the target.
Every sentence is written for these tests."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def indicators(text: str) -> dict:
    doc = load_text(text, source="memory:rated-share.txt")
    return {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}


def test_the_share_of_the_rated_bodies():
    found = indicators("Năm 2022, Đảng bộ xã Quảng Hợp có 16 chi bộ hoàn thành tốt nhiệm vụ, đạt 80%.")
    assert found[80] == "orgs_rated_good"


def test_a_share_of_the_target_is_no_share_of_the_bodies():
    found = indicators("Năm 2022, Đảng bộ xã Quảng Hợp có 16 chi bộ hoàn thành tốt nhiệm vụ, vượt chỉ tiêu "
                       "nghị quyết đề ra, đạt 120%.")
    assert found[16] == "orgs_rated_good"
    assert found[120] != "orgs_rated_good"
