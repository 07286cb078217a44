"""A steering committee named for a national programme carries that programme out.

"Ban Chỉ đạo xây dựng nông thôn mới xã X" is set up for the new-rural-area programme: where the
document names the programme, the committee is one of its doers, in whatever sentence it is named.
Likewise "quy chế dân chủ" in lower case is the regulation once the text names it capitalised.
"""

from __future__ import annotations

from extraction import carried_out


def test_a_board_named_for_the_programme_carries_it_out(pipeline):
    text = ("Xã Hải Minh triển khai chương trình xây dựng nông thôn mới từ năm 2011. Mọi việc đều được bàn "
            "trong Ban Chỉ đạo xây dựng nông thôn mới xã Hải Minh.")
    found = {org for org, d in carried_out(pipeline, text) if d == "Chương trình xây dựng nông thôn mới"}
    assert any(org.startswith("Ban Chỉ đạo xây dựng nông thôn mới") for org in found)


def test_a_board_for_another_task_does_not(pipeline):
    text = ("Xã Hải Minh triển khai chương trình xây dựng nông thôn mới từ năm 2011. Mọi việc đều được bàn "
            "trong Ban Chỉ đạo phòng, chống thiên tai xã Hải Minh.")
    found = {org for org, d in carried_out(pipeline, text) if d == "Chương trình xây dựng nông thôn mới"}
    assert not any(org.startswith("Ban Chỉ đạo") for org in found)


def test_the_practice_of_grassroots_democracy_alone_names_no_document(pipeline):
    text = "Đảng ủy phường Đông Sơn thực hiện tốt quy chế dân chủ nên nhân dân đồng thuận."
    assert not any(d == "Quy chế dân chủ" for _, d in carried_out(pipeline, text))


def test_once_the_regulation_is_named_a_lowercase_mention_is_the_document(pipeline):
    text = ("Tỉnh ủy Thanh Hóa chỉ đạo thực hiện Quy chế dân chủ ở cơ sở. Đảng ủy phường Đông Sơn thực hiện "
            "tốt quy chế dân chủ nên nhân dân đồng thuận.")
    assert ("Đảng bộ phường Đông Sơn", "Quy chế dân chủ") in carried_out(pipeline, text)


def test_a_board_written_short_but_named_for_the_programme_carries_it_out(pipeline):
    from extraction import read

    from partykg.loaders.directives import _programme_boards
    from partykg.loaders.document import Mention
    from partykg.ontology.terms import organization_iri

    doc = read(pipeline, "Xã Hải Minh triển khai chương trình xây dựng nông thôn mới. Xã thành lập Ban chỉ đạo.")
    refs = doc.context["directives"]
    first = doc.sentences[-1]
    at = first.start + first.text.index("Ban chỉ đạo")
    board = Mention("organization", at, at + len("Ban chỉ đạo"), "Ban chỉ đạo", first,
                    iri=organization_iri("steering_committee", "ban chi dao ntm hai minh"),
                    attrs={"name": "Ban Chỉ đạo xây dựng nông thôn mới xã Hải Minh", "kind": "steering_committee"})
    assert [d for _, d, _ in _programme_boards(refs, [board])] == [refs[0].iri]
