"""The cases folder as a closed world: which of its files are cases, the taxonomy and
collections, and which entries are mistakes.

The folder is walked without following any link out of it (a link that leaves it is an
error naming the link; a link inside it is followed once, and a loop is an error), only
regular files are ever read, and every YAML-looking entry that is not where the format
says is an error, never silently skipped. The walk is bounded in depth and in entries.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostic, Severity, display_name

TAXONOMY_STEM = "_taxonomy"
COLLECTIONS_DIR = "_collections"
SUFFIXES = (".yml", ".yaml")
MAX_DEPTH = 16
"""Folders nested deeper than this under the cases folder are an error, not walked."""
MAX_ENTRIES = 100_000
"""More entries than this in the cases folder are an error; the walk stops there."""


@dataclass
class CaseFolder:
    """The files of a cases folder, by kind, and the problems with its entries."""

    taxonomy: list[Path] = field(default_factory=list)
    cases: list[Path] = field(default_factory=list)
    collections: list[Path] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)
    regular_files: set[Path] = field(default_factory=set)
    """Every regular file inside the folder (through links inside it too), resolved: the
    only files an image path may name."""


def yaml_looking(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def scan(root: Path) -> CaseFolder:
    """Walk the cases folder `root` (resolved, existing) once."""
    folder = CaseFolder()
    _Walk(root, folder).folder_at(root, (), set())
    for kind in (folder.taxonomy, folder.cases, folder.collections):
        kind.sort()
    return folder


class _Walk:
    def __init__(self, root: Path, folder: CaseFolder):
        self.root = root
        self.folder = folder
        self.entries = 0

    def problem(self, path: Path, message: str) -> None:
        self.folder.problems.append(Diagnostic(display_name(path), 1, 1, Severity.ERROR, "", message))

    def folder_at(self, directory: Path, parts: tuple[str, ...], visiting: set[tuple[int, int]]) -> None:
        """Walk `directory`, which is `parts` below the root (as the entries are named)."""
        info = directory.stat()
        key = (info.st_dev, info.st_ino)
        if key in visiting:
            self.problem(directory, "this link leads back into a folder that contains it; remove the link")
            return
        if len(parts) > MAX_DEPTH:
            self.problem(directory, f"folders are nested more than {MAX_DEPTH} levels deep here; flatten them")
            return
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as err:
            self.problem(directory, f"cannot read the folder: {err.strerror}")
            return
        for entry in entries:
            self.entries += 1
            if self.entries > MAX_ENTRIES:
                self.problem(self.root, f"the folder holds more than {MAX_ENTRIES:,} entries; only those were read")
                return
            if entry.name.startswith("."):
                continue  # hidden: editors' swap and lock files, version control
            self.entry(Path(entry.path), parts + (entry.name,), visiting | {key})

    def entry(self, path: Path, parts: tuple[str, ...], visiting: set[tuple[int, int]]) -> None:
        try:
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode):
                target = path.resolve()
                if not target.is_relative_to(self.root):
                    self.problem(path, f"this link leads outside {self.root.name}/; copy the file into the folder instead")
                    return
                mode = target.stat().st_mode  # a link inside the folder: followed once
        except (OSError, RuntimeError) as err:  # a broken link, a loop of links
            reason = getattr(err, "strerror", None) or "a loop of links"
            self.problem(path, f"cannot follow this link ({reason}); remove it")
            return
        if stat.S_ISDIR(mode):
            if yaml_looking(path.name):
                self.problem(path, "this is a folder, not a case file; rename it or move its files")
                return
            self.folder_at(path, parts, visiting)
        elif stat.S_ISREG(mode):
            self.folder.regular_files.add(path.resolve())
            if yaml_looking(path.name):
                self.yaml_file(path, parts)
        elif yaml_looking(path.name):
            self.problem(path, "this is not a regular file (a pipe, socket or device); remove it")

    def yaml_file(self, path: Path, parts: tuple[str, ...]) -> None:
        name = parts[-1]
        if not name.endswith(SUFFIXES):
            suffix = SUFFIXES[0] if name.lower().endswith(SUFFIXES[0]) else SUFFIXES[1]
            self.problem(path, f"write the extension in lowercase: rename it to {name[: -len(suffix)]}{suffix}")
        elif len(parts) == 1 and path.stem == TAXONOMY_STEM:
            self.folder.taxonomy.append(path)
        elif len(parts) == 1 and not name.startswith("_"):
            self.folder.cases.append(path)
        elif len(parts) == 2 and parts[0] == COLLECTIONS_DIR:
            self.folder.collections.append(path)
        elif len(parts) > 1:
            where = f"{COLLECTIONS_DIR}/" if parts[0] == COLLECTIONS_DIR else "a subfolder"
            self.problem(path, f"a case file in {where} is not read: cases go directly in the cases folder, "
                               f"collections directly in {COLLECTIONS_DIR}/")
        # A top-level file starting with `_` (but the taxonomy) is never a case: notes, templates.
