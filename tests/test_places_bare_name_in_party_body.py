""""Đảng bộ X" written without its type word, where X is both a province and a far-away
commune, names the unit the article also writes with its type word ("tỉnh X"); the look-alike
eth "Ð" some pages type reads as "Đ" and leaves the organization's label in "Đ".

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs, read


def _places(doc):
    return [(m.attrs.get("name"), m.attrs.get("level"), m.attrs.get("code")) for m in doc.of("place")]


def test_a_bare_name_after_dang_bo_is_the_province_the_article_names(pipeline):
    doc = read(pipeline, "Đảng bộ Quảng Bình luôn đoàn kết. Tỉnh ủy Quảng Bình họp phiên thường kỳ; "
                         "tỉnh Quảng Bình có nhiều đảng viên mới.")
    assert all(level == "province" for name, level, code in _places(doc) if name == "Quảng Bình")


def test_an_eth_spelt_name_reaches_the_gazetteer_and_the_label_reads_d(pipeline):
    doc = read(pipeline, "Ðảng bộ Ðắk Nông luôn đoàn kết. Tỉnh ủy Đắk Nông họp phiên thường kỳ; "
                         "tỉnh Đắk Nông có nhiều đảng viên mới.")
    assert {code for name, level, code in _places(doc) if name == "Đắk Nông"} == {"67"}
    got = orgs("Ðảng bộ Ðắk Nông luôn đoàn kết. Tỉnh ủy Đắk Nông họp phiên thường kỳ.", pipeline)
    assert "Đảng bộ tỉnh Đắk Nông" in got and not any("Ð" in label for label in got)

