"""Drawing the cards a build lacks, beside the build: MkDocs writes the pages meanwhile,
and the cards are needed only when the site's files are written at the end.

Many cards are drawn in worker processes: a card is about 7 ms of Pillow and FreeType,
most of it holding Python's lock, so threads share little of it, while processes use
every core and leave the build's own process to the pages (a cold build at 1,000 cases
draws 2,000 cards: 20 s with processes, 29 s with threads, on two cores). The workers are
forked, as they need nothing the build has not imported, and a spawned worker would run
the script that started the build again (one calling MkDocs' build() without a
`__main__` guard); forked only from a process with no other thread, since a fork copies
no thread and so none of the locks they hold. A few cards, as after an edit, or a process
with threads (`mkdocs serve`'s), are drawn on threads.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import sys
import threading
from concurrent.futures import (
    BrokenExecutor,
    Executor,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
)
from pathlib import Path
from typing import Callable

from ...content.cache import ContentCache
from .cards import CaseCard, SiteCard
from .draw import draw_card

PROCESSES_FROM = 64
"""Cards to draw from which worker processes pay off (each starts in about 0.3 s)."""


class PendingCard:
    """A card being drawn. Named like the cache's file of it will be: by its key."""

    def __init__(self, key: str, future: Future[bytes | Path], again: Callable[[], bytes | Path]):
        self.name = key
        self._future = future
        self._again = again

    def result(self) -> bytes | Path:
        """The PNG, or the cache's file of it; waits for the drawing."""
        try:
            return self._future.result()
        except BrokenExecutor:  # a worker was killed (out of memory, a signal): drawn here
            return self._again()


class Painter:
    def __init__(self, cards: int):
        cores = os.cpu_count() or 1
        self._pool: Executor
        self.processes = 0
        """How many worker processes draw (0: threads of the build's process)."""
        if cards >= PROCESSES_FROM and cores > 1 and _can_fork():
            self.processes = cores
            # A worker per core: with one core left to the build's own process, which writes
            # the pages meanwhile, the cards take longer than the pages (28 s instead of 21).
            self._pool = ProcessPoolExecutor(cores, mp_context=multiprocessing.get_context("fork"))
        else:
            self._pool = ThreadPoolExecutor(max(1, min(cards, cores)), thread_name_prefix="tarinasto-cards")

    def draw(self, card: CaseCard | SiteCard, key: str, cache: ContentCache | None) -> PendingCard:
        future = self._pool.submit(draw_and_store, card, key, cache)
        return PendingCard(key, future, functools.partial(draw_and_store, card, key, cache))

    def close(self, cancel: bool = False) -> None:
        """Waits for the cards still being drawn, or (`cancel`) for those begun only."""
        self._pool.shutdown(wait=True, cancel_futures=cancel)


def _can_fork() -> bool:
    return (sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1)


def draw_and_store(card: CaseCard | SiteCard, key: str, cache: ContentCache | None) -> bytes | Path:
    """Draws a card and puts it in the cache (by the worker: the build's process has the
    pages to write); the cache's file, or the PNG itself when the cache cannot be written."""
    data = draw_card(card)
    stored = cache.put(key, data) if cache is not None else None
    return stored or data
