"""Shared fixtures: a fresh on-disk store, the shared corpus (skipped when absent), and the
installed ``partykg`` command run as a subprocess, as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
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
def shared() -> Path:
    """../shared (corpus, gold, eval); tests that read it skip when it is absent."""
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip("../shared/corpus is not present")
    return SHARED


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
