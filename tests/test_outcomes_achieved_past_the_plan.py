"""A percentage above 100 told after a count's noun phrase ("vận động 12 lao động đi làm việc ở
nước ngoài, đạt 120%") is how far the count went against its plan, since no share passes 100%;
a full share ("đạt 100%") stays a share."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Chi bộ thôn Nà Khoang nhìn lại nhiệm kỳ

Nhiệm kỳ qua, chi bộ vận động 12 lao động đi làm việc ở nước ngoài, đạt 120%; 40 hộ dùng nước sạch, đạt 100%.
"""


@pytest.fixture(scope="module")
def figures():
    doc = load_text(ARTICLE, source="memory:na-khoang.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_a_percentage_past_100_after_a_count_is_its_achievement(figures):
    assert figures[120].indicator == "target_achievement_rate"
    assert "lao động" in figures[120].qualifier


def test_a_full_share_after_a_count_is_no_achievement(figures):
    assert figures[100].indicator != "target_achievement_rate"
