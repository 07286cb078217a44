#!/usr/bin/env python3
"""Set up and run partykg with nothing but Python 3.11+.

    python3 dev.py demo   # make .venv, install partykg, build the demo graph, print a sample answer
    python3 dev.py test   # make .venv, install partykg with its test tools, run the whole test suite

`test` also installs the Debian packages the real-part tests drive (Chromium for the browser
tests, Virtuoso for the engine-equality tests) when it runs as root with apt-get, as in CI.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
DEBIAN_PACKAGES = {  # executable -> Debian package
    "chromium": "chromium",
    "virtuoso-t": "virtuoso-opensource",
}


def sh(*cmd: str, **kw) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)


def ensure_venv(extras: str) -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"partykg needs Python 3.11 or newer (this is {sys.version.split()[0]})")
    if not (BIN / "python").exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    stamp = VENV / f".installed{extras}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    pip = [str(BIN / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    sh(*pip, "--upgrade", "pip", "setuptools", "wheel")
    sh(*pip, "-e", f".{extras}", cwd=ROOT)
    stamp.write_text(digest)


def ensure_debian_packages() -> None:
    missing = [pkg for exe, pkg in DEBIAN_PACKAGES.items() if shutil.which(exe) is None
               and not Path(f"/usr/bin/{exe}").exists()]
    if not missing:
        return
    can_install = shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0
    if not can_install:
        print(f"not installing {', '.join(missing)} (needs root and apt-get); their tests will skip",
              flush=True)
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    try:
        sh("apt-get", "update", "-q", env=env, stdout=subprocess.DEVNULL)
        sh("apt-get", "install", "-y", "-q", "--no-install-recommends", *missing, env=env,
           stdout=subprocess.DEVNULL)
    except subprocess.CalledProcessError:
        if os.environ.get("CI") == "true":
            raise
        print(f"could not install {', '.join(missing)}; their tests will skip", flush=True)


def demo() -> int:
    ensure_venv("")
    return subprocess.call([str(BIN / "partykg"), "demo"], cwd=ROOT)


def test(args: list[str]) -> int:
    ensure_venv("[test]")
    ensure_debian_packages()
    return subprocess.call([str(BIN / "python"), "-m", "pytest", *args], cwd=ROOT)


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("demo", "test"):
        print(__doc__)
        return 2
    if sys.argv[1] == "demo":
        return demo()
    return test(sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
