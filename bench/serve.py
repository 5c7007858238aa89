"""How long a saved file takes to reach the browser: a real `mkdocs serve`, a file edited
on disk, and the page polled over HTTP until it shows the change.

The time runs from the moment the file is written to the first response that has the new
text in it, so it holds all of what a person waits for: MkDocs noticing the change (its
watcher looks every 0.5 s), the rebuild, and the server answering with the new page.
"""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

STARTUP_TIMEOUT_S = 1800.0
EDIT_TIMEOUT_S = 600.0
SETTLE_S = 1.5
"""Between edits: the watcher has seen the last one, and the server is idle."""


@dataclass
class Edit:
    """A change to make on disk, and the page and text that show it has been served."""

    name: str
    apply: Callable[[], None]
    url: str
    shows: str


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """`mkdocs serve` of a project, on a free port, with its output collected."""

    def __init__(self, mkdocs: Path, project: Path):
        self.port = free_port()
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
        self.process = subprocess.Popen(
            [str(mkdocs), "serve", "--dev-addr", f"127.0.0.1:{self.port}"], cwd=project, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace")
        self.output: list[str] = []
        self._serving = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.output.append(line)
            if "Serving on" in line:
                self._serving.set()

    def wait_until_serving(self) -> float:
        start = time.perf_counter()
        while not self._serving.wait(0.2):
            if self.process.poll() is not None or time.perf_counter() - start > STARTUP_TIMEOUT_S:
                raise SystemExit("mkdocs serve did not start:\n" + "".join(self.output[-40:]))
        return time.perf_counter() - start

    def get(self, url: str) -> str:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{url}", timeout=10) as response:
                return response.read().decode("utf-8", "replace")
        except (urllib.error.URLError, OSError):
            return ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def served_after(server: Server, edit: Edit) -> float:
    """Seconds from the edit on disk to the first response that shows it."""
    time.sleep(SETTLE_S)
    start = time.perf_counter()
    edit.apply()
    while edit.shows not in server.get(edit.url):
        if time.perf_counter() - start > EDIT_TIMEOUT_S:
            raise SystemExit(f"the edit '{edit.name}' was never served:\n" + "".join(server.output[-40:]))
        time.sleep(0.02)
    return time.perf_counter() - start


def latencies(mkdocs: Path, project: Path, edits: list[Edit]) -> dict[str, object]:
    """Start the server, make each edit in turn, stop; the seconds of each edit by name,
    and the server's own build times (its 'Documentation built in' lines)."""
    server = Server(mkdocs, project)
    try:
        startup = server.wait_until_serving()
        times: dict[str, list[float]] = {}
        for edit in edits:
            times.setdefault(edit.name, []).append(round(served_after(server, edit), 3))
    finally:
        server.stop()
    builds = [float(line.rsplit(" in ", 1)[1].split()[0]) for line in server.output if "Documentation built in" in line]
    return {"startup_s": round(startup, 2), "edits": times,
            "median_s": {name: round(statistics.median(values), 3) for name, values in times.items()},
            "rebuild_s": builds[1:]}
