"""A body's label ending with its place's name ("Ủy ban MTTQ tỉnh Lam Sơn") tells the unit word
written before the name, so a mention cut short is completed with it; the test is one pattern for
every place, none compiled per place."""

from __future__ import annotations

from partykg.loaders.organizations import _label_place


def test_the_unit_word_before_the_place_name_is_read():
    assert _label_place("Ủy ban MTTQ tỉnh Lam Sơn", "Lam Sơn") == "tỉnh"
    assert _label_place("Hội đồng nhân dân thị xã Bến Mây", "Bến Mây") == "thị xã"
    assert _label_place("Thành ủy TP. Hải Long", "Hải Long") == "TP."


def test_a_name_with_no_unit_word_before_it_ends_the_label_without_one():
    assert _label_place("Ban Thường vụ Lam Sơn", "Lam Sơn") == ""


def test_a_final_line_break_still_ends_the_label_with_the_name():
    assert _label_place("Đảng bộ huyện Lam Sơn\n", "Lam Sơn") == "huyện"


def test_a_name_standing_elsewhere_in_the_label_does_not_end_it():
    assert _label_place("Ủy ban tỉnh Lam Sơn khóa mới", "Lam Sơn") is None
    assert _label_place("Đảng bộ xã", "Lam Sơn") is None


def test_a_unit_word_not_right_before_the_name_is_not_its_unit():
    assert _label_place("Đảng bộ tỉnh và Lam Sơn", "Lam Sơn") == ""
