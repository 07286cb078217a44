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


def render(result: Result, fmt: str) -> str:
    fmt = fmt.lower()
    if result.kind == "ask":
        if fmt == "json":
            return to_json(result)
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        return graph_text(result.triples, fmt)
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
        buf.write(f"{len(result.rows)} rows\n")
        return buf.getvalue()
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)}; for graphs {', '.join(GRAPH_FORMATS)})")
