"""A figure of the whole country ("cả nước còn 4,2% hộ nghèo") is told by the central body the
sentence names, never by the province or district the article is about; a campaign whose
quoted name says "Cả nước …" does not make the place's own figures national."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

ARTICLE = """Giảm nghèo bền vững

UBND tỉnh Trà Vinh họp bàn về giảm nghèo.
Trong báo cáo của Chính phủ năm 2022, hiện cả nước còn 4,2% hộ nghèo.
Sau hai năm Chính phủ phát động phong trào "Cả nước chung tay vì người nghèo", xã Long Đức có diện tích 512,1 ha.
"""


@pytest.fixture(scope="module")
def read():
    doc = load_text(ARTICLE, source="memory:nation.txt")
    return figure_subjects(doc, lambda f: f.value)


def test_the_nation_s_figure_goes_to_the_central_body_reporting_it(read):
    assert read[4.2] == "Chính phủ"


def test_a_quoted_campaign_name_makes_no_figure_national(read):
    assert read[512.1] == "Long Đức"
