"""Derive the shipped gazetteer of Vietnamese administrative units from `vietnam-provinces`.

Two periods, two releases of the package (installed into a temporary directory, never into the
project's environment): 0.6.x for the units valid until 30 June 2025 (63 provinces, ~700
districts, ~10,000 communes) and 2025.x for the units valid from 1 July 2025 (34 provinces,
3,321 communes; no districts). The output is ``loaders/data/gazetteer.tsv.gz``, one unit per
line: key, period ("2008": valid until 2025-06-30; "2025": valid from 2025-07-01), code,
name, type, level, parent key.

Keys: the official codes of the two periods overlap (commune 00070 names one ward before the
reform and another after it), so the key that IRIs are minted from (``place_iri(key)``) is the
official code zero-padded (2 digits province, 3 district, 5 commune) for the units before the
reform, and ``2025-`` + the padded code for the units after it. ``code`` keeps the bare official
code. Names drop the type word ("Xã Tà Mung" -> "Tà Mung", type "xã") and use the modern tone
placement ("Hoà" -> "Hòa"), as the rest of the graph does.

Run: ``python scripts/derive_gazetteer.py`` (needs pip and network or a package index).
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from partykg.ontology.keys import modern_tones

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "loaders" / "data" / "gazetteer.tsv.gz"

OLD = ("vietnam-provinces==0.6.0", "")
NEW = ("vietnam-provinces==2025.10.1", "2025-")

# Type words as they begin the package's names, longest first.
TYPE_WORDS = ("thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "huyện", "quận", "tỉnh", "xã")


def split_type(full: str, division_type: str) -> tuple[str, str]:
    """'Thị trấn Than Uyên' -> ('thị trấn', 'Than Uyên'); 'Cao Bằng' (a 2025 province) -> ('tỉnh', …)."""
    low = full.lower()
    for t in TYPE_WORDS:
        if low.startswith(t + " "):
            return t, full[len(t) + 1:].strip()
    fallback = {"tỉnh": "tỉnh", "thành phố trung ương": "thành phố"}.get(division_type)
    if fallback is None:
        raise ValueError(f"no type word in {full!r}")
    return fallback, full.strip()


def fetch(spec: str, tmp: Path) -> list[dict]:
    target = tmp / spec.replace("==", "-")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--disable-pip-version-check", "--target", str(target), spec], check=True)
    path = target / "vietnam_provinces" / "data" / "nested-divisions.json"
    return json.loads(path.read_text(encoding="utf-8"))


def rows_of(tree: list[dict], prefix: str) -> list[tuple[str, ...]]:
    period = "2025" if prefix else "2008"
    rows = []

    def add(unit: dict, width: int, level: str, parent_key: str) -> str:
        code = f"{int(unit['code']):0{width}d}"
        key = prefix + code
        type_word, name = split_type(unit["name"], unit.get("division_type", ""))
        rows.append((key, period, code, modern_tones(name), type_word, level, parent_key))
        return key

    for p in tree:
        pk = add(p, 2, "province", "")
        for d in p.get("districts", []):
            dk = add(d, 3, "district", pk)
            for w in d.get("wards", []):
                add(w, 5, "commune", dk)
        for w in p.get("wards", []):
            add(w, 5, "commune", pk)
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        old = rows_of(fetch(OLD[0], Path(tmp)), OLD[1])
        new = rows_of(fetch(NEW[0], Path(tmp)), NEW[1])
    rows = old + new
    keys = [r[0] for r in rows]
    assert len(keys) == len(set(keys)), "duplicate keys"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = "# key\tperiod\tcode\tname\ttype\tlevel\tparent\n"
    body = "".join("\t".join(r) + "\n" for r in rows)
    # mtime=0: the same data gives the same bytes, so the file diffs only when the data does
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write((header + body).encode("utf-8"))
    counts = {}
    for r in rows:
        counts[(r[1], r[5])] = counts.get((r[1], r[5]), 0) + 1
    for (period, level), n in sorted(counts.items()):
        print(f"{'before' if period == '2008' else 'after '} 2025-07-01  {level:9s} {n:6d}")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
