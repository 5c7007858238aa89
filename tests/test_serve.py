"""`mkdocs serve` as a consultant uses it: drafts shown, edits rebuilt, a broken case
reported in the terminal while the server keeps running."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Callable

import pytest

from tests.conftest import Project


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(condition: Callable[[], bool], what: str, limit: float = 60.0) -> None:
    """Poll until `condition` holds; the limit only bounds a hung server, it measures nothing."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.3)
    pytest.fail(f"timed out waiting for {what}")


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def test_serve_shows_drafts_rebuilds_on_edit_and_survives_a_broken_case(project: Project, tmp_path: Path) -> None:
    project.add_case("story", title={"fi": "Ensimmäinen otsikko", "en": "First title"})
    project.add_case("unfinished", status="draft")
    port = free_port()
    log = (tmp_path / "serve.log").open("w+", encoding="utf-8")
    mkdocs = str(Path(sys.executable).parent / "mkdocs")
    server = subprocess.Popen([mkdocs, "serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=project.root,
                              stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: "Ensimmäinen otsikko" in (fetch(base + "story/") or ""), "the first build")
        assert "ts-draft" in (fetch(base + "unfinished/") or "")

        project.add_case("story", title={"fi": "Muutettu otsikko", "en": "Changed title"})
        wait_for(lambda: "Changed title" in (fetch(base + "en/story/") or ""), "the rebuild after an edit")

        project.add_case("story", status="publshed")
        wait_for(lambda: "did you mean 'published'" in Path(log.name).read_text(encoding="utf-8"), "the diagnostic")
        output = Path(log.name).read_text(encoding="utf-8")
        assert "cases/story.yml:1:9: error: status: expected one of draft, published" in output
        assert "Traceback" not in output
        assert server.poll() is None  # still serving

        project.add_case("story", title={"fi": "Korjattu otsikko", "en": "Fixed title"})
        wait_for(lambda: "Korjattu otsikko" in (fetch(base + "story/") or ""), "the rebuild after the fix")
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
