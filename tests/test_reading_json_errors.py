"""A JSON-lines record that cannot be read says why in words a researcher can act on: the
decoder's complaint once, a line cut off as looking truncated, and a value that is no object
as such — the records around it still load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from partykg.loaders.read import LoadError, RawDocument, read_path

RECORD = {"text": "Chi bộ bản Pắc Ngà kết nạp 3 đảng viên mới trong năm 2024.", "url": "https://example.org/b"}


def reasons(tmp_path: Path, *lines: str) -> list[str]:
    f = tmp_path / "tin.jsonl"
    f.write_text("\n".join([json.dumps(RECORD, ensure_ascii=False), *lines]) + "\n", encoding="utf-8")
    out = list(read_path(f))
    assert isinstance(out[0], RawDocument)  # the good record before them still loads
    assert all(isinstance(x, LoadError) for x in out[1:])
    return [x.reason for x in out[1:]]


def test_a_control_character_is_named_once_with_its_column(tmp_path):
    (reason,) = reasons(tmp_path, '{"text": "Chi bộ\x07 họp"}')
    assert reason == "invalid JSON line (Invalid control character at column 17)"
    assert "at at" not in reason


def test_a_line_cut_inside_a_string_looks_truncated(tmp_path):
    cut = json.dumps(RECORD, ensure_ascii=False)[:30]
    assert reasons(tmp_path, cut) == ["invalid JSON line (line ends inside a string: truncated?)"]


def test_a_line_cut_before_its_object_closes_looks_truncated(tmp_path):
    cut = json.dumps(RECORD, ensure_ascii=False)[:-1]
    assert reasons(tmp_path, cut) == ["invalid JSON line (line ends inside an object: truncated?)"]


def test_a_mistake_inside_the_line_is_not_called_truncated(tmp_path):
    (reason,) = reasons(tmp_path, '{"text" "Chi bộ họp"}')
    assert reason == "invalid JSON line (Expecting ':' delimiter at column 9)"
    assert "truncated" not in reason


@pytest.mark.parametrize("line,kind", [("[1, 2]", "an array"), ("42", "a number"), ('"Chi bộ họp"', "a string"),
                                       ("null", "null")])
def test_a_line_that_is_no_object_says_so(tmp_path, line, kind):
    assert reasons(tmp_path, line) == [f"JSON line is not a JSON object (it is {kind})"]


def test_an_object_without_text_still_says_it_has_no_text(tmp_path):
    assert reasons(tmp_path, json.dumps({"title": "Tin"})) == ['JSON line has no "text" string']
