"""Reading: a path or a JSON-lines record becomes (source, text, metadata).

Bytes are decoded once — UTF-8 first; UTF-16 by its byte-order mark, or without one when the
NUL bytes sit on one side of every code unit; then Windows-1258, the legacy Vietnamese code
page, only when the result reads as Vietnamese — put in NFC, and never changed again: every
offset the extractors report points into this text. A document that cannot be read raises
LoadError naming it and the reason. A single document larger than MAX_BYTES is refused
before it is read (no news article comes near it; reading it would only cost memory);
JSON-lines files are streamed record by record and only each record is held to that limit.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

MAX_BYTES = 16 * 1024 * 1024  # one document (a file, or one JSON line) larger than this is refused
SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
READS = f"partykg reads {' '.join(SUFFIXES)}"

_MAGIC = {b"%PDF": "a PDF file", b"PK\x03\x04": "a ZIP archive (or an office document)",
          b"\x89PNG": "a PNG image", b"GIF8": "a GIF image", b"\xff\xd8\xff": "a JPEG image",
          b"\x1f\x8b": "a gzip archive", b"\x7fELF": "an executable", b"\xd0\xcf\x11\xe0": "an old office document"}
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VIET_LETTERS = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")


class LoadError(Exception):
    """A document could not be loaded; str() is one line naming the document and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self):  # picklable, so worker processes can hand it back
        return (LoadError, (self.source, self.reason))


@dataclass
class RawDocument:
    source: str
    text: str
    format: str  # "text", "markdown", "html"
    meta: dict[str, Any] = field(default_factory=dict)


def decode(data: bytes, source: str) -> str:
    """Bytes -> NFC text, or LoadError naming ``source`` and why it is not a text document."""
    if not data.strip():
        raise LoadError(source, "empty document")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise LoadError(source, f"binary file ({what}), not a text document")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _decode_utf16(data, "utf-16", source)
    elif b"\x00" in data[:4096]:
        enc = _utf16_without_bom(data)
        if enc is None:
            raise LoadError(source, "binary file (NUL bytes), not a text document")
        text = _decode_utf16(data, enc, source)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            text = _decode_legacy(data, source, e)
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise LoadError(source, "empty document")
    if _control_ratio(text) > 0.01:
        raise LoadError(source, "binary file (control characters), not a text document")
    return text


