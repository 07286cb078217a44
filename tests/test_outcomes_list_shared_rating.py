"""A list of party bodies counted one after another and rated once after its last item ("…, … và
… đều hoàn thành tốt …", "… được xếp loại …") rates every party body of
the list, not only the last; collectives that are no party bodies stay figures of their own."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Huyện Mường Lai tổng kết công tác đảng

Năm 2024, 27 TCCSĐ thuộc Huyện ủy Mường Lai, 40 tập thể lãnh đạo và 117 chi bộ của huyện đều hoàn thành tốt mọi việc được giao.
Trong số đó, 6/27 TCCSĐ, 9/40 tập thể lãnh đạo và 25/117 chi bộ được xếp loại là hoàn thành xuất sắc năm 2024.
"""


@pytest.fixture(scope="module")
def figs():
    doc = load_text(ARTICLE, source="memory:muong-lai-ratings.txt")
    return [o.figure for o in doc.context["outcomes"]]


def indicators(figs, value):
    return {f.indicator for f in figs if f.value == value}


def test_every_party_body_of_the_list_is_rated_good(figs):
    assert "orgs_rated_good" in indicators(figs, 27)
    assert "orgs_rated_good" in indicators(figs, 117)


def test_a_rating_after_a_list_of_fractions_rates_each_part(figs):
    assert indicators(figs, 6) == {"orgs_rated_excellent"}
    assert indicators(figs, 25) == {"orgs_rated_excellent"}


def test_collectives_are_no_rated_party_bodies(figs):
    assert "orgs_rated_good" not in indicators(figs, 40)
    assert "orgs_rated_excellent" not in indicators(figs, 9)



def test_a_shared_clause_that_is_no_rating_leaves_the_counts_as_they_are():
    doc = load_text("Đảng bộ huyện Krông Na\n\nNăm 2024, Đảng bộ huyện Krông Na có 5 đảng bộ cơ sở, 41 chi bộ trực thuộc "
                    "đều được quán triệt nghị quyết mới.\n", source="memory:krong-na.txt")
    got = {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}
    assert got[5] == "subordinate_party_orgs"  # the first item is not given the list's clause
