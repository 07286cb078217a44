"""The README's first command ends in `partykg demo`: it builds the graph of the shipped demo
corpus, prints a summary and one sample answer, and writes a small gallery."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CLI = [str(Path(sys.executable).parent / "partykg")]


@pytest.mark.slow
def test_demo_builds_the_graph_prints_a_summary_an_answer_and_a_gallery(tmp_path):
    store, gallery = tmp_path / "store", tmp_path / "gallery"
    r = subprocess.run(CLI + ["demo", "--store", str(store), "--gallery", str(gallery)],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert "5 documents" in r.stdout
    assert "Sample answer" in r.stdout
    # the sample answer is a table of organizations and directives read from the articles
    assert "Đảng bộ" in r.stdout and ("Nghị quyết" in r.stdout or "Chỉ thị" in r.stdout)
    written = sorted(p.name for p in gallery.iterdir())
    assert any(n.endswith(".html") for n in written) and any(n.endswith(".svg") for n in written)
    # a second run finds every document unchanged and leaves the same store
    again = subprocess.run(CLI + ["demo", "--store", str(store), "--gallery", str(gallery)],
                           capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert "5 unchanged" in again.stderr


@pytest.mark.slow
def test_the_demo_over_a_store_another_copy_of_the_project_filled_adds_no_second_copy(tmp_path, cli):
    from partykg.cli.demo import demo_corpus

    elsewhere = tmp_path / "other-clone" / "corpus" / "demo"
    shutil.copytree(demo_corpus(), elsewhere)
    store = tmp_path / "store"
    assert cli("ingest", "--store", store, elsewhere).returncode == 0
    r = subprocess.run(CLI + ["demo", "--store", str(store), "--gallery", str(tmp_path / "gallery")],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert "5 duplicates" in r.stderr and f"read from {elsewhere}" in r.stderr
    assert "5 documents" in r.stdout  # the graph holds each demo article once


@pytest.mark.slow
def test_the_demo_builds_its_own_store_and_leaves_the_research_store_alone(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), PARTYKG_STORE=str(tmp_path / "mine"))
    r = subprocess.run(CLI + ["demo", "--gallery", str(tmp_path / "gallery")],
                       capture_output=True, text=True, timeout=600, env=env)
    assert r.returncode == 0, r.stderr
    demo_store = tmp_path / "data" / "partykg" / "demo"
    assert f"Built the demo graph in {demo_store}: 5 documents" in r.stdout
    assert f"partykg query --store {demo_store}" in r.stdout  # how to go on asking it
    assert not (tmp_path / "mine").exists() and not (tmp_path / "data" / "partykg" / "store").exists()


def test_a_demo_store_that_cannot_be_opened_is_one_line_not_a_traceback(tmp_path):
    not_a_dir = tmp_path / "a-file"
    not_a_dir.write_text("x", encoding="utf-8")
    r = subprocess.run(CLI + ["demo", "--store", str(not_a_dir), "--gallery", str(tmp_path / "g")],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines() == [f"partykg: cannot open the store at {not_a_dir}: a file, not a store directory"]
