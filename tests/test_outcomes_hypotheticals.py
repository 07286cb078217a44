"""Figures that report nothing, and indicators read from the words of the counted noun.

Each test states one reading rule: a supposition ("nếu …", "Ví dụ … nếu …") reports no
figure; an income line that defines who is poor is a threshold, not a level; "60 tỷ đồng/150
tỷ đồng" is a share and its whole sum; "bình quân mỗi nhân khẩu … /năm" is income per head
even without "thu nhập", and a village described "với" it keeps the figure though a district
is named in passing; cells "trực thuộc" a body are its cells whatever the verb; the body whose
congress delegates attend is not the subject of their count; a standing committee "gồm 5
đồng chí" counts itself; "Năm đảng viên …" opening a sentence is five members; communes
"được huyện X chọn" are counted for the district; a real case told "Chẳng hạn" reports;
journals ("6 tạp chí") are counted. The whole
pipeline runs.
"""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(pipeline, text: str) -> dict[float, tuple[str, str]]:
    doc = load_text(text, source="memory:test", pipeline=pipeline)
    labels = {f.s.value: f.o.value for f in doc.facts if f.p.value.endswith("#label")}
    return {o.figure.value: (o.figure.indicator, labels.get(o.figure.subject.value))
            for o in doc.context["outcomes"]}


HEAD = "Đảng bộ xã Nghĩa Đô có 210 đảng viên. Đảng ủy xã Nghĩa Đô họp thường kỳ. "


def test_an_example_reports_no_figure(pipeline):
    got = figures(pipeline, HEAD + "Ví dụ một hộ làm thuê được 3 triệu đồng/tháng, nếu nhà có 4 người "
                                   "thì mỗi người được 750 ngàn đồng.")
    assert 3 not in got and 4 not in got and 750 not in got
    assert 210 in got


def test_a_supposition_reports_no_figure(pipeline):
    got = figures(pipeline, HEAD + "Cán bộ cho rằng nếu mỗi chi bộ có thêm 5 đảng viên trẻ thì phong trào sẽ mạnh hơn.")
    assert 5 not in got


def test_a_comparison_with_nếu_như_still_reports(pipeline):
    got = figures(pipeline, HEAD + "Nếu như năm 2015 tỷ lệ hộ nghèo của xã là 30% thì đến nay chỉ còn 8%.")
    assert 30 in got and 8 in got


def test_a_poverty_line_is_a_threshold(pipeline):
    got = figures(pipeline, HEAD + "Việc xét chọn dựa vào mức thu nhập mỗi khẩu 450 ngàn đồng/tháng ở nông thôn "
                                   "để tính là thoát nghèo.")
    assert 450 not in got


def test_income_per_head_without_the_word_income(pipeline):
    got = figures(pipeline, HEAD + "Thôn Bản Cuôn thuộc xã Nghĩa Đô chưa vào tốp khá của huyện Bảo Yên "
                                   "với bình quân mỗi nhân khẩu 14 triệu đồng/năm.")
    assert got[14] == ("income_per_capita", "Bản Cuôn")  # in millions, as written


def test_cells_under_a_body_are_its_cells(pipeline):
    got = figures(pipeline, HEAD + "Dự đại hội có 190 đảng viên đến từ 12 chi bộ trực thuộc Đảng bộ.")
    assert got[12][0] == "party_cells"


def test_a_contrast_of_two_bodies_with_nếu_ở_still_reports(pipeline):
    got = figures(pipeline, HEAD + "Nếu ở chi bộ thôn Nà Lùng vận động được hơn 40 triệu đồng để sửa nhà "
                                   "thì ở chi bộ thôn Nà Khương cũng góp công sức.")
    assert 40 in got


def test_the_congress_delegates_go_to_is_not_the_subject(pipeline):
    got = figures(pipeline, "Đảng bộ xã Nghĩa Đô tổ chức đại hội. Đại hội đã bầu Ban Chấp hành Đảng bộ xã Nghĩa Đô "
                            "gồm 15 đồng chí; bầu đoàn đại biểu dự Đại hội Đảng bộ huyện Bảo Yên gồm 8 đại biểu.")
    assert got[8][1] == "Đảng bộ xã Nghĩa Đô"


def test_the_whole_sum_after_a_share_of_money_is_a_figure_too(pipeline):
    from partykg.loaders.outcomes import find_figures
    got = [(f.value, f.unit, f.is_total) for f in find_figures("Vốn nhà nước chỉ chiếm 60 tỷ đồng/150 tỷ đồng đầu tư.")]
    assert got == [(60, "tỷ đồng", False), (150, "tỷ đồng", True)]


def test_a_standing_committee_of_so_many_members_counts_itself(pipeline):
    got = figures(pipeline, "Đảng bộ xã Nghĩa Đô tổ chức đại hội. Ban Chấp hành Đảng bộ xã Nghĩa Đô đã bầu "
                            "Ban Thường vụ gồm 5 đồng chí.")
    assert got[5][1] == "Ban Thường vụ Đảng ủy xã Nghĩa Đô"


def test_an_agencys_standing_committee_named_alone(pipeline):
    doc = load_text("Đảng bộ Cơ quan Tạp chí Cộng sản tổ chức đại hội. Ban Chấp hành Đảng bộ cơ quan Tạp chí "
                    "Cộng sản đã bầu Ban Thường vụ gồm 5 đồng chí.", source="memory:test", pipeline=pipeline)
    assert "Ban Thường vụ Đảng ủy Cơ quan Tạp chí Cộng sản" in {m.attrs["name"] for m in doc.of("organization")}


def test_five_members_opening_a_sentence_are_a_count_not_a_year(pipeline):
    got = figures(pipeline, "Chi bộ thôn Nà Lùng trăn trở. Năm đảng viên trong thôn là người Tày cùng vận động bà con.")
    assert got[5][0] == "party_members"


def test_communes_chosen_by_a_district_are_the_districts_count(pipeline):
    got = figures(pipeline, HEAD + "Nghĩa Đô là một trong bốn xã được huyện Bảo Yên chọn làm điểm xây dựng nông thôn mới.")
    assert got[4][1] == "Bảo Yên"


def test_a_real_case_told_as_an_example_still_reports(pipeline):
    got = figures(pipeline, HEAD + "Chẳng hạn, năm 2022 Đảng ủy xã Nghĩa Đô kết nạp 12 đảng viên mới.")
    assert got[12][0] == "new_members_admitted"


def test_journals_are_counted(pipeline):
    from partykg.loaders.outcomes import find_figures
    assert [(f.value, f.cat) for f in find_figures("Cơ quan tiếp nhận nhiệm vụ của 6 tạp chí các ban Đảng.")] == [(6, "org")]
