"""A figure of the whole country ("cả nước còn 4,2% hộ nghèo") is the country's: never the central
body the sentence names as reporting it, nor the province or district the article is about. The
graph has no place for the country, so such a figure is left without a subject and not stored. A
campaign whose quoted name says "Cả nước …", or a place's rank in the country ("đứng thứ 3 cả
nước với …"), does not make the place's own figures national."""

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


def test_the_nation_s_figure_is_no_body_s_and_no_province_s(read):
    assert 4.2 not in read


def test_the_nation_s_figure_with_no_central_body_named_is_not_the_province_s():
    doc = load_text("Tỉnh Sóc Trăng giảm nghèo\n\nĐến nay, toàn quốc có 5,2 triệu đảng viên; tỉnh Sóc Trăng có "
                    "38.000 đảng viên.\n", source="memory:nation-2.txt")
    got = figure_subjects(doc, lambda f: f.value)
    assert 5_200_000 not in got and 5.2 not in got
    assert got[38000] is not None


def test_a_place_s_rank_in_the_country_keeps_its_figure():
    doc = load_text("Tỉnh Sóc Trăng giảm nghèo\n\nNăm 2023, tỉnh Sóc Trăng đứng thứ 3 cả nước với 96% hộ dân dùng "
                    "nước sạch.\n", source="memory:nation-3.txt")
    assert figure_subjects(doc, lambda f: f.value)[96] == "Sóc Trăng"


def test_a_quoted_campaign_name_makes_no_figure_national(read):
    assert read[512.1] == "Long Đức"
