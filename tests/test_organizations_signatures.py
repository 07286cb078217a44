"""An article signed on its last line by a body, after its author's name ("Nguyễn Văn A" then
"Ban Tuyên giáo Huyện ủy"), names no body it speaks of: the signature is a byline. The same
body named in a sentence of the text is read.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs

TEXT = "Xã Bản Rịa có 9 thôn. Chi bộ thôn Nà Sáng kết nạp 3 đảng viên trong năm."


def test_a_body_signing_the_article_after_its_author_is_no_body_named(pipeline):
    got = orgs(TEXT + "\n\nLương Hải Đăng\n\nBan Tuyên giáo Tỉnh ủy\n", pipeline)
    assert not [o for o in got if o.startswith("Ban Tuyên giáo")]


def test_the_same_body_in_a_sentence_is_read(pipeline):
    got = orgs(TEXT + " Ban Tuyên giáo Tỉnh ủy Cao Bằng khen ngợi chi bộ.\n\nLương Hải Đăng\n", pipeline)
    assert [o for o in got if o.startswith("Ban Tuyên giáo")]
