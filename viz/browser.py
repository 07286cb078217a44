"""Open a page in headless Chromium and look inside it over the DevTools protocol.

Used by the browser tests and the viz benchmark to check what vis-network actually drew (the
page's own DataSets, not the file's text) and which requests left the page. Needs a Chromium
binary (Debian package ``chromium``) and the ``websocket-client`` package (test extra).
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-dev-shm-usage", "--no-default-browser-check",
         "--disable-extensions", "--window-size=1280,900")


def find_chromium() -> str | None:
    """$PARTYKG_CHROMIUM, else chromium / chromium-browser / google-chrome on PATH."""
    env = os.environ.get("PARTYKG_CHROMIUM")
    if env:
        return env if Path(env).exists() or shutil.which(env) else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


class BrowserError(RuntimeError):
    pass


class Browser:
    """A headless Chromium with a fresh profile, driven through one page target.

    ``requests`` collects every URL the page asked for (Network.requestWillBeSent), so a
    caller can assert that an offline page stayed offline.
    """

    def __init__(self, binary: str | None = None, *, timeout: float = 30.0) -> None:
        import websocket  # websocket-client

        self.binary = binary or find_chromium()
        if not self.binary:
            raise BrowserError("no Chromium found (install the Debian package 'chromium')")
        self.profile = tempfile.mkdtemp(prefix="partykg-chromium-")
        self.proc = subprocess.Popen(
            [self.binary, *FLAGS, f"--user-data-dir={self.profile}", "--remote-debugging-port=0",
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while not (port_file.exists() and port_file.read_text().strip()):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise BrowserError("Chromium did not open its DevTools port")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        ws_url = None
        while ws_url is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as r:
                    targets = json.load(r)
                ws_url = next((t["webSocketDebuggerUrl"] for t in targets if t.get("type") == "page"), None)
            except OSError:
                pass
            if ws_url is None:
                if time.monotonic() > deadline:
                    self.close()
                    raise BrowserError("Chromium opened no page target")
                time.sleep(0.05)
        self.ws = websocket.create_connection(ws_url, timeout=timeout, suppress_origin=True)
        self._ids = itertools.count(1)
        self.requests: list[str] = []
        self.console: list[str] = []
        self.exceptions: list[str] = []
        for domain in ("Page", "Network", "Runtime"):
            self.call(f"{domain}.enable")

    # -- protocol
    def _event(self, msg: dict) -> None:
        method = msg.get("method")
        params = msg.get("params", {})
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Runtime.consoleAPICalled":
            self.console.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            d = params.get("exceptionDetails", {})
            self.exceptions.append(d.get("exception", {}).get("description") or d.get("text", ""))

    def call(self, method: str, **params) -> dict:
        mid = next(self._ids)
        self.ws.send(json.dumps({"id": mid, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == mid:
                if "error" in msg:
                    raise BrowserError(f"{method}: {msg['error'].get('message')}")
                return msg.get("result", {})
            self._event(msg)

    # -- page
    def open(self, path_or_url: str | Path) -> None:
        url = str(path_or_url)
        if "://" not in url:
            url = Path(url).resolve().as_uri()
        self.call("Page.navigate", url=url)

    def evaluate(self, expression: str):
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            d = r["exceptionDetails"]
            raise BrowserError(d.get("exception", {}).get("description") or d.get("text", "script error"))
        return r.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 60.0, interval: float = 0.05):
        deadline = time.monotonic() + timeout
        while True:
            try:
                value = self.evaluate(expression)
            except BrowserError:
                value = None
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out after {timeout:.0f} s waiting for {expression}")
            time.sleep(interval)

    def screenshot(self, path: str | Path) -> Path:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path = Path(path)
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        ws = getattr(self, "ws", None)
        if ws is not None:
            try:
                ws.close()
            except Exception:
                pass
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# What a test or benchmark reads from a partykg network page once it is ready.
PAGE_STATE = """(() => {
  const d = network.body.data;
  return {
    ready: window.partykg.ready, drawnAt: window.partykg.drawnAt, readyAt: window.partykg.readyAt,
    nodes: d.nodes.get().map(n => ({id: n.id, label: n.label, group: n.group})),
    edges: d.edges.get().map(e => ({from: e.from, to: e.to, label: e.label})),
    drawnNodes: Object.keys(network.body.nodes).length,
    positions: Object.keys(network.getPositions()).length,
    legend: Array.from(document.querySelectorAll('#pk-legend li')).map(li => li.textContent),
    legendVisible: (() => { const r = document.getElementById('pk-legend').getBoundingClientRect();
                            return r.width > 0 && r.height > 0; })(),
    canvas: (() => { const c = document.querySelector('#mynetwork canvas');
                     return c ? [c.width, c.height] : null; })(),
    resources: performance.getEntriesByType('resource').map(r => r.name),
  };
})()"""
