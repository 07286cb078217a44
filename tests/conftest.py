"""Shared fixtures: a fresh on-disk store, the shared corpus (skipped when absent), and the
installed ``partykg`` command run as a subprocess, as a user runs it."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """A store directory that does not exist yet (ingest creates it)."""
    return tmp_path / "store"


@pytest.fixture
def store(tmp_path: Path):
    """An open, empty embedded store on disk."""
    from partykg.graph.store import EmbeddedStore

    s = EmbeddedStore(tmp_path / "open-store")
    yield s
    s.close()


@pytest.fixture(scope="session")
def pipeline():
    """The whole extraction pipeline, built once (its patterns and gazetteers load lazily)."""
    from partykg.loaders.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (corpus, gold, eval); tests that read it skip when it is absent."""
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip("../shared/corpus is not present")
    return SHARED


# Tests that score the sample articles with the answer keys and the scorer's own matching.
ANSWER_KEYS = pytest.mark.skipif(
    not ((SHARED / "corpus" / "seeds").is_dir() and (SHARED / "gold").is_dir()
         and (SHARED / "eval" / "evaluate.py").is_file()),
    reason="shared corpus and answer keys not present")


@pytest.fixture(scope="session")
def scorer(shared: Path):
    """The scorer of ../shared/eval/evaluate.py as a module (its matching rules)."""
    spec = importlib.util.spec_from_file_location("partykg_scorer", shared / "eval" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 as legacy editors wrote it: base letter, then the tone as a combining mark."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out.append((base + "".join(c for c in parts if c in TONES)).encode("cp1258"))
    return b"".join(out)


@pytest.fixture(scope="session")
def seeds(shared: Path) -> list[Path]:
    return sorted((shared / "corpus" / "seeds").glob("*.txt"))


def partykg_command() -> list[str]:
    exe = Path(sys.executable).with_name("partykg")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "partykg.cli"]


@pytest.fixture
def cli():
    """Run ``partykg ARGS…`` in a subprocess; returns the CompletedProcess (text mode)."""

    def run(*args: str | Path, check: bool = False) -> subprocess.CompletedProcess:
        env = dict(os.environ, PYTHONIOENCODING="utf-8", NO_COLOR="1", COLUMNS="200")
        env.pop("PARTYKG_STORE", None)
        env.pop("PARTYKG_ENDPOINT", None)
        proc = subprocess.run([*partykg_command(), *map(str, args)], capture_output=True, text=True,
                              encoding="utf-8", env=env, timeout=600)
        if check and proc.returncode != 0:
            raise AssertionError(f"partykg {' '.join(map(str, args))} exited {proc.returncode}:\n{proc.stderr}")
        return proc

    return run
