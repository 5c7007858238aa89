"""Related cases: a case's own `related` first, then the cases that share the most of its
services (then the newest, then by slug)."""

from __future__ import annotations

import heapq
from itertools import combinations

from ..content.library import CaseEntry

_INDEXED_SERVICES = 8
"""Related cases are found through an index of service combinations (2**n per case) when
no case has more services than this; else by comparing every pair of cases."""

_Item = tuple[int, str, CaseEntry]


class RelatedCases:
    def __init__(self, cases: list[CaseEntry], limit: int = 3):
        self.cases = cases
        self.limit = limit
        self.by_slug = {e.slug: e for e in cases}
        self.index = _services_index(cases)

    def of(self, entry: CaseEntry) -> list[CaseEntry]:
        chosen = [self.by_slug[s] for s in entry.case.related if s in self.by_slug][: self.limit]
        services = sorted(set(entry.case.services))
        if self.index is None or len(services) > _INDEXED_SERVICES:
            return self._by_comparing(entry, chosen, services)
        # Through the index, without looking at every case: the cases that share all m of
        # these services, for m from all of them down to one, each level newest first. The
        # cases sharing more than m were all taken at the levels before (else we are done).
        taken = {entry.slug, *(e.slug for e in chosen)}
        out = list(chosen)
        for m in range(len(services), 0, -1):
            if len(out) >= self.limit:
                break
            lists = [self.index.get(subset, ()) for subset in combinations(services, m)]
            for _, slug, other in heapq.merge(*lists):
                if slug not in taken:
                    taken.add(slug)
                    out.append(other)
                    if len(out) >= self.limit:
                        break
        return out

    def _by_comparing(self, entry: CaseEntry, chosen: list[CaseEntry], services: list[str]) -> list[CaseEntry]:
        mine = set(services)
        others = [e for e in self.cases if e.slug != entry.slug and e not in chosen and mine & set(e.case.services)]
        others.sort(key=lambda e: (-len(mine & set(e.case.services)), -e.case.date.toordinal(), e.slug))
        return (chosen + others)[: self.limit]


def _services_index(cases: list[CaseEntry]) -> dict[tuple[str, ...], list[_Item]] | None:
    """Every combination of services -> the cases that have them all, newest first; None
    when a case has too many services to list their combinations."""
    index: dict[tuple[str, ...], list[_Item]] = {}
    for e in sorted(cases, key=lambda e: (-e.case.date.toordinal(), e.slug)):
        services = sorted(set(e.case.services))
        if len(services) > _INDEXED_SERVICES:
            return None
        item = (-e.case.date.toordinal(), e.slug, e)
        for m in range(1, len(services) + 1):
            for subset in combinations(services, m):
                index.setdefault(subset, []).append(item)
    return index
