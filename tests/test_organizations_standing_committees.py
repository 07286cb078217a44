"""The standing committee written without "Ban": "Thường vụ Huyện ủy X" is "Ban Thường vụ
Huyện ủy X" (and "Ủy viên Thường vụ Huyện ủy X" a member of it); in lower case, "thường vụ"
is the standing committee only listed beside the committee it serves ("bàn trong thường vụ,
Đảng ủy, UBND") or right before it ("thay mặt thường vụ Đảng ủy xã"), never a meeting's kind
("hội nghị thường vụ") nor a member's title ("ủy viên thường vụ Đảng ủy xã").

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, organizations, read


def test_the_standing_committee_written_without_ban(pipeline):
    got = organizations(read(pipeline, "Thường vụ Huyện ủy Tân Kỳ chỉ đạo sát sao việc kiểm tra."))
    assert "Ban Thường vụ Huyện ủy Tân Kỳ" in got


def test_a_member_of_the_standing_committee_written_without_ban(pipeline):
    got = held_posts(read(pipeline, "Ông Lê Văn An, Ủy viên Thường vụ Huyện ủy Tân Kỳ dự hội nghị."))
    assert ("Lê Văn An", "Ủy viên", "Ban Thường vụ Huyện ủy Tân Kỳ") in got


def test_the_standing_committee_listed_beside_the_commune_committee(pipeline):
    got = organizations(read(pipeline, "Đảng ủy xã Kỳ Sơn lãnh đạo. Mọi việc được bàn trong thường vụ, Đảng ủy, UBND xã."))
    assert "Ban Thường vụ Đảng ủy xã Kỳ Sơn" in got


def test_a_standing_meeting_in_lower_case_is_no_body(pipeline):
    got = organizations(read(pipeline, "Đảng ủy xã Kỳ Sơn tổ chức hội nghị thường vụ mở rộng."))
    assert not any(k.startswith("Ban Thường vụ") for k in got)


def test_a_lower_case_standing_committee_right_before_its_committee():
    from partykg.loaders.pipeline import load_text
    text = ("Đại hội chi bộ ở Đồng Tháp\n\nNgày 5/7, Chi bộ ấp 3 xã Mỹ An tổ chức đại hội. Đồng chí Lê Văn Tư, "
            "Phó Bí thư Đảng ủy xã Mỹ An, đọc ý kiến chỉ đạo của thường vụ Đảng ủy xã.\n")
    doc = load_text(text, source="memory:standing-lower.txt")
    found = {(m.text, m.attrs.get("name")) for m in doc.of("organization")}
    assert ("thường vụ Đảng ủy xã", "Ban Thường vụ Đảng ủy xã Mỹ An") in found


def test_a_member_s_title_in_lower_case_names_no_standing_committee():
    from partykg.loaders.pipeline import load_text
    text = ("Đại hội chi bộ ở Đồng Tháp\n\nNgày 5/7, Chi bộ ấp 3 xã Mỹ An tổ chức đại hội. Dự có đồng chí "
            "Lê Thị Hoa, ủy viên thường vụ Đảng ủy xã Mỹ An.\n")
    doc = load_text(text, source="memory:standing-member.txt")
    assert not any(m.attrs.get("name", "").startswith("Ban Thường vụ") for m in doc.of("organization"))
