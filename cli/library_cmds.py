"""The ``queries`` command: the query library listed with titles and parameters.

Registered by cli.app's ``_register()``; running a query is the ``query`` command of cli.app.
"""

from __future__ import annotations

import json
from typing import Optional

import typer

LANGS = ("en", "vi")  # the languages every query's title is written in


def register(app: typer.Typer) -> None:
    from .app import fail, out

    @app.command("queries")
    def queries_cmd(
        lang: str = typer.Option("en", "--lang", help="Language of the titles: en or vi."),
        tag: Optional[str] = typer.Option(None, "--tag", help="Only queries with this tag (e.g. directives, outcomes)."),
        fmt: str = typer.Option("table", "--format", "-f", help="table, or json for the full metadata."),
    ) -> None:
        """List the query library: name, title and parameters of every named question.

        Run one with: partykg query NAME --param key=value

        Example: partykg queries --tag outcomes
        """
        from rich.table import Table
        from rich.text import Text

        from ..queries import QueryError, list_queries

        if lang not in LANGS:
            fail(f"unknown language {lang!r} for the titles (one of {', '.join(LANGS)})", 2)
        try:
            every = list_queries()
        except QueryError as e:
            fail(str(e), 2)
        tags = sorted({t for q in every for t in q.tags})
        if tag is not None and tag not in tags:
            fail(f"no query has the tag {tag!r} (tags: {', '.join(tags)})", 2)
        qs = [q for q in every if tag is None or tag in q.tags]
        if fmt == "json":
            data = [{"name": q.name, "title": q.title, "description": q.description, "tags": q.tags,
                     "columns": q.columns,
                     "params": [{"name": p.name, "type": p.type, "default": p.default, "description": p.description}
                                for p in q.params]} for q in qs]
            out.print_json(json.dumps(data, ensure_ascii=False))
            return
        if fmt != "table":
            fail(f"unknown format {fmt!r} (table or json)", 2)
        t = Table("name", "title", "parameters", show_lines=True)
        for q in qs:
            params = "\n".join(f"{p.name} ({p.type}{'' if p.default is None else ', default ' + str(p.default)})"
                               for p in q.params)
            t.add_row(Text(q.name), Text(q.title_in(lang)), Text(params or "—"))
        out.print(t)
