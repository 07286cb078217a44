"""The military command of a commune or a province is one body however its name is cased:
"Ban chỉ huy quân sự phường X", "ban chỉ huy quân sự xã X" and "Ban CHQS xã X" all name it,
and so do "bộ chỉ huy quân sự tỉnh X" and "Bộ CHQS tỉnh X". A commune's or district's command
is labelled written out ("Ban Chỉ huy quân sự xã X"), as the press mostly writes it.

Every sentence here is written for the tests.
"""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def _names(text: str) -> dict[str, str]:
    doc = load_text(text, source="memory:military.txt")
    return {m.text: m.attrs.get("name") for m in doc.of("organization")}


ARTICLE = ("Diễn tập phòng thủ ở Long An\n\n"
           "Ngày 5/3, Đảng ủy xã Mỹ Yên, huyện Bến Lức tổ chức diễn tập. Tham dự có đại diện "
           "bộ chỉ huy quân sự tỉnh Long An. Ban chỉ huy quân sự xã Mỹ Yên báo cáo phương án; "
           "Ban CHQS huyện Bến Lức nhận xét.\n")


def test_a_lower_case_commune_command_is_read():
    assert _names(ARTICLE)["Ban chỉ huy quân sự xã Mỹ Yên"] == "Ban Chỉ huy quân sự xã Mỹ Yên"


def test_a_lower_case_provincial_command_is_read():
    assert _names(ARTICLE)["bộ chỉ huy quân sự tỉnh Long An"] == "Bộ CHQS tỉnh Long An"


def test_the_abbreviation_gives_the_written_out_label():
    assert _names(ARTICLE)["Ban CHQS huyện Bến Lức"] == "Ban Chỉ huy quân sự huyện Bến Lức"


def test_a_lower_case_command_without_its_place_belongs_to_the_article_commune():
    names = _names(ARTICLE.replace("Ban CHQS huyện Bến Lức nhận xét.",
                                   "Chỉ huy trưởng ban chỉ huy quân sự xã phát biểu."))
    assert names["ban chỉ huy quân sự xã"] == "Ban Chỉ huy quân sự xã Mỹ Yên"
