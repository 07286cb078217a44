"""Decoding: UTF-8 first, UTF-16 with or without a byte-order mark, Windows-1258 when it reads
as Vietnamese; NFC once; every failure names the document and says why."""

from __future__ import annotations

import json
import unicodedata

import pytest
from conftest import cp1258

from partykg.loaders.read import MAX_BYTES, LoadError, decode, read_path

SENTENCE = "Chi bộ bản Nà Khoang tổ chức hội nghị học tập nghị quyết, có 27 đảng viên tham dự."


def test_utf8_is_read_and_put_in_nfc():
    decomposed = unicodedata.normalize("NFD", SENTENCE)
    assert decode(decomposed.encode("utf-8"), "a.txt") == SENTENCE


def test_utf8_byte_order_mark_is_not_part_of_the_text():
    assert decode(b"\xef\xbb\xbf" + SENTENCE.encode(), "a.txt") == SENTENCE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_byte_order_mark(encoding):
    assert decode(SENTENCE.encode(encoding), "a.txt") == SENTENCE


def test_windows_1258_is_recognised():
    data = cp1258(SENTENCE)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode(data, "a.txt") == SENTENCE


def test_latin1_text_is_not_taken_for_windows_1258():
    data = "Le comité a célébré la réunion à Genève, où il était présent.".encode("latin-1")
    with pytest.raises(LoadError, match=r"^old\.txt: not UTF-8 .*not Vietnamese"):
        decode(data, "old.txt")


def test_bytes_no_code_page_decodes_name_the_document():
    with pytest.raises(LoadError, match=r"^bad\.txt: not UTF-8 \(invalid byte 0x81 at 4\)"):
        decode(b"abcd\x81\x8d\x8f\x90", "bad.txt")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty document"),
    (b"   \n\t\n", "empty document"),
    (b"%PDF-1.7\n\x00\x01binary", "binary file (a PDF file)"),
    (bytes(range(256)) * 4, "binary file"),
    (b"\x00\x00\x00\x01" * 100, "binary file"),
])
def test_what_is_not_a_text_document_is_refused(data, reason):
    with pytest.raises(LoadError) as e:
        decode(data, "x.bin")
    assert str(e.value).startswith(f"x.bin: {reason}")
    assert "\n" not in str(e.value)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: costs no disk and no memory
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(LoadError, match="exceeds the 16 MiB limit"):
        list(read_path(big))


def test_missing_file_names_it(tmp_path):
    with pytest.raises(LoadError, match="No such file"):
        list(read_path(tmp_path / "gone.txt"))


def test_json_lines_bad_record_does_not_stop_the_others(tmp_path):
    f = tmp_path / "batch.jsonl"
    good = {"text": SENTENCE, "title": "Tin chi bộ", "url": "https://example.org/a", "date": "2023-04-05T08:00:00+07:00"}
    f.write_text(json.dumps(good, ensure_ascii=False) + "\n" + '{"text": "Đảng bộ xã Yên Thổ tổ ch\n'
                 + json.dumps({"text": SENTENCE + " Thêm.", "date": "05/04/2023"}, ensure_ascii=False) + "\n"
                 + json.dumps({"title": "no text"}) + "\n", encoding="utf-8")
    out = list(read_path(f))
    assert [type(x).__name__ for x in out] == ["RawDocument", "LoadError", "RawDocument", "LoadError"]
    assert out[0].source == "https://example.org/a" and out[0].meta["date"] == "2023-04-05"
    assert str(out[1]).startswith(f"{f.resolve()}#line=2: invalid JSON line")
    assert out[2].source == f"{f.resolve()}#line=3" and out[2].meta["date"] == "2023-04-05"
    assert 'no "text"' in str(out[3])


def test_json_lines_an_oversized_record_is_skipped_without_reading_it_whole(tmp_path, monkeypatch):
    import partykg.loaders.read as read

    monkeypatch.setattr(read, "MAX_BYTES", 1000)
    f = tmp_path / "batch.jsonl"
    big = json.dumps({"text": "Chi bộ họp. " * 400}, ensure_ascii=False)
    f.write_text(big + "\n" + json.dumps({"text": SENTENCE}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = list(read_path(f))
    assert isinstance(out[0], LoadError) and "exceeds the" in str(out[0]) and "#line=1" in str(out[0])
    assert out[1].text == SENTENCE and out[1].source.endswith("#line=2")
