"""The query layer: a library of named SPARQL questions (``*.rq`` with ``#+`` metadata),
parameter binding that never pastes values into query text, and result formats."""

from .library import NamedQuery, Param, QueryError, get_query, list_queries
from .runner import run, run_text, to_csv, to_json

__all__ = ["NamedQuery", "Param", "QueryError", "get_query", "list_queries", "run", "run_text",
           "to_csv", "to_json"]
