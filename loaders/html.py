"""HTML pages -> text: the article's text and metadata, without scripts, menus and comments."""

from __future__ import annotations

from bs4 import BeautifulSoup


def html_to_text(html: str) -> tuple[str, dict]:
    soup = BeautifulSoup(html, "lxml")
    meta: dict = {}
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "form", "iframe", "svg"]):
        tag.decompose()
    if soup.title and soup.title.string:
        meta["title"] = soup.title.string.strip()
    text = soup.get_text("\n")
    lines = [ln.strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln), meta
