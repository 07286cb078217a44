"""Sentence splitting: numbers, codes, abbreviations and initials do not end a sentence, and
every sentence's offsets slice exactly its text from the document."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partykg.loaders.segment import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize("text", [
    "Toàn huyện có 1.800 đảng viên, chiếm 26,3% dân số.",
    "Đảng ủy triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị.",
    "Đoàn công tác làm việc tại TP. Hồ Chí Minh trong hai ngày.",
    "Đồng chí dự hội nghị của Ban Chấp hành T.Ư. Đảng tại Hà Nội.",
    "Thực hiện Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng.",
    "Xã Hành Dũng, H.Nghĩa Hành có 9 chi bộ.",
    "Xã Hành Dũng, H. Nghĩa Hành có 9 chi bộ.",
    "PGS.TS. Lê Văn Nam trình bày tham luận tại hội nghị.",
])
def test_one_sentence_stays_one(text):
    assert texts(text) == [text]


def test_sentences_split_at_end_marks_keeping_closing_quotes():
    text = "Ông nói: “Chi bộ phải gương mẫu.” Sau đó, hội nghị bế mạc. 100% đảng viên đồng ý! Vì sao?"
    assert texts(text) == ["Ông nói: “Chi bộ phải gương mẫu.”", "Sau đó, hội nghị bế mạc.",
                           "100% đảng viên đồng ý!", "Vì sao?"]


def test_a_line_break_ends_a_sentence_and_list_numbers_do_not():
    assert texts("1. Kiện toàn chi bộ\n2. Phát triển đảng viên mới. Năm nay đạt 12 người.") == [
        "1. Kiện toàn chi bộ", "2. Phát triển đảng viên mới.", "Năm nay đạt 12 người."]


def test_lower_case_after_a_dot_does_not_split():
    assert texts("Các xã Tà Mung, Tà Hừa v.v. đều hoàn thành chỉ tiêu.") == [
        "Các xã Tà Mung, Tà Hừa v.v. đều hoàn thành chỉ tiêu."]


def test_only_the_given_spans_are_split():
    text = "Tiêu đề\nrác trang\nCâu một. Câu hai."
    spans = [(0, 7), (text.index("Câu"), len(text))]
    assert [s.text for s in split_sentences(text, spans)] == ["Tiêu đề", "Câu một.", "Câu hai."]


_ALPHABET = st.sampled_from(list("aăâeêoôơuưiyđĐAÂƠƯTHNXB .,!?…:;“”\"()-/0123456789\n\t ") +
                            ["TP.", "T.Ư", "05-CT/TW", "1.800", "26,3", "(khóa XII)", "ủy", "Đảng", "\r\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_offsets_slice_exactly_the_sentence_text(text):
    sentences = split_sentences(text)
    last = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= last  # in order, not overlapping
        last = s.end
    # nothing but space and line breaks is lost between sentences
    covered = set()
    for s in sentences:
        covered.update(range(s.start, s.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=4),
       st.lists(_ALPHABET, max_size=60).map("".join))
def test_offsets_hold_inside_spans(raw_spans, text):
    spans = sorted((min(a, b, len(text)), min(max(a, b), len(text))) for a, b in raw_spans)
    for s in split_sentences(text, spans):
        assert text[s.start:s.end] == s.text
        assert any(a <= s.start and s.end <= b for a, b in spans)


def test_a_dot_glued_to_the_next_sentence_still_ends_it():
    text = "Đảng bộ có 50 đảng viên.Ban Thường vụ đã họp. Ông về TP.Hồ Chí Minh, xem trang tin.vn.Hết."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == ["Đảng bộ có 50 đảng viên.", "Ban Thường vụ đã họp.",
                         "Ông về TP.Hồ Chí Minh, xem trang tin.vn.", "Hết."]
