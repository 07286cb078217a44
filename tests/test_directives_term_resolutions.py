"""The resolution a congress adopts for its term, named by the term alone.

It is that congress's resolution — one entity however often the text names it, issued by the body
whose congress the text tells of ("Chi bộ X tổ chức đại hội", "Đại hội Đảng bộ xã Y"), never by a cell
merely named in passing when the text says "của Đảng bộ" — labelled as the text names it.

"Đại hội … biểu quyết thông qua Nghị quyết của chi bộ trong nhiệm kỳ 2025-2027" and "các đảng viên
biểu quyết thông qua nghị quyết nhiệm kỳ 2025-2027" name a resolution of their own, labelled as the text
names it. Without a verb of adopting ("thực hiện nghị quyết nhiệm kỳ …"), with "Thông qua" opening a
clause ("through"), with "trong nhiệm kỳ" not after the body's own name, or with no congress told of in
the sentence or the one before, the words stay too vague to name one.
"""

from __future__ import annotations

from extraction import directives, labels, read

from partykg.ontology.terms import PKG

CELL = "Chi bộ thôn Nà Hẩu tổ chức đại hội nhiệm kỳ 2025-2027. "


def test_a_resolution_built_at_the_congress(pipeline):
    doc = read(pipeline, CELL + "Ngoài việc chọn ra Ban chi ủy mới, Đại hội còn thông qua Nghị quyết của chi bộ "
                                "trong nhiệm kỳ 2025-2027.")
    assert "Nghị quyết của chi bộ trong nhiệm kỳ 2025-2027" in directives(doc)


def test_a_resolution_passed_named_by_its_term(pipeline):
    doc = read(pipeline, CELL + "Cuối buổi, 17 đảng viên có mặt tại Đại hội biểu quyết thông qua nghị quyết nhiệm kỳ 2025-2027.")
    assert "Nghị quyết nhiệm kỳ 2025-2027" in directives(doc)


def test_without_adopting_it_names_none(pipeline):
    doc = read(pipeline, CELL + "Mỗi đảng viên ra sức thực hiện nghị quyết nhiệm kỳ 2025-2027.")
    assert not any("nhiệm kỳ 2025-2027" in d for d in directives(doc))


NO_CONGRESS = "Chi bộ thôn Nà Hẩu có 20 đảng viên. "


def test_through_opening_a_clause_adopts_nothing(pipeline):
    doc = read(pipeline, CELL + "Thông qua nghị quyết nhiệm kỳ 2022-2025, chi bộ đã lãnh đạo bà con trồng 40 ha quế.")
    assert not any("nhiệm kỳ 2022-2025" in d for d in directives(doc))


def test_a_term_not_after_the_bodys_name_names_none(pipeline):
    doc = read(pipeline, CELL + "Chi bộ đã xây dựng nghị quyết trong nhiệm kỳ 2020-2025 bám sát tình hình thôn.")
    assert not any("nhiệm kỳ 2020-2025" in d for d in directives(doc))


def test_without_a_congress_near_it_names_none(pipeline):
    doc = read(pipeline, NO_CONGRESS + "Trong buổi họp tháng 5, đảng viên đã thông qua nghị quyết nhiệm kỳ 2025-2027.")
    assert not any("nhiệm kỳ 2025-2027" in d for d in directives(doc))


def issuers(doc) -> dict[str, set[str]]:
    lab = labels(doc)
    out: dict[str, set[str]] = {}
    for f in doc.facts:
        if f.p == PKG.issuer:
            out.setdefault(lab[f.s.value], set()).add(lab.get(f.o.value, f.o.value))
    return out


def test_issued_by_the_cell_holding_the_congress_once(pipeline):
    doc = read(pipeline, CELL + "Các đại biểu góp ý vào dự thảo. Đại hội đã xây dựng nghị quyết nhiệm kỳ "
                                "2025-2027. Cuối buổi, 17 đảng viên có mặt tại Đại hội biểu quyết thông qua "
                                "nghị quyết nhiệm kỳ 2025-2027.")
    assert [d for d in directives(doc) if "2025-2027" in d] == ["Nghị quyết nhiệm kỳ 2025-2027"]
    assert issuers(doc)["Nghị quyết nhiệm kỳ 2025-2027"] == {"Chi bộ thôn Nà Hẩu"}


def test_of_the_party_body_never_a_cell_named_in_passing(pipeline):
    doc = read(pipeline, "Đại hội Đảng bộ xã Tân Phú lần thứ XV khai mạc sáng 3/8. Noi gương Chi bộ thôn Nà Lừa, "
                         "Đại hội Đảng bộ xã đã thông qua Nghị quyết của Đảng bộ trong nhiệm kỳ 2025-2030.")
    assert issuers(doc)["Nghị quyết của Đảng bộ trong nhiệm kỳ 2025-2030"] == {"Đảng bộ xã Tân Phú"}
