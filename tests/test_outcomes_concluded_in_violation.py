""""kết luận" before a counted body or member is the verb ("đã kết luận 12 tổ chức đảng có vi
phạm"): a figure, told apart from the number of a Conclusion ("Kết luận 21")."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def test_bodies_and_members_concluded_in_violation():
    doc = load_text("Đảng bộ huyện Đắk Mil\n\nTrong năm 2023, UBKT các cấp đã kết luận 12 tổ chức đảng và "
                    "40 đảng viên có vi phạm. Thực hiện Kết luận 21 của Trung ương, huyện có 30 đảng viên.\n",
                    source="memory:dak-mil-conclusions.txt")
    got = {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}
    assert got == {12: "other", 40: "other", 30: "party_members"}
