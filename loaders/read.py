"""Reading: a path or a JSON-lines record becomes (source, text, metadata).

Bytes are decoded once (UTF-8 first, then UTF-16 by its byte-order mark, then Windows-1258),
put in NFC, and never changed again: every offset the extractors report points into this text.
A document that cannot be read raises LoadError naming it and the reason.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

MAX_BYTES = 64 * 1024 * 1024  # a larger file is refused, not read
SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")


class LoadError(Exception):
    """A document could not be loaded; str() is one line naming the document and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass
class RawDocument:
    source: str
    text: str
    format: str  # "text", "markdown", "html"
    meta: dict[str, Any] = field(default_factory=dict)


def decode(data: bytes, source: str) -> str:
    """Bytes -> NFC text. UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1258."""
    if not data.strip():
        raise LoadError(source, "empty document")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise LoadError(source, f"invalid UTF-16 at byte {e.start}") from None
    else:
        if b"\x00" in data[:4096]:
            raise LoadError(source, "binary file (NUL bytes), not a text document")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            text = _decode_legacy(data, source, e)
    text = unicodedata.normalize("NFC", text)
    if _control_ratio(text) > 0.01:
        raise LoadError(source, "binary file (control characters), not a text document")
    return text


def _decode_legacy(data: bytes, source: str, err: UnicodeDecodeError) -> str:
    """Windows-1258 is the legacy Vietnamese code page: accept it only if it reads as Vietnamese."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        raise LoadError(source, f"not UTF-8 (invalid byte at {err.start}) and not Windows-1258") from None
    # cp1258 writes tones as combining marks; NFC composes them. Text that is really some
    # other encoding decodes to letters with no Vietnamese tone marks at all.
    composed = unicodedata.normalize("NFC", text)
    if not any(ch in _VIET_MARKED for ch in composed):
        raise LoadError(source, f"not UTF-8 (invalid byte at {err.start}) and not Vietnamese in Windows-1258")
    return composed


_VIET_MARKED = set("ảạấầẩẫậắằẳẵặẻẽẹếềểễệỉịỏọốồổỗộớờởỡợủụứừửữựỳỷỹỵđĐ")


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return bad / len(sample)


def read_path(path: Path, source: str | None = None) -> Iterator[RawDocument]:
    """The documents of one file (one, or one per record of a JSON-lines file)."""
    source = source or str(path.resolve())
    try:
        size = path.stat().st_size
    except OSError as e:
        raise LoadError(source, e.strerror or str(e)) from None
    if size > MAX_BYTES:
        raise LoadError(source, f"file of {size / 2**20:.0f} MiB exceeds the {MAX_BYTES // 2**20} MiB limit")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise LoadError(source, e.strerror or str(e)) from None
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(data, source)
        return
    text = decode(data, source)
    fmt = {".html": "html", ".htm": "html", ".md": "markdown"}.get(suffix, "text")
    if fmt == "text" and text.lstrip()[:1] == "<" and "<html" in text[:2000].lower():
        fmt = "html"
    yield RawDocument(source, text, fmt)


def read_jsonl(data: bytes, source: str) -> Iterator[RawDocument]:
    """One document per line: {"text": …, "title": …, "url": …, "date": …}.

    A record's source is its URL when it has one, else ``FILE#line=N``. A bad line raises
    LoadError for that record only; the caller decides whether the rest goes on.
    """
    text = decode(data, source)
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        rec_source = f"{source}#line={n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield LoadError(rec_source, f"invalid JSON line ({e.msg} at column {e.colno})")  # type: ignore[misc]
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
            yield LoadError(rec_source, "JSON line has no \"text\" string")  # type: ignore[misc]
            continue
        meta = {k: rec[k] for k in ("title", "url", "date", "author") if isinstance(rec.get(k), str)}
        yield RawDocument(str(rec.get("url") or rec_source), unicodedata.normalize("NFC", rec["text"]),
                          "html" if rec["text"].lstrip().startswith("<") else "text", meta)