def _decode_utf16(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise LoadError(source, f"invalid UTF-16 at byte {e.start}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark is certain when the text is mostly ASCII and Vietnamese
    letters (U+0000–U+01FF, U+1E00–U+1EFF): then one byte of nearly every code unit is NUL or
    0x01/0x1E, and the other almost never NUL."""
    sample = data[:65536]
    if len(sample) % 2:
        sample = sample[:-1]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    n = len(even)
    for enc, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high.count(0) >= 0.3 * n and low.count(0) <= 0.01 * n:
            return enc
    return None


def _decode_legacy(data: bytes, source: str, err: UnicodeDecodeError) -> str:
    """Windows-1258 is the legacy Vietnamese code page: accept it only if it reads as Vietnamese.

    It writes most tones as combining marks after the vowel; text in another legacy code page
    (Latin-1, Windows-1252) decodes to letters with almost no such marks.
    """
    where = f"invalid byte 0x{data[err.start]:02x} at {err.start}"
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        raise LoadError(source, f"not UTF-8 ({where}) and not Windows-1258") from None
    letters = sum(1 for ch in text if ch.isalpha()) or 1
    marks = sum(1 for ch in text if ch in _TONES or ch in _VIET_LETTERS)
    composed = unicodedata.normalize("NFC", text)
    stray = sum(1 for ch in composed if ch in _TONES)  # a tone mark that composes with nothing
    if marks < 0.05 * letters or stray > 0.1 * max(marks, 1):
        raise LoadError(source, f"not UTF-8 ({where}) and not Vietnamese in Windows-1258")
    return composed


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _control_ratio(text: str) -> float:
    """Share of control characters (other than line breaks and tabs) in the first 20,000."""
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


def _size(path: Path, source: str) -> int:
    try:
        return path.stat().st_size
    except OSError as e:
        raise LoadError(source, e.strerror or str(e)) from None


def _too_big(size: int) -> str:
    return (f"document of {size / 2**20:.1f} MiB exceeds the {MAX_BYTES // 2**20} MiB limit "
            "for one document (split it, or give it as JSON lines)")


def read_path(path: Path, source: str | None = None) -> Iterator[RawDocument | LoadError]:
    """The documents of one file: one, or one per record of a JSON-lines file.

    A file that cannot be read raises LoadError; a bad JSON line is yielded as a LoadError
    for that record only, and the records after it still load.
    """
    source = source or str(path.resolve())
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(path, source)
        return
    size = _size(path, source)
    if size > MAX_BYTES:
        raise LoadError(source, _too_big(size))
    try:
        data = path.read_bytes()
    except OSError as e:
        raise LoadError(source, e.strerror or str(e)) from None
    text = decode(data, source)
    fmt = {".html": "html", ".htm": "html", ".md": "markdown"}.get(suffix, "text")
    if fmt == "text" and text.lstrip()[:1] == "<" and "<html" in text[:2000].lower():
        fmt = "html"
    yield RawDocument(source, text, fmt)


def _json_problem(e: json.JSONDecodeError) -> str:
    """The decoder's complaint, said once ("… at column N"); a line that stops inside a string
    or before its object closes is most likely cut off, and is said to look so."""
    at_end = e.pos >= len(e.doc.rstrip())
    if e.msg.startswith("Unterminated string") or (at_end and e.msg.startswith("Invalid control character")):
        return "line ends inside a string: truncated?"  # (the line's own newline, inside a string)
    if at_end:
        return "line ends inside an object: truncated?" if e.doc.lstrip().startswith("{") else \
            "line ends before its value is complete: truncated?"
    return f"{e.msg.removesuffix(' at')} at column {e.colno}"


def _json_kind(value: object) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    return "a string" if isinstance(value, str) else "a number"


def count_records(path: Path) -> int:
    """How many documents a file holds, cheaply (lines of a JSON-lines file), for progress."""
    if path.suffix.lower() != ".jsonl":
        return 1
    n = 0
    try:
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                n += block.count(b"\n")
            if path.stat().st_size and not _ends_with_newline(path):
                n += 1
    except OSError:
        return 1
    return max(n, 1)


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as fh:
        fh.seek(-1, 2)
        return fh.read(1) == b"\n"


def read_jsonl(path: Path, source: str) -> Iterator[RawDocument | LoadError]:
    """One document per line: {"text": …, "title": …, "url": …, "date": …, "author": …}.

    A record's source is its URL when it has one, else ``FILE#line=N``. Lines are read one at
    a time (a large file never sits in memory whole); JSON text is UTF-8.
    """
    from .clean import parse_date

    _size(path, source)
    try:
        fh = path.open("rb")
    except OSError as e:
        raise LoadError(source, e.strerror or str(e)) from None
    seen_any = False
    with fh:
        n = 0
        while True:
            line = fh.readline(MAX_BYTES + 1)  # a line is never read whole past the limit
            if not line:
                break
            n += 1
            if n == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line.strip():
                continue
            seen_any = True
            rec_source = f"{source}#line={n}"
            if len(line) > MAX_BYTES:
                size = len(line)
                while not line.endswith(b"\n"):  # skip the rest of it
                    line = fh.readline(1 << 20)
                    if not line:
                        break
                    size += len(line)
                yield LoadError(rec_source, _too_big(size))
                continue
            try:
                rec = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as e:
                yield LoadError(rec_source, f"JSON line is not UTF-8 (invalid byte at {e.start})")
                continue
            except json.JSONDecodeError as e:
                yield LoadError(rec_source, f"invalid JSON line ({_json_problem(e)})")
                continue
            if not isinstance(rec, dict):
                yield LoadError(rec_source, f"JSON line is not a JSON object (it is {_json_kind(rec)})")
                continue
            if not isinstance(rec.get("text"), str) or not rec["text"].strip():
                yield LoadError(rec_source, 'JSON line has no "text" string')
                continue
            meta = {k: unicodedata.normalize("NFC", rec[k]).strip()
                    for k in ("title", "url", "date", "author") if isinstance(rec.get(k), str) and rec[k].strip()}
            if "date" in meta:  # ISO or "dd/mm/yyyy"; a date that cannot be read is left out
                date = parse_date(meta.pop("date"))
                if date:
                    meta["date"] = date
            text = unicodedata.normalize("NFC", rec["text"])
            fmt = "html" if text.lstrip().startswith("<") else "text"
            yield RawDocument(meta.get("url") or rec_source, text, fmt, meta)
    if not seen_any:
        raise LoadError(source, "empty document")
