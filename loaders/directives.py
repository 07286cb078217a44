"""Extraction of directives: not yet written (the pipeline slot and its interface are fixed)."""

from __future__ import annotations

from .document import Doc


class Component:
    name = "directives"
    version = "0"

    def match(self, doc: Doc) -> None:
        pass

    def mint(self, doc: Doc) -> None:
        pass


def component() -> Component:
    return Component()
