"""An action programme issued together with the resolution it carries out.

"… ra Nghị quyết số 08-NQ/HU về …, cùng Chương trình hành động (của …) thực hiện Nghị quyết …": the
programme, named only by "thực hiện Nghị quyết", carries out the resolution the same verb issued
just before it. With no such resolution before it, the bare programme names nothing.
"""

from __future__ import annotations

from extraction import directives, labels, read

from partykg.ontology.terms import PKG


def links(doc) -> set[tuple[str, str, str]]:
    lab = labels(doc)
    rels = {PKG.implements: "implements", PKG.concretizes: "concretizes", PKG.continues: "continues"}
    return {(lab[f.s.value], rels[f.p], lab[f.o.value]) for f in doc.facts if f.p in rels}


ISSUED_TOGETHER = ("Huyện ủy Mường Tè ra Nghị quyết số 08-NQ/HU về phát triển đảng viên vùng cao, cùng "
                   "Chương trình hành động của Huyện ủy thực hiện Nghị quyết kèm theo các giải pháp.")


def test_the_programme_issued_with_a_resolution_carries_it_out(pipeline):
    doc = read(pipeline, ISSUED_TOGETHER)
    assert "Chương trình hành động Nghị quyết số 08-NQ/HU" in directives(doc)
    assert ("Chương trình hành động Nghị quyết số 08-NQ/HU", "implements", "Nghị quyết số 08-NQ/HU") in links(doc)


def test_a_programme_with_no_resolution_before_it_names_nothing(pipeline):
    doc = read(pipeline, "Huyện ủy Mường Tè ra Chương trình hành động của Huyện ủy thực hiện Nghị quyết "
                         "kèm theo các giải pháp.")
    assert directives(doc) == set()


def test_a_programme_after_a_directive_of_another_kind_is_not_its_programme(pipeline):
    doc = read(pipeline, "Huyện ủy Mường Tè ra Chỉ thị số 08-CT/HU về phát triển đảng viên, cùng "
                         "Chương trình hành động của Huyện ủy thực hiện Nghị quyết kèm theo các giải pháp.")
    assert directives(doc) == {"Chỉ thị số 08-CT/HU"}
