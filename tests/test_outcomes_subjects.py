"""Who a figure is about: the body named before it in its sentence, a bare "chi bộ" / "toàn
tỉnh" standing for one, the body of the previous sentence, else the article's organization;
figures about a territory (poverty, income, crops) go to its place. The whole pipeline runs."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import Pipeline, load_text

from extraction import figure_subjects

ARTICLE = """Đảng bộ xã Mường Kim nâng cao chất lượng sinh hoạt chi bộ

Đảng bộ xã Mường Kim, huyện Than Uyên hiện có 312 đảng viên, sinh hoạt tại 21 chi bộ.
Chi bộ bản Nà Khương có 27 đảng viên; năm 2023, chi bộ có 4 đảng viên hoàn thành xuất sắc nhiệm vụ.
Năm 2023, Đảng ủy xã kết nạp 15 đảng viên mới.
Thu nhập bình quân đầu người của xã đạt 38 triệu đồng/người/năm, tỷ lệ hộ nghèo còn 6,5%.
Huyện ủy Than Uyên đã tổ chức 42 cuộc kiểm tra trong năm 2023.
Cũng trong năm 2023, tỷ lệ hộ nghèo ở xã Phúc Than giảm còn 9,2%.
"""


@pytest.fixture(scope="module")
def read():
    doc = load_text(ARTICLE, source="memory:muong-kim.txt")
    return figure_subjects(doc, lambda f: (f.value, f.indicator))


def test_the_body_named_before_the_figure_is_its_subject(read):
    assert read[(312, "party_members")] == "Đảng bộ xã Mường Kim"
    assert read[(27, "party_members")] == "Chi bộ bản Nà Khương"
    assert read[(42, "inspections")] == "Đảng bộ huyện Than Uyên"


def test_a_bare_reference_goes_to_the_body_just_named(read):
    assert read[(4, "members_rated_excellent")] == "Chi bộ bản Nà Khương"


def test_the_article_organization_when_the_sentence_names_none(read):
    assert read[(15, "new_members_admitted")] == "Đảng bộ xã Mường Kim"


def test_figures_about_a_territory_go_to_its_place(read):
    assert read[(38, "income_per_capita")] == "Mường Kim"
    assert read[(6.5, "poverty_rate")] == "Mường Kim"
    assert read[(9.2, "poverty_rate")] == "Phúc Than"  # "ở xã X": the place measured


def test_without_an_organization_extractor_named_party_bodies_are_still_subjects():
    doc = load_text(ARTICLE, source="memory:muong-kim.txt", pipeline=Pipeline(["metadata", "outcomes"]))
    subjects = figure_subjects(doc)
    assert subjects[312] == "Đảng bộ xã Mường Kim"
    assert subjects[27] == "Chi bộ bản Nà Khương"


def test_a_body_listed_after_another_owns_the_figure_it_is_followed_by():
    # "xã X, huyện Y có …": the district only locates the commune; "Đảng bộ A, Đảng bộ B có …":
    # two bodies, and the figure is told of the one it follows
    doc = load_text("Đảng bộ huyện Than Uyên phát triển tổ chức đảng\n\n"
                    "Đảng bộ Quân sự huyện, Đảng bộ xã Phúc Than có 9 chi bộ.\n"
                    "Đảng bộ xã Mường Kim, huyện Than Uyên có 312 đảng viên.\n", source="memory:list.txt")
    subjects = figure_subjects(doc)
    assert subjects[9] == "Đảng bộ xã Phúc Than"
    assert subjects[312] == "Đảng bộ xã Mường Kim"
