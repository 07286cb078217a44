"""A share joined to a count of households that "tỷ lệ hộ nghèo" introduced ("tỷ lệ hộ nghèo
theo chuẩn đa chiều có 3.120 hộ, chiếm tỷ lệ 18,6%") is the poverty rate; the same for near-poor
households is not."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def test_the_share_of_the_poor_households_is_the_poverty_rate():
    doc = load_text("Huyện Krông Nô giảm nghèo\n\nNăm 2023, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều của huyện "
                    "Krông Nô có 3.120 hộ, chiếm tỷ lệ 18,6%; tỷ lệ hộ cận nghèo có 2.050 hộ, chiếm tỷ lệ 12,2%.\n",
                    source="memory:krong-no.txt")
    got = {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}
    assert got[18.6] == "poverty_rate"
    assert got[12.2] == "other"
