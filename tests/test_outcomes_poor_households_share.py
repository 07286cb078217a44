"""A share joined to a count of households that "tỷ lệ hộ nghèo" introduced ("tỷ lệ hộ nghèo
đa chiều toàn huyện là 1.742 hộ, chiếm tỷ lệ 9,3%") is the poverty rate; the same for near-poor
households is not."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def test_the_share_of_the_poor_households_is_the_poverty_rate():
    doc = load_text("Huyện Krông Nô giảm nghèo\n\nCuối năm 2024, tỷ lệ hộ nghèo đa chiều toàn huyện "
                    "Krông Nô là 1.742 hộ, chiếm tỷ lệ 9,3%; tỷ lệ hộ cận nghèo là 986 hộ, chiếm tỷ lệ 5,2%.\n",
                    source="memory:krong-no.txt")
    got = {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}
    assert got[9.3] == "poverty_rate"
    assert got[5.2] == "other"
