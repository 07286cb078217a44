"""``push`` (upload the store to a SPARQL server) and ``serve`` (the store as a read-only
SPARQL endpoint with a query page, by the Oxigraph server of the ``oxigraph`` package).

Registered by cli.app's ``_register()``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Optional

import typer


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` server binary of the PyPI package (next to this Python, or on PATH)."""
    here = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    return str(here) if here.exists() else shutil.which("oxigraph")


def register(app: typer.Typer) -> None:
    from .app import StoreOpt, err, fail, out

    @app.command()
    def push(
        endpoint: str = typer.Option(..., "--endpoint", help="The server's SPARQL query URL (an Oxigraph server: http://HOST:PORT/query)."),
        store: Optional[Path] = StoreOpt,
        gsp: Optional[str] = typer.Option(None, "--gsp", help="Graph Store Protocol URL [default: …/store for an endpoint ending in /query]."),
        update: Optional[str] = typer.Option(None, "--update", help="SPARQL Update URL [default: …/update for /query, else the endpoint]."),
        method: str = typer.Option("auto", "--method", help="gsp, update, or auto (GSP when its URL is known)."),
        batch: int = typer.Option(5000, "--batch", min=1, help="Triples per request and graph."),
        restart: bool = typer.Option(False, "--restart", help="Ignore the record of an earlier push and send everything."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    ) -> None:
        """Upload the whole store — knowledge graph, provenance, ontology and every evidence graph —
        to a SPARQL server, in batches, resumably (record in STORE.push.json).

        \b
        Example: partykg push --endpoint http://127.0.0.1:7878/query
        Example: partykg push --endpoint http://127.0.0.1:8890/sparql --method update
        """
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        from ..graph import EmbeddedStore, StoreError, default_store_path
        from ..graph.remote import push as push_store

        if method not in ("auto", "gsp", "update"):
            fail(f"--method {method!r}: one of auto, gsp, update", 2)
        path = store or default_store_path()
        if not Path(path).exists():
            fail(f"no store at {path} (run 'partykg ingest' first, or give --store)")
        try:
            db = EmbeddedStore(path, read_only=True)
        except StoreError as e:
            fail(str(e))
        progress = Progress(TextColumn("push"), BarColumn(), TextColumn("{task.completed}/{task.total} quads"),
                            TimeRemainingColumn(), console=err, disable=quiet)
        with progress:
            task = progress.add_task("push", total=None)

            def tick(done: int, total: int) -> None:
                progress.update(task, completed=done, total=total)

            try:
                report = push_store(db, endpoint, gsp=gsp, update=update, method=method, batch=batch,
                                    restart=restart, progress=tick)
            except StoreError as e:
                fail(str(e))
        err.print(f"pushed {report.quads} quads in {report.batches} batches ({report.method}; "
                  f"{report.skipped} batches already sent) from {report.graphs} graphs; record {report.record}",
                  markup=False)

    @app.command()
    def serve(
        store: Optional[Path] = StoreOpt,
        host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (0.0.0.0 exposes the store to the network)."),
        port: int = typer.Option(7878, "--port", "-p", help="Port to listen on."),
        timeout: Optional[int] = typer.Option(None, "--timeout", help="Seconds a query may run."),
    ) -> None:
        """Serve the store read-only as a SPARQL endpoint with a query page (Oxigraph server).

        Queries go to http://HOST:PORT/query; the page at http://HOST:PORT/ runs them in the
        browser. Write requests are refused. Stop with Ctrl-C. Do not ingest into the same store
        while it is served.

        Example: partykg serve --store ./store --port 7878
        """
        from ..graph import default_store_path

        path = Path(store or default_store_path())
        if not path.exists():
            fail(f"no store at {path} (run 'partykg ingest' first, or give --store)")
        binary = oxigraph_binary()
        if binary is None:
            fail("the oxigraph server is not installed (pip install oxigraph, the same version as pyoxigraph)")
        cmd = [binary, "serve-read-only", "--location", str(path), "--bind", f"{host}:{port}"]
        if timeout:
            cmd += ["--timeout-s", str(timeout)]
        shown = f"[{host}]" if ":" in host else host
        out.print(f"serving {path} read-only at http://{shown}:{port}/ (SPARQL endpoint: http://{shown}:{port}/query)",
                  markup=False, soft_wrap=True)
        sys.stdout.flush()
        proc = subprocess.Popen(cmd)
        try:
            code = proc.wait()
        except KeyboardInterrupt:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
            raise typer.Exit(0)
        if code:
            fail(f"the oxigraph server stopped with status {code}", code)
