"""A cell named by its hamlet ("Chi bộ bon X, xã Y có …", "bon" and "plei" being the hamlets of
the Central Highlands) counts for that hamlet, not for the commune written after it."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects


def test_the_cell_of_a_bon_is_counted_for_the_bon_not_the_commune():
    text = ("Phát triển đảng viên ở vùng đồng bào\n\n"
            "Chi bộ bon Bu Prăng, xã Quảng Trực (Tuy Đức) hiện có 26 đảng viên.\n")
    subj = figure_subjects(load_text(text, source="memory:bu-prang.txt"))
    assert subj[26] != "Quảng Trực"
    assert "Bu Prăng" in subj[26]
