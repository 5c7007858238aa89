"""All files of `cases/` together: loading, the checks across files, and lookups."""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .assets import ImageChecks
from .checked import CheckedFile, CheckedFiles, digest
from .diagnostics import Diagnostic, Report, Severity, display_name
from .facets import taxonomy_names
from .files import TAXONOMY_STEM, scan
from .loader import Document, load_file, read_bounded
from .localized import check_texts
from .model import Case, Collection, Taxonomy
from .rules import (
    World,
    check_case_alone,
    check_case_among,
    check_collection,
    check_slug,
    check_taxonomy,
)
from .settings import Settings
from .validation import validate


@dataclass(frozen=True)
class CaseEntry:
    slug: str
    doc: Document
    checked: CheckedFile = field(repr=False)
    digest: str = ""
    """The SHA-256 of the file's bytes: what the case's pages are made of (incremental builds)."""

    @property
    def case(self) -> Case:
        """The checked case (made from the cache of checked files when first asked for)."""
        case: Case = self.checked.checked
        return case

    @property
    def published(self) -> bool:
        return self.case.status == "published"


@dataclass(frozen=True)
class CollectionEntry:
    name: str
    doc: Document
    collection: Collection


@dataclass
class Library:
    settings: Settings
    taxonomy: Taxonomy | None = None
    cases: dict[str, CaseEntry] = field(default_factory=dict)
    collections: dict[str, CollectionEntry] = field(default_factory=dict)
    report: Report = field(default_factory=Report)
    documents: list[tuple[Document, type[BaseModel]]] = field(default_factory=list)
    """Every file that parsed, with the model it was checked against."""
    cases_checked: int = 0
    """Every case file looked at, including those that could not be read or parsed."""
    collections_checked: int = 0
    """Every collection file looked at, the same way."""
    slugs: list[str] = field(default_factory=list)
    """The slug of every case file, also of those with errors."""
    cached: int = 0
    """How many case files this run took from the cache of checked files."""

    def keep_models_only(self) -> None:
        """For a build, once the files are checked: the cases' models stay, the values read
        from the files go (with the cache's copy of each model, twice a model's size: 140 MB
        at 5,000 cases). Only the checks and their diagnostics read those values."""
        for entry in self.cases.values():
            entry.checked.keep_model_only()
            entry.doc.data = None
        self.documents.clear()


    def visible_cases(self, *, include_drafts: bool) -> list[CaseEntry]:
        """Featured first, then newest first; drafts only when asked for (mkdocs serve)."""
        entries = [e for e in self.cases.values() if include_drafts or e.published]
        return sorted(entries, key=lambda e: (not e.case.featured, -e.case.date.toordinal(), e.slug))


def _file_diagnostic(path: Path, message: str, severity: Severity = Severity.ERROR) -> Diagnostic:
    return Diagnostic(display_name(path), 1, 1, severity, "", message)


def load_library(settings: Settings, use_cache: bool = True) -> Library:
    """Load and check every file; every problem ends up in `library.report`."""
    # Loading makes a few hundred small objects per file, and they all stay alive: the
    # cyclic garbage collector would walk them over and over and find nothing to free
    # (a fifth of the time at 1,000 cases, a third at 5,000). It runs as usual afterwards.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _load_library(settings, use_cache)
    finally:
        if enabled:
            gc.enable()


