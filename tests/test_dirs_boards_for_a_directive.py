"""A steering board named for the directive it oversees.

"Trưởng Ban Chỉ đạo của Tỉnh ủy về thực hiện Nghị quyết 12" names a post in a board; the verb
there is part of the board's name, not a deed of whoever precedes it in the sentence. That board
(or, when the text names it only through its parent, the parent committee) carries the directive
out; the other bodies in the speaker's titles do not.
"""

from __future__ import annotations

from extraction import carried_out


def test_the_board_in_a_speakers_titles_not_the_other_bodies(pipeline):
    text = ("Đồng chí Thạch Văn Sơn, Phó Bí thư Tỉnh ủy Sóc Trăng, Trưởng Đoàn đại biểu Quốc hội tỉnh, Trưởng Ban chỉ đạo "
            "của Tỉnh ủy về thực hiện Nghị quyết số 12-NQ/TU điều hành buổi làm việc.")
    done = carried_out(pipeline, text)
    assert not any(org.startswith("Đoàn đại biểu") for org, _ in done)
    assert ("Đảng bộ tỉnh Sóc Trăng", "Nghị quyết số 12-NQ/TU") in done


def test_a_board_that_acts_is_still_the_doer(pipeline):
    text = "Ban Chỉ đạo Chương trình 135 huyện Mường Tè đã tổ chức thực hiện Nghị quyết số 08-NQ/HU của Huyện ủy Mường Tè."
    done = carried_out(pipeline, text)
    assert {org for org, _ in done} and all(org.startswith("Ban Chỉ đạo") or "Mường Tè" in org for org, _ in done)
