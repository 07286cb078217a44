"""The ``partykg`` command line: parse options, call one library function, format, exit.

This is the only module that wires loaders, graph, queries and viz together. User mistakes
(a missing path, an unknown query, an unreadable store) print one line and exit non-zero.
"""

from __future__ import annotations

import sys

from .app import app


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("partykg: interrupted\n")
        sys.exit(130)
