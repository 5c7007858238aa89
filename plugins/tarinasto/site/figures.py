"""Which key figures a page shows, and in what order: the results first (a figure with a
baseline, `before` -> after, is a result), then the others; a figure that only repeats the
client's size (10 000 residents, when the facts say so already) is left to the facts."""

from __future__ import annotations

from ..content.model import Case, Figure


def repeats_size(case: Case, figure: Figure) -> bool:
    size = case.client.size
    if size is None or figure.before is not None:
        return False
    values = {v for v in (size.employees, size.residents, size.customers, size.revenue_eur) if v is not None}
    return figure.value in values


def shown_figures(case: Case) -> list[Figure]:
    """The case's figures as a page shows them: results first, each group in file order."""
    figures = [f for f in case.figures if not repeats_size(case, f)]
    return [f for f in figures if f.before is not None] + [f for f in figures if f.before is None]


def headline_figure(case: Case) -> Figure | None:
    """The one figure a card and a link preview show."""
    shown = shown_figures(case)
    return shown[0] if shown else None
