"""Result formats of the command line: a rich table, CSV, TSV and SPARQL results JSON."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table

from ..graph import Result
from ..queries.runner import cell, to_csv, to_json

FORMATS = ("table", "csv", "tsv", "json")


def render(result: Result, fmt: str) -> str:
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        from pyoxigraph import RdfFormat, serialize

        return serialize(result.triples, format=RdfFormat.TURTLE).decode("utf-8")
    if fmt == "csv":
        return to_csv(result)
    if fmt == "tsv":
        return to_csv(result, delimiter="\t")
    if fmt == "json":
        return to_json(result)
    if fmt == "table":
        t = Table(*result.variables, show_lines=False)
        for row in result.rows:
            t.add_row(*[cell(row.get(v)) for v in result.variables])
        buf = io.StringIO()
        Console(file=buf, width=200, highlight=False).print(t)
        buf.write(f"{len(result.rows)} rows\n")
        return buf.getvalue()
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
