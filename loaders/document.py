"""The document as the extractors see it: text as read, sentences with character offsets,
mentions found by the extractors (spans into the text) and the facts minted from them.

Modelled on spaCy's Doc: components add mentions (the match step); minting facts and quads
is a separate step, so every fact keeps the sentence it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from pyoxigraph import Literal, NamedNode


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # offsets into Doc.text, the text as read
    end: int
    text: str


@dataclass
class Mention:
    """A span of the text that an extractor recognised, with what it understood of it."""

    label: str  # "place", "organization", "person", "post", "directive", "outcome", ...
    start: int
    end: int
    text: str
    sentence: Sentence
    key: str = ""  # normalised key the IRI is minted from
    attrs: dict[str, Any] = field(default_factory=dict)
    iri: NamedNode | None = None  # set once the entity is resolved


class Fact(NamedTuple):
    """One triple of the knowledge graph, with the sentence that states it and who read it.
    (A named tuple: a document mints hundreds, and a frozen dataclass costs ~5x more to make.)"""

    s: NamedNode
    p: NamedNode
    o: NamedNode | Literal
    sentence: Sentence
    extractor: str


@dataclass
class Doc:
    source: str  # identifier given at ingest: absolute path, or URL for JSON lines records
    text: str  # decoded, NFC; every offset points here
    iri: NamedNode
    meta: dict[str, Any] = field(default_factory=dict)  # title, date, author, url, format
    body: list[tuple[int, int]] = field(default_factory=list)  # spans left after boilerplate
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    # Whatever later components need from earlier ones (the article's main organization,
    # its province, resolved entities by key ...): components document what they put here.
    context: dict[str, Any] = field(default_factory=dict)

    def of(self, label: str) -> list[Mention]:
        return [m for m in self.mentions if m.label == label]

    def in_sentence(self, sentence: Sentence, label: str | None = None) -> list[Mention]:
        return [m for m in self.mentions
                if m.sentence.index == sentence.index and (label is None or m.label == label)]

    def add_fact(self, s, p, o, sentence: Sentence, extractor: str) -> None:
        self.facts.append(Fact(s, p, o, sentence, extractor))