def _load_library(settings: Settings, use_cache: bool) -> Library:
    library = Library(settings=settings)
    report = library.report
    root = settings.cases_path
    if not root.is_dir():
        report.add(Diagnostic(display_name(root), 1, 1, Severity.ERROR, "",
                              f"the cases folder does not exist; create {settings.cases_dir}/ or set --cases"))
        return library

    folder = scan(root)
    report.extend(folder.problems)
    images = ImageChecks(settings, folder.regular_files)
    taxonomy_files, case_files, collection_files = folder.taxonomy, folder.cases, folder.collections
    library.cases_checked, library.collections_checked = len(case_files), len(collection_files)

    # The taxonomy first: the cases are checked against it.
    if not taxonomy_files:
        report.add(Diagnostic(display_name(root / (TAXONOMY_STEM + ".yml")), 1, 1, Severity.ERROR, "",
                              "the taxonomy file is missing; create it with sectors, services, regions, tools and providers"))
    for path in taxonomy_files[1:]:
        report.add(_file_diagnostic(path, f"there are two taxonomy files; keep {taxonomy_files[0].name} only"))
    known_keys: Taxonomy | None = None
    if taxonomy_files:
        doc = _load(library, taxonomy_files[0], Taxonomy)
        if doc is not None:
            taxonomy, problems = validate(Taxonomy, doc)
            report.extend(problems)
            report.extend(check_texts(doc, Taxonomy, settings))
            report.extend(check_taxonomy(doc, settings, images))
            library.taxonomy = taxonomy
            # A taxonomy with an error still defines its keys: check the cases against them
            # in the same run rather than only after the taxonomy is fixed.
            defined: dict[str, Any] = {
                name: value for name in taxonomy_names() if isinstance(value := doc.data.get(name), dict)
            }
            known_keys = taxonomy or Taxonomy.model_construct(None, **defined)

    # File names first, so that `related` and aliases can be checked against every slug.
    slugs: dict[str, Path] = {}
    for path in case_files:
        slug = path.stem
        problem = check_slug(slug, settings, "file name (the case's slug)")
        if problem:
            report.add(_file_diagnostic(path, problem))
        elif slug in slugs:
            report.add(_file_diagnostic(path, f"{slugs[slug].name} has the same slug; remove one of the two"))
        else:
            slugs[slug] = path

    library.slugs = list(slugs)
    world = World(settings=settings, taxonomy=known_keys, slugs=set(slugs), images=images)
    checked_files = CheckedFiles(settings, enabled=use_cache)
    alias_owner: dict[str, str] = {}
    status: dict[str, object] = {}  # as written, so that a case with an error keeps its status
    for slug, path in slugs.items():
        found = _load_case(library, path, checked_files)
        if found is None:
            continue
        doc, checked, file_digest = found
        status[slug] = doc.data.get("status")
        report.extend(check_case_among(doc, slug, world))
        # Aliases are read from the data as written: a case with an error elsewhere still
        # claims its aliases, and a clash is reported in this run.
        aliases = doc.data.get("aliases")
        for index, alias in enumerate(aliases if isinstance(aliases, list) else []):
            if not isinstance(alias, str):
                continue
            if alias in alias_owner and alias_owner[alias] != slug:
                report.add(doc.diagnostic(("aliases", index), f"case '{alias_owner[alias]}' has the same alias; an alias leads to one case"))
            alias_owner.setdefault(alias, slug)
        if checked.valid:
            library.cases[slug] = CaseEntry(slug=slug, doc=doc, checked=checked, digest=file_digest)

    # A case whose status is unreadable is not called missing: its own error is reported.
    drafts = {s for s, value in status.items() if value == "draft"}
    published = set(slugs) - drafts
    for path in collection_files:
        problem = check_slug(path.stem, settings, "collection name")
        if problem:
            report.add(_file_diagnostic(path, problem))
            continue
        doc = _load(library, path, Collection)
        if doc is None:
            continue
        collection, problems = validate(Collection, doc)
        report.extend(problems)
        report.extend(check_texts(doc, Collection, settings))
        report.extend(check_collection(doc, published, drafts))
        if collection is not None:
            library.collections[path.stem] = CollectionEntry(name=path.stem, doc=doc, collection=collection)
    report.extend(images.content_problems())
    checked_files.save()
    library.cached = checked_files.hits
    return library


def _load_case(library: Library, path: Path, checked_files: CheckedFiles) -> tuple[Document, CheckedFile, str] | None:
    """A case file, checked alone: from the cache when its bytes are the same as when it
    was last checked, else read and checked now (and kept for the next run)."""
    raw = read_bounded(path)
    file_digest = digest(raw) if raw is not None else ""
    found = checked_files.get(path, file_digest) if raw is not None else None
    if found is None:
        doc = _load(library, path, Case, raw)
        if doc is None:
            return None
        case, problems = validate(Case, doc)
        problems += check_texts(doc, Case, library.settings) + check_case_alone(doc, library.settings)
        found = CheckedFile(doc.data, tuple(problems), case)
        if raw is not None and doc.reloadable:
            checked_files.put(path, file_digest, found)
        doc.forget_marks()
    else:
        doc = Document(file=path, data=found.data, reloadable=True)
        library.documents.append((doc, Case))
    library.report.extend(found.problems)
    return doc, found, file_digest


def _load(library: Library, path: Path, model: type[BaseModel], raw: bytes | None = None) -> Document | None:
    doc, problems = load_file(path, raw)
    library.report.extend(problems)
    if doc is not None:
        library.documents.append((doc, model))
        if doc.data is not None and not isinstance(doc.data, dict):
            library.report.add(doc.diagnostic((), "expected a mapping of fields (key: value) at the top of the file"))
            return None
    return doc if doc is not None and doc.data is not None else None
