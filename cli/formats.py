"""Result formats of the command line: a rich table, CSV, TSV, SPARQL results JSON, Markdown and
LaTeX (booktabs) for SELECT; Turtle, JSON-LD and N-Triples for CONSTRUCT / DESCRIBE."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..graph import Result
from ..queries.runner import cell, graph_text, to_csv, to_json, to_latex, to_markdown, to_tsv

FORMATS = ("table", "csv", "tsv", "json", "md", "latex")
GRAPH_FORMATS = ("ttl", "jsonld", "nt")
_SELECT_ONLY = ("csv", "tsv", "md", "markdown", "latex", "tex")
_GRAPH_ONLY = ("ttl", "turtle", "jsonld", "json-ld", "nt", "ntriples")


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular for one: "1 document", "3 documents", "0 quads"."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def render(result: Result, fmt: str, name: str = "the query") -> str:
    """The answer as text in ``fmt``; a format of the other kind of query (a table for a
    graph, a graph format for a table) is a ValueError that says which kinds it is for."""
    fmt = fmt.lower()
    if result.kind == "ask":
        if fmt == "json":
            return to_json(result)
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        if fmt in _SELECT_ONLY:
            raise ValueError(f"{name} is a CONSTRUCT query, and {fmt} is for SELECT queries; "
                             f"give one of {', '.join(GRAPH_FORMATS)}")
        return graph_text(result.triples, fmt)
    if fmt in _GRAPH_ONLY:
        raise ValueError(f"{name} is a SELECT query, and {', '.join(GRAPH_FORMATS)} are for CONSTRUCT "
                         f"queries; give one of {', '.join(FORMATS)}")
    if fmt == "csv":
        return to_csv(result)
    if fmt == "tsv":
        return to_tsv(result)
    if fmt == "json":
        return to_json(result)
    if fmt in ("md", "markdown"):
        return to_markdown(result)
    if fmt in ("latex", "tex"):
        return to_latex(result)
    if fmt == "table":
        t = Table(*result.variables, show_lines=False)
        for row in result.rows:
            t.add_row(*[Text(cell(row.get(v))) for v in result.variables])
        buf = io.StringIO()
        Console(file=buf, width=200, highlight=False).print(t)
        buf.write(f"{counted(len(result.rows), 'row')}\n")
        return buf.getvalue()
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)}; for CONSTRUCT queries "
                     f"{', '.join(GRAPH_FORMATS)})")
