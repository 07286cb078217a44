"""Central bodies written in lower case: "Bộ chính trị", "bộ chính trị" after a resolution's
code are the Politburo; "cán bộ chính trị" (political cadres) names no body. The Government
in the Prime Minister's title ("Bằng khen của Thủ tướng Chính phủ") is no body the text lists.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import organizations, read


def test_the_politburo_written_in_lower_case_after_a_code(pipeline):
    got = organizations(read(pipeline, "Huyện ủy Tân Kỳ thực hiện nghị quyết số 35-NQ/TW bộ chính trị về bảo vệ nền tảng tư tưởng."))
    assert "Bộ Chính trị" in got


def test_the_politburo_with_a_lower_case_second_word(pipeline):
    got = organizations(read(pipeline, "Chi bộ quán triệt Chỉ thị 05 của Bộ chính trị."))
    assert "Bộ Chính trị" in got


def test_political_cadres_are_no_body(pipeline):
    got = organizations(read(pipeline, "Huyện ủy Tân Kỳ tăng cường đội ngũ cán bộ chính trị ở cơ sở."))
    assert "Bộ Chính trị" not in got


def listed(doc) -> set[str]:
    """The labels of the organizations the document lists (those it mentions)."""
    from partykg.ontology.terms import SCHEMA

    named = {f.o.value for f in doc.facts if f.p == SCHEMA.mentions}
    return {k for k, iri in organizations(doc).items() if iri in named}


def test_the_prime_ministers_award_names_no_act_of_the_government(pipeline):
    got = listed(read(pipeline, "Đồng chí Lê Văn Hùng được Thủ tướng Chính phủ tặng Bằng khen."))
    assert "Chính phủ" not in got


def test_the_government_acting_is_listed(pipeline):
    got = listed(read(pipeline, "Chính phủ ban hành Nghị định về tinh giản biên chế."))
    assert "Chính phủ" in got


def test_a_list_that_shares_the_committee_word_names_no_one_committee():
    from partykg.loaders.pipeline import load_text
    text = ("Kiểm điểm ở Thanh Hóa\n\nNgày 3/4, Tỉnh ủy Thanh Hóa sơ kết. Mười tám huyện, thị, "
            "thành ủy đã triển khai kiểm điểm. Đã có 25/27 huyện, thị, thành ủy hoàn thành. "
            "Thành ủy Sầm Sơn chỉ đạo sát sao; thành ủy đã kiểm tra mười chi bộ.\n")
    doc = load_text(text, source="memory:shared-word.txt")
    found = [(m.text, m.attrs.get("name")) for m in doc.of("organization")]
    assert ("thành ủy", "Đảng bộ thành phố") not in found
    assert ("thành ủy", "Đảng bộ thành phố Sầm Sơn") in found  # the article's own, said alone
