"""Sentence splitting with character offsets into the text as read.

A sentence ends at a line break, or at . ! ? … followed by space and a capital letter —
except after abbreviations ("TP.", "Th.S", "T.Ư.") and inside numbers ("1.800", "26,3") or
codes ("05-CT/TW"), which never contain a space after the dot.
"""

from __future__ import annotations

import regex

from .document import Sentence

# Abbreviations that end with a dot but do not end the sentence.
ABBREVIATIONS = frozenset("""
    tp tx tt q h p x ths ts pgs gs ks bs đ/c đc ông bà st tr nxb v.v vv t.ư tw ubnd
""".split())

_END = regex.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(]?[\p{Lu}\d])")
_LINE = regex.compile(r"[^\n]+")


def split_sentences(text: str, spans: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Sentences of ``text`` (optionally only inside ``spans``), trimmed of surrounding space."""
    out: list[Sentence] = []
    for lo, hi in spans or [(0, len(text))]:
        for line in _LINE.finditer(text, lo, hi):
            start = line.start()
            for m in _END.finditer(text, line.start(), line.end()):
                if _is_abbreviation(text, start, m.start()):
                    continue
                _emit(text, start, m.start(), out)
                start = m.end()
            _emit(text, start, line.end(), out)
    return out


def _is_abbreviation(text: str, start: int, dot_end: int) -> bool:
    word = regex.search(r"(\S+)$", text[start:dot_end])
    if not word:
        return False
    token = word.group(1).rstrip("\"”’)").lower().rstrip(".")
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end]))
