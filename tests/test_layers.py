"""The folders' dependency rule, kept by import-linter: data flows one way (cli > queries, viz >
graph, loaders > ontology), loaders know only the ontology, viz draws what it is handed and
queries never read documents. The contracts live in pyproject.toml; this runs them."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ["cli", "queries", "viz", "graph", "loaders", "ontology"]


def lint_imports(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("lint-imports")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "importlinter.cli"]
    return subprocess.run([*cmd, "--no-cache", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=300)


def contracts() -> list[dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def test_the_layers_contract_names_every_folder_in_the_order_data_flows():
    layers = next(c for c in contracts() if c["type"] == "layers")["layers"]
    names = [name.strip().removeprefix("partykg.") for layer in layers for name in layer.split("|")]
    assert sorted(names) == sorted(FOLDERS)
    assert names[0] == "cli" and names[-1] == "ontology"


def test_siblings_that_layers_alone_would_allow_are_forbidden_explicitly():
    forbidden = {c["source_modules"][0]: set(c["forbidden_modules"]) for c in contracts() if c["type"] == "forbidden"}
    assert {"partykg.graph", "partykg.queries", "partykg.viz", "partykg.cli"} <= forbidden["partykg.loaders"]
    assert {"partykg.graph", "partykg.queries", "partykg.loaders"} <= forbidden["partykg.viz"]


def test_every_contract_is_kept():
    proc = lint_imports(cwd=ROOT)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert f"Contracts: {len(contracts())} kept, 0 broken." in proc.stdout


def test_a_broken_layer_is_caught(tmp_path):
    """The same kind of contract on a throwaway package where the bottom layer imports the top."""
    pkg = tmp_path / "layered"
    for name, body in {"__init__.py": "", "top.py": "", "bottom.py": "from . import top\n"}.items():
        (pkg / name).parent.mkdir(parents=True, exist_ok=True)
        (pkg / name).write_text(body, encoding="utf-8")
    (tmp_path / "setup.cfg").write_text(
        "[importlinter]\nroot_package = layered\n\n"
        "[importlinter:contract:one-way]\nname = one way\ntype = layers\nlayers =\n    layered.top\n    layered.bottom\n",
        encoding="utf-8")
    env = {"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"}
    proc = lint_imports("--config", str(tmp_path / "setup.cfg"), cwd=tmp_path, env=env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "BROKEN" in proc.stdout and "layered.bottom -> layered.top" in proc.stdout
