"""Outcomes: places compared in one sentence. Each place's figure is its own ("tỷ lệ hộ nghèo
của tỉnh A còn 15%, tỉnh B 21%"), with the measure the list opened with; a place the figure
directly follows ("tỉnh B có 1.200 chi bộ") or names in brackets ("cao hơn B (32 triệu
đồng)") owns it — but not a body named as the owner of something else ("Chỉ thị của X là …")."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

ARTICLE = """Tỉnh ủy Sơn La lãnh đạo giảm nghèo

Đảng bộ tỉnh Sơn La có 98.000 đảng viên.
Năm 2020, tỷ lệ hộ nghèo của tỉnh Sơn La còn 15,2%, tỉnh Điện Biên 21,4%, tỉnh Lai Châu 19%.
Thu nhập bình quân của Sơn La đạt 38 triệu đồng/người/năm, cao hơn Điện Biên (32 triệu đồng/người/năm).
So với tỉnh Yên Bái có 1.200 chi bộ, Sơn La có 1.500 chi bộ.
Số tiền chuyển sang vốn vay sau khi có Chỉ thị của Ban Bí thư là 7,5 tỷ đồng.
"""


@pytest.fixture(scope="module")
def doc():
    return load_text(ARTICLE, source="memory:son-la.txt")


def test_each_place_in_a_list_owns_its_figure_with_the_lists_measure(doc):
    subjects = figure_subjects(doc)
    assert (subjects[15.2], subjects[21.4], subjects[19]) == ("Sơn La", "Điện Biên", "Lai Châu")
    indicators = {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}
    assert indicators[21.4] == indicators[19] == "poverty_rate"


def test_a_place_compared_in_brackets_owns_the_bracketed_figure(doc):
    subjects = figure_subjects(doc)
    assert subjects[38] == "Sơn La" and subjects[32] == "Điện Biên"
    indicators = {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}
    assert indicators[32] == "income_per_capita"


def test_the_place_a_figure_directly_follows_owns_it(doc):
    subjects = figure_subjects(doc)
    assert subjects[1200] == "Yên Bái"
    # Sơn La's cells are its party organization's, which the article names (Yên Bái's it does not)
    assert subjects[1500] == "Đảng bộ tỉnh Sơn La"


def test_a_body_owning_something_else_is_not_the_figures_owner(doc):
    assert figure_subjects(doc)[7.5] != "Ban Bí thư"
