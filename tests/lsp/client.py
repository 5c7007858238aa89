"""A small client of the real YAML language server (the engine of VS Code's YAML extension),
driven over stdio with LSP JSON-RPC: initialize, the schema associations through
workspace/didChangeConfiguration, textDocument/didOpen, and what it publishes back.

The server is the npm package locked in tests/lsp/package.json (`npm ci` in that folder)."""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).resolve().parent
SERVER = FOLDER / "node_modules" / "yaml-language-server" / "bin" / "yaml-language-server"


def install() -> str | None:
    """Installs the locked server with `npm ci` when it is missing; the reason when it cannot."""
    if SERVER.is_file():
        return None
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        return "node and npm not found: install Node.js, then `npm ci` in tests/lsp"
    result = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"], cwd=FOLDER,
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0 or not SERVER.is_file():
        return f"`npm ci` in tests/lsp failed: {result.stderr.strip()[-500:]}"
    return None


class LanguageServer:
    """One server process; each method waits for its answer (or the published diagnostics)."""

    def __init__(self, root: Path):
        self.process = subprocess.Popen(
            [shutil.which("node") or "node", str(SERVER), "--stdio"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=root,
        )
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.diagnostics: dict[str, list[dict[str, Any]]] = {}
        self.published: dict[str, float] = {}
        self.answers: dict[int, Any] = {}
        self.next_id = 0
        self.settings: dict[str, Any] = {}
        self.lock = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        self.request("initialize", {
            "processId": os.getpid(), "rootUri": root.as_uri(), "workspaceFolders": [{"uri": root.as_uri(), "name": "site"}],
            "capabilities": {"workspace": {"configuration": True}, "textDocument": {
                "completion": {"completionItem": {"documentationFormat": ["markdown", "plaintext"]}},
                "hover": {"contentFormat": ["markdown", "plaintext"]},
                "publishDiagnostics": {},
            }},
        })
        self.notify("initialized", {})

    # --- JSON-RPC over stdio ------------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        self.process.stdin.flush()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = 0
            while (line := stream.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not line:
                return
            message = json.loads(stream.read(length))
            with self.lock:
                if message.get("method") == "textDocument/publishDiagnostics":
                    uri = message["params"]["uri"]
                    self.diagnostics[uri] = message["params"]["diagnostics"]
                    self.published[uri] = time.monotonic()
                elif "id" in message and "method" in message:
                    # the server's own requests: it pulls its settings (workspace/configuration)
                    # whenever told that they changed; anything else is answered empty
                    items = message.get("params", {}).get("items", [])
                    result = [self.settings.get(item.get("section", "")) for item in items] \
                        if message["method"] == "workspace/configuration" else None
                    self._send({"id": message["id"], "result": result})
                elif "id" in message:
                    self.answers[message["id"]] = message.get("result", message.get("error"))
                self.lock.notify_all()

    def request(self, method: str, params: Any, timeout: float = 30) -> Any:
        with self.lock:
            self.next_id += 1
            number = self.next_id
        self._send({"id": number, "method": method, "params": params})
        with self.lock:
            if not self.lock.wait_for(lambda: number in self.answers, timeout):
                raise TimeoutError(f"no answer to {method} in {timeout} s")
            return self.answers.pop(number)

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    # --- what the tests ask -------------------------------------------------------------

    def configure(self, schemas: dict[str, list[str]]) -> None:
        """yaml.schemas: each schema's URI and the files it applies to. The server reads
        them back with workspace/configuration, as it does from an editor."""
        self.settings = {"yaml": {
            "schemas": schemas, "validate": True, "completion": True, "hover": True, "format": {"enable": False},
            "schemaStore": {"enable": False}, "customTags": [], "yamlVersion": "1.2",
        }}
        self.notify("workspace/didChangeConfiguration", {"settings": self.settings})

    def open(self, path: Path) -> str:
        uri = path.as_uri()
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "yaml", "version": 1, "text": path.read_text(encoding="utf-8", errors="replace"),
        }})
        return uri

    def diagnose(self, paths: list[Path], quiet: float = 1.0, timeout: float = 120) -> dict[Path, list[dict[str, Any]]]:
        """Opens the files; their diagnostics once every one has some and none came for `quiet` s."""
        uris = {self.open(path): path for path in paths}
        deadline = time.monotonic() + timeout
        with self.lock:
            while True:
                done = all(uri in self.published for uri in uris)
                last = max((self.published.get(uri, 0.0) for uri in uris), default=0.0)
                if done and time.monotonic() - last >= quiet:
                    break
                if time.monotonic() > deadline:
                    raise TimeoutError("the language server did not publish diagnostics for every file")
                self.lock.wait(0.1)
            return {path: self.diagnostics[uri] for uri, path in uris.items()}

    def completion(self, path: Path, line: int, character: int) -> list[dict[str, Any]]:
        uri = path.as_uri()
        result = self.request("textDocument/completion", {"textDocument": {"uri": uri},
                                                          "position": {"line": line, "character": character}})
        return result.get("items", []) if isinstance(result, dict) else (result or [])

    def hover(self, path: Path, line: int, character: int) -> str:
        result = self.request("textDocument/hover", {"textDocument": {"uri": path.as_uri()},
                                                     "position": {"line": line, "character": character}})
        contents = (result or {}).get("contents", "")
        return contents.get("value", "") if isinstance(contents, dict) else str(contents)

    def close(self) -> None:
        try:
            self.request("shutdown", None, timeout=5)
            self.notify("exit", None)
            self.process.wait(timeout=5)
        except (TimeoutError, OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
