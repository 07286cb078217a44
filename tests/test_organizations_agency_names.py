"""An agency's full name runs on past an acronym in parentheses and a "… nhân dân" force name:
"Đảng ủy Tổng cục Hậu cần (HC) Quân đội nhân dân" is the party body of the whole named agency,
not of "Tổng cục Hậu cần" cut short."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def _names(text: str) -> set[str]:
    doc = load_text(text, source="memory:agency.txt")
    return {m.attrs.get("name") for m in doc.of("organization")}


def test_a_name_runs_on_past_an_inline_acronym_and_a_force_name():
    names = _names("Hội nghị sơ kết\n\nNgày 2/6, Đảng ủy Tổng cục Hậu cần (HC) Quân đội nhân dân (QĐND) "
                   "đã tổ chức hội nghị sơ kết công tác xây dựng Đảng.\n")
    assert "Đảng bộ Tổng cục Hậu cần Quân đội nhân dân" in names
    assert "Đảng bộ Tổng cục Hậu cần" not in names
