"""Atomic builds: MkDocs writes into a folder beside `site/`, which replaces `site/` only
when the whole build has succeeded. A build that fails at any stage, or is interrupted,
leaves the previous `site/` exactly as it was (and `mkdocs serve` showing its last good
build).

`mkdocs serve` merges instead (MergedSite): the files this build wrote move into the
served folder one by one when the build has succeeded, the files it reused stay where
they are, and what the build no longer has is removed. A saved case then costs the files
it changed, not a new folder of every file of the site."""

from __future__ import annotations

import logging
import os
import shutil
import threading
from pathlib import Path
from typing import Mapping, Protocol


class Reused(Protocol):
    """The files a build takes from the builds before (reuse.py)."""

    @property
    def sources(self) -> Mapping[str, object]: ...

    def write(self, target: Path) -> None: ...


_BUILDING = ".tarinasto-building-"
_PREVIOUS = ".tarinasto-previous-"


class AtomicSite:
    def __init__(self, site_dir: Path, strict: bool):
        self.site = site_dir
        self.work = self._sibling(_BUILDING, os.getpid())
        self._warnings = _WarningCount()
        if strict:
            # MkDocs aborts a strict build with warnings after the last plugin event: count
            # them too (from the start of the build), so that such a build never replaces site/.
            logging.getLogger("mkdocs").addHandler(self._warnings)

    def _sibling(self, kind: str, pid: int) -> Path:
        return self.site.parent / f".{self.site.name}{kind}{pid}"

    def begin(self) -> str:
        """Tidy what an interrupted build left, and return the folder to build into."""
        removed()
        self._recover()
        shutil.rmtree(self.work, ignore_errors=True)
        self.work.mkdir(parents=True)
        logging.getLogger("mkdocs.commands.build").addFilter(self._names_the_site)
        return str(self.work)

    def _names_the_site(self, record: logging.LogRecord) -> bool:
        """MkDocs says where it builds: say site/, where the build will be, not the folder
        beside it that holds it until then."""
        if isinstance(record.msg, str) and str(self.work) in record.msg:
            record.msg = record.msg.replace(str(self.work), str(self.site))
        return True

    def _stop_watching(self) -> None:
        logging.getLogger("mkdocs").removeHandler(self._warnings)
        logging.getLogger("mkdocs.commands.build").removeFilter(self._names_the_site)

    def commit(self, reused: Reused | None = None) -> bool:
        """Put the new build, with the files it `reused`, in place of the old one; False
        (and nothing changed) when MkDocs is about to abort the build for its warnings."""
        if not self._accepted():
            return False
        if reused is not None:
            reused.write(self.work)
        previous = self._sibling(_PREVIOUS, os.getpid())
        if self.site.exists():
            os.replace(self.site, previous)
        os.replace(self.work, self.site)
        _remove(previous)
        return True

    def _accepted(self) -> bool:
        """Whether MkDocs will keep this build: not when it is about to abort a strict build
        for its warnings (the build is then removed)."""
        self._stop_watching()
        if self._warnings.count:
            self.abort()
            return False
        return True

    def abort(self) -> None:
        self._stop_watching()
        shutil.rmtree(self.work, ignore_errors=True)

    def _recover(self) -> None:
        """A build killed between its two renames leaves site/ missing and the previous one
        beside it: put that back. Folders of builds that no longer run are removed."""
        for path in self.site.parent.glob(f".{self.site.name}.tarinasto-*"):
            kind, _, pid = path.name[len(self.site.name) + 1:].rpartition("-")
            if not pid.isdigit() or _running(int(pid)):
                continue
            if kind + "-" == _PREVIOUS and not self.site.exists():
                os.replace(path, self.site)
            else:
                shutil.rmtree(path, ignore_errors=True)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # our own leftovers from an earlier build in this process (mkdocs serve)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class MergedSite(AtomicSite):
    def commit(self, reused: Reused | None = None) -> bool:
        """Move what this build wrote into the served folder, remove from it what the build
        has not (neither written nor reused), then write what it reused and the folder has
        not already."""
        kept = reused.sources if reused is not None else {}
        if not self._accepted():
            return False
        written = set()
        for folder, _, names in os.walk(self.work):
            for name in names:
                source = Path(folder) / name
                path = source.relative_to(self.work).as_posix()
                target = self.site / path
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(source, target)
                written.add(path)
        self.site.mkdir(parents=True, exist_ok=True)
        for folder, subfolders, names in os.walk(self.site, topdown=False):
            for name in names:
                path = (Path(folder) / name).relative_to(self.site).as_posix()
                if path not in written and path not in kept:
                    (Path(folder) / name).unlink()
            if Path(folder) != self.site and not any(Path(folder).iterdir()):
                Path(folder).rmdir()
        shutil.rmtree(self.work, ignore_errors=True)
        if reused is not None:
            reused.write(self.site)
        return True


class _WarningCount(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


_removing: list[threading.Thread] = []


def _remove(folder: Path) -> None:
    """The replaced site, removed while `mkdocs serve` already serves the new one (a
    thousand cases are thousands of files); the next build, and the process's exit, wait
    for it."""
    thread = threading.Thread(target=shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True},
                              name="tarinasto-remove-previous-site")
    thread.start()
    _removing.append(thread)


def removed() -> None:
    """Wait until the replaced sites are removed."""
    while _removing:
        _removing.pop().join()
