"""A check that found none ("không phát hiện vụ việc tiêu cực nào") reports a zero count of
cases; without the closing "nào", or for things that are not counted cases, there is no zero."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

ARTICLE = """Chống tham nhũng

Chi cục Thuế huyện Than Uyên đã tự kiểm tra 42 cuộc nhưng không phát hiện vụ việc tiêu cực nào.
Đoàn kiểm tra không phát hiện sai phạm lớn, chỉ nhắc nhở 3 trường hợp.
"""


def test_a_check_finding_none_is_a_zero_count():
    doc = load_text(ARTICLE, source="memory:found-none.txt")
    read = figure_subjects(doc, lambda f: (f.value, f.unit))
    assert (0, "vụ việc") in read
    assert (42, "cuộc") in read


def test_without_nao_nothing_is_counted_as_zero():
    doc = load_text(ARTICLE, source="memory:found-none.txt")
    read = figure_subjects(doc, lambda f: (f.value, f.unit))
    assert (0, "sai phạm") not in read and (0, "trường hợp") not in read
