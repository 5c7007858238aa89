"""Atomic builds: MkDocs writes into a folder beside `site/`, which replaces `site/` only
when the whole build has succeeded. A build that fails at any stage, or is interrupted,
leaves the previous `site/` exactly as it was (and `mkdocs serve` showing its last good
build)."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

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

    def commit(self) -> bool:
        """Put the new build in place of the old one; False (and nothing changed) when
        MkDocs is about to abort the build for its warnings."""
        self._stop_watching()
        if self._warnings.count:
            self.abort()
            return False
        previous = self._sibling(_PREVIOUS, os.getpid())
        if self.site.exists():
            os.replace(self.site, previous)
        os.replace(self.work, self.site)
        shutil.rmtree(previous, ignore_errors=True)
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


class _WarningCount(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
