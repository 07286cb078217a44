"""Sentence splitting with character offsets into the text as read.

A sentence ends at a line break, or at . ! ? … (with any closing quotes or brackets) followed
by space and a capital letter, a digit or an opening quote, or at a dot glued between a
lower-case word and a capitalised one ("năm 2019.Ban Thường vụ") — except after abbreviations
("TP.", "Th.S", "T.Ư.", "PGS.TS."), initials ("H. Nghĩa Hành") and list numbers ("1. ", "II. ").
Numbers ("1.800", "26,3") and codes ("05-CT/TW") never split: they have no space after the dot.
Each sentence's offsets slice exactly its text from the document.
"""

from __future__ import annotations

import regex

from .document import Sentence

# Abbreviations that end with a dot but do not end the sentence (lower case, without the dot).
ABBREVIATIONS = frozenset("""
    tp tx tt q h p x tr ths ts pgs gs ks bs cn đ/c đc st nxb v.v vv t.ư tư tw ubnd hđnd
    mr mrs ms dr no vs etc
""".split())
_ROMAN = regex.compile(r"[ivxlc]+")

# the end mark, then closing quotes/brackets (kept in the sentence), then space, then what
# may open a sentence
_END = regex.compile(r"[.!?…]+([\"”’»)\]]*)(\s+)(?=[\"“‘«(\[]?[\p{Lu}\d])")
_LINE = regex.compile(r"[^\n]+")
# a dot glued to the next sentence (".Ban Thường vụ"): a lower-case word of two letters or
# more, the dot, then a capitalised word; never "TP.HCM", "H.Nghĩa Hành", "1.800" or ".vn"
_GLUED = regex.compile(r"(?<=\p{Ll}\p{Ll})\.(?=\p{Lu}\p{Ll})")


def split_sentences(text: str, spans: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Sentences of ``text`` (optionally only inside ``spans``), trimmed of surrounding space."""
    out: list[Sentence] = []
    for lo, hi in (spans if spans is not None else [(0, len(text))]):
        for line in _LINE.finditer(text, lo, hi):
            start = line.start()
            # (mark, end of this sentence, start of the next): after the closing quotes,
            # before the space
            breaks = [(m.start(), m.start(2), m.end()) for m in _END.finditer(text, line.start(), line.end())]
            breaks += [(m.start(), m.end(), m.end()) for m in _GLUED.finditer(text, line.start(), line.end())]
            for mark, end, nxt in sorted(breaks):
                if mark < start or _no_break(text, start, mark, text[mark]):
                    continue
                _emit(text, start, end, out)
                start = nxt
            _emit(text, start, line.end(), out)
    return out


def _no_break(text: str, start: int, mark: int, ch: str) -> bool:
    """Does the dot at ``mark`` belong to the word before it rather than end the sentence?"""
    if ch != ".":
        return False
    i = mark
    while i > start and not text[i - 1].isspace():  # back to the start of the word (short)
        i -= 1
    if i == mark:
        return True  # nothing before the dot: a list marker or stray punctuation
    token = text[i:mark].lower().lstrip("(\"“‘[")
    if token in ABBREVIATIONS:
        return True
    parts = [p for p in token.split(".") if p]
    if parts and all(p in ABBREVIATIONS or (len(p) == 1 and p.isalpha()) for p in parts):
        return True  # "pgs.ts", "t.ư", "h" (an initial)
    if i == start and (token.isdigit() and len(token) <= 3 or _ROMAN.fullmatch(token)):
        return True  # "1. Đảng bộ …", "II. Nhiệm vụ": a list number opening the sentence
    return False


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end]))
