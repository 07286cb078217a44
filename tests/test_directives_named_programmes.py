"""Documents known by a name of their own and no code, and plans that name none.

Each test states one reading rule: "Quy chế dân chủ" (capitalised) is the regulation on
grassroots democracy, one document however its scope is described after it; the
new-countryside programme is one document written in lower case too; "Chương trình “…”" is a
programme named by its slogan; "kế hoạch thực hiện Chỉ thị này" is no document of its own;
"thực hiện tốt A là thực hiện … của B" says that A implements B.
"""

from __future__ import annotations

from partykg.loaders.pipeline import load_text
from partykg.ontology.terms import PKG, RDFS


def directives(pipeline, text: str) -> set[str]:
    doc = load_text(text, source="memory:test", pipeline=pipeline)
    lab = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    return {lab[f.s.value] for f in doc.facts if f.p == PKG.directiveKind}


HEAD = "Đảng bộ tỉnh Hà Nam lãnh đạo nhiều phong trào. Tỉnh ủy Hà Nam họp định kỳ. "


def test_the_democracy_regulation_is_one_document_whatever_its_scope(pipeline):
    got = directives(pipeline, HEAD + "Tỉnh thực hiện tốt Quy chế dân chủ. Ban Tuyên giáo tham gia Ban Chỉ đạo thực hiện "
                                      "Quy chế dân chủ ở các lĩnh vực kinh tế, xã hội.")
    assert "Quy chế dân chủ" in got
    assert not any(d.startswith("Quy chế dân chủ ở các") for d in got)


def test_the_new_countryside_programme_in_lower_case(pipeline):
    got = directives(pipeline, HEAD + "Các thôn tích cực triển khai chương trình xây dựng nông thôn mới.")
    assert "Chương trình xây dựng nông thôn mới" in got


def test_a_programme_named_by_its_slogan(pipeline):
    got = directives(pipeline, HEAD + "Đoàn Thanh niên tỉnh thực hiện Chương trình “Thắp sáng đường làng” ở các xã.")
    assert "Chương trình “Thắp sáng đường làng”" in got


def test_a_plan_to_carry_out_this_directive_is_no_document(pipeline):
    got = directives(pipeline, HEAD + "Tỉnh ủy quán triệt Chỉ thị 05-CT/TW của Bộ Chính trị. Hầu hết các huyện đã "
                                      "xây dựng kế hoạch thực hiện Chỉ thị này.")
    assert not any(d.lower().startswith("kế hoạch") for d in got)
    assert "Chỉ thị số 05-CT/TW" in got


def test_a_named_document_has_one_label_however_it_is_written(pipeline):
    got = directives(pipeline, HEAD + "Tỉnh triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới. "
                                      "Các xã tích cực thực hiện chương trình xây dựng nông thôn mới.")
    assert [d for d in got if "nông thôn mới" in d] == ["Chương trình xây dựng nông thôn mới"]


def test_the_new_countryside_programme_with_a_capital_in_its_subject(pipeline):
    got = directives(pipeline, HEAD + "Xã được chọn thực hiện chương trình Xây dựng nông thôn mới đợt đầu.")
    assert "Chương trình xây dựng nông thôn mới" in got


def links(pipeline, text: str) -> set[tuple[str, str]]:
    doc = load_text(text, source="memory:test", pipeline=pipeline)
    lab = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    return {(lab[f.s.value], lab[f.o.value]) for f in doc.facts if f.p == PKG.implements}


def test_doing_one_directive_means_doing_another(pipeline):
    got = links(pipeline, HEAD + "Các đại biểu cho rằng thực hiện tốt Chỉ thị 05-CT/TW là thực hiện một chủ trương "
                                 "quan trọng của Nghị quyết Trung ương 4 (khóa XII).")
    assert ("Chỉ thị số 05-CT/TW", "Nghị quyết Trung ương 4 (khóa XII)") in got


def test_a_slogan_programme_of_the_city(pipeline):
    got = directives(pipeline, HEAD + "Thành phố thực hiện tốt chương trình thành phố “3 sạch” trong năm qua.")
    assert any(d.startswith("Chương trình") and "3 sạch" in d for d in got)
