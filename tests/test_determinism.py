"""The same text gives the same graph in every run: nothing the extractors decide may hang on the
order Python happens to iterate a set of strings in (which changes from process to process
with hash randomisation)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

# A bare "Đảng bộ X" where the text writes X as often with one type word as with another: the
# unit written first wins, in every process.
TIE = ("Sáng 4/11, Đảng bộ tỉnh Điện Biên khai mạc Đại hội đại biểu lần thứ XV. Đại hội bầu Ban Chấp "
       "hành Đảng bộ Điện Biên gồm 50 đồng chí. Đoàn đại biểu huyện Điện Biên có 30 đại biểu.")

SCRIPT = """
import hashlib, sys
from pathlib import Path
from partykg.loaders.pipeline import Pipeline, load_text, to_nquads
pipe = Pipeline()
texts = [sys.argv[1]] + [Path(p).read_text(encoding="utf-8") for p in sys.argv[2:]]
h = hashlib.sha256()
for i, text in enumerate(texts):
    h.update(to_nquads(load_text(text, source=f"memory:{i}", pipeline=pipe), pipe.versions))
print(h.hexdigest())
"""


def graph_digest(seed: str, paths: list[str]) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    r = subprocess.run([sys.executable, "-c", SCRIPT, TIE, *paths], capture_output=True, text=True,
                       env=env, timeout=600)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


@pytest.mark.slow
def test_the_graph_of_a_text_does_not_depend_on_the_process_hash_seed(seeds):
    paths = [str(p) for p in seeds]
    digests = {graph_digest(seed, paths) for seed in ("0", "1", "2", "3")}
    assert len(digests) == 1


BOARD = """
import sys
from partykg.loaders.pipeline import load_text
doc = load_text(sys.argv[1])
print(sorted({str(m.iri) for m in doc.mentions if m.label == "organization" and m.text.startswith("Ban Chấp hành")}))
"""


@pytest.mark.slow
def test_a_tie_between_two_type_words_goes_to_the_one_written_first_in_every_process():
    for seed in map(str, range(8)):
        r = subprocess.run([sys.executable, "-c", BOARD, TIE], capture_output=True, text=True,
                           env=dict(os.environ, PYTHONHASHSEED=seed), timeout=600)
        assert r.returncode == 0, r.stderr
        assert "party-committee-tinh-" in r.stdout and "huyen" not in r.stdout, (seed, r.stdout)
