"""HTML pages -> text: the article's text and metadata, without scripts, menus and comments.

The page's <meta> tags give title (og:title), publication date (article:published_time,
datePublished), author and canonical URL. The article is the <article> element or the block
holding most paragraph text; scripts, styles, navigation, comment boxes, share bars and
related-article lists are dropped. The text returned is the document's "text as read": one
block per line, so find_body and the sentence splitter work on it as on a plain-text page.
"""

from __future__ import annotations

import regex
from bs4 import BeautifulSoup
from bs4.element import Tag

_DROP_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "form", "iframe", "svg",
              "button", "select", "input", "textarea", "template", "object", "embed", "canvas", "aside"]
_DROP_CLASS = regex.compile(
    r"comment|binh-?luan|related|lien-?quan|\bshare|social|sidebar|menu|navbar|breadcrumb|footer|"
    r"advert|banner|\bads?\b|popup|modal|cookie|subscribe|newsletter|\btags?\b|rating|toolbar", regex.I)
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
           "blockquote", "figcaption", "pre", "td", "dd", "dt", "ul", "ol", "table", "figure", "main"}
_SPACE = regex.compile(r"[ \t\r\f\v\u00a0]+")


def _metas(soup: BeautifulSoup) -> dict[str, str]:
    """<meta> contents by property / name / itemprop (lower case), first one wins."""
    out: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        content = (tag.get("content") or "").strip()
        if content:
            for attr in ("property", "name", "itemprop"):
                if tag.get(attr):
                    out.setdefault(str(tag[attr]).lower(), content)
    return out


def _meta(metas: dict[str, str], *names: str) -> str | None:
    return next((metas[n.lower()] for n in names if n.lower() in metas), None)


def html_to_text(html: str) -> tuple[str, dict]:
    soup = BeautifulSoup(html, "lxml")
    meta: dict = {}
    metas = _metas(soup)
    title = _meta(metas, "og:title", "twitter:title")
    h1 = soup.find("h1")
    if not title and h1 and h1.get_text(strip=True):
        title = h1.get_text(" ", strip=True)
    if not title and soup.title and soup.title.string:
        title = soup.title.string.strip()
    if title:
        meta["title"] = _SPACE.sub(" ", title)
    date = _meta(metas, "article:published_time", "datePublished", "pubdate", "publishdate", "date",
                 "dc.date", "DC.date.issued")
    if not date:
        t = soup.find("time", attrs={"datetime": True})
        date = t["datetime"] if t else None
    if date:
        meta["date"] = date
    author = _meta(metas, "author", "article:author", "dc.creator")
    if author and not author.startswith("http"):
        meta["author"] = author
    url = _meta(metas, "og:url")
    link = soup.find("link", attrs={"rel": "canonical"})
    url = url or (link.get("href") if link else None)
    if url:
        meta["url"] = url

    for tag in soup(_DROP_TAGS):
        tag.decompose()
    doomed = []
    for tag in soup.find_all(True):
        attrs = tag.attrs or {}
        cls = attrs.get("class", "")
        marks = (" ".join(cls) if isinstance(cls, list) else str(cls)) + " " + str(attrs.get("id", ""))
        if marks.strip() and tag.name not in ("html", "body", "article", "main") and _DROP_CLASS.search(marks):
            doomed.append(tag)
    for tag in doomed:  # (a tag inside one already dropped is dropped again: harmless)
        tag.decompose()

    root = _article(soup)
    text = _text(root)
    if title and title not in text[: len(title) + 200]:
        text = title + "\n" + text
    return text, meta


def _article(soup: BeautifulSoup) -> Tag:
    """The element holding the article: <article>, articleBody, else the block with most <p> text."""
    for sel in ({"itemprop": "articleBody"},):
        tag = soup.find(attrs=sel)
        if tag and len(tag.get_text(strip=True)) > 200:
            return tag
    arts = [a for a in soup.find_all("article") if len(a.get_text(strip=True)) > 200]
    if arts:
        return max(arts, key=lambda a: len(a.get_text(strip=True)))
    body = soup.body or soup
    best, best_len = body, 0
    scores: dict[int, tuple[Tag, int]] = {}
    for p in body.find_all("p"):
        n = len(p.get_text(strip=True))
        parent = p.parent
        if isinstance(parent, Tag):
            tag, total = scores.get(id(parent), (parent, 0))
            scores[id(parent)] = (tag, total + n)
    for tag, total in scores.values():
        if total > best_len:
            best, best_len = tag, total
    total_p = sum(len(p.get_text(strip=True)) for p in body.find_all("p"))
    return best if best_len >= 0.5 * total_p and best_len > 200 else body


def _text(root: Tag) -> str:
    """Block elements on their own lines; inline text joined with single spaces. An explicit
    stack rather than recursion: deeply nested pages cost linear time and no stack."""
    from bs4.element import NavigableString

    parts: list[str] = []
    stack: list = [root]
    while stack:
        node = stack.pop()
        if node is None:  # the end of a block
            parts.append("\n")
        elif isinstance(node, Tag):
            if node.name in _BLOCKS:
                parts.append("\n")
                stack.append(None)
            stack.extend(reversed(node.contents))
        elif type(node) is NavigableString:
            parts.append(str(node))
    lines = (_SPACE.sub(" ", ln).strip() for ln in "".join(parts).split("\n"))
    return "\n".join(ln for ln in lines if ln)
