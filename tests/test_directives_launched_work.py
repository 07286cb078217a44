"""The work a well-known document launched names it, once the text has named the document.

An article that mentions "Chỉ thị 05" and then tells of "việc học tập, làm theo tư tưởng, đạo
đức, phong cách Hồ Chí Minh" at a body ("Ở <org>, …", "… được <org> lãnh đạo") tells of that
body carrying out 05-CT/TW, and so does a body heading its clause that takes the work up ("<org> đã
lấy kết quả <the work> làm tiêu chí …", "<org> luôn coi trọng việc học tập …"); one that only
asks for it ("<org> đề nghị coi trọng …") does not. Without the directive named anywhere, nothing
is credited.
"""

from __future__ import annotations

from extraction import carried_out


NAMED = "Nhiều nơi có cách làm hay khi thực hiện Chỉ thị 05 của Bộ Chính trị. "


def test_at_a_body_the_work_is_that_bodys(pipeline):
    text = NAMED + ("Ở Huyện ủy Bảo Lâm, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
                    "gắn với giải quyết việc khó của dân.")
    assert any(d == "Chỉ thị số 05-CT/TW" and "Bảo Lâm" in o for o, d in carried_out(pipeline, text))


def test_a_passive_agent_is_the_doer(pipeline):
    text = NAMED + ("Việc học tập, làm theo tư tưởng, đạo đức và phong cách Hồ Chí Minh đã được "
                    "Ban Chỉ huy Quân sự huyện Bảo Lâm triển khai đồng bộ.")
    assert any(d == "Chỉ thị số 05-CT/TW" and "Bảo Lâm" in o for o, d in carried_out(pipeline, text))


def test_without_the_directive_named_the_work_credits_nothing(pipeline):
    text = ("Ở Huyện ủy Bảo Lâm, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
            "gắn với giải quyết việc khó của dân.")
    assert carried_out(pipeline, text) == set()


def test_a_body_that_rewards_those_who_did_the_work_did_not_do_it(pipeline):
    text = NAMED + ("Nhiều cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
                    "được Huyện ủy Bảo Lâm tặng giấy khen.")
    assert carried_out(pipeline, text) == set()


def test_a_body_that_takes_up_the_work_does_it(pipeline):
    text = NAMED + ("Ở miền núi, Huyện ủy Bảo Lâm luôn coi trọng việc học tập, làm theo tư tưởng, đạo đức và "
                    "phong cách Hồ Chí Minh khi xếp loại chi bộ.")
    assert any(d == "Chỉ thị số 05-CT/TW" and "Bảo Lâm" in o for o, d in carried_out(pipeline, text))


def test_a_body_that_only_asks_for_the_work_does_not_do_it(pipeline):
    text = NAMED + ("Ở miền núi, Huyện ủy Bảo Lâm đề nghị coi trọng việc học tập, làm theo tư tưởng, đạo đức và "
                    "phong cách Hồ Chí Minh khi xếp loại chi bộ.")
    assert not any("Bảo Lâm" in o for o, d in carried_out(pipeline, text))
