"""The bench's plot: build time and serve latency against the number of cases, Tarinasto
beside plain mkdocs-material, as one SVG (its text drawn as paths: no font is fetched)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any


def plot(results: list[dict[str, Any]], target: Path) -> Path | None:
    """Draws the plot into `target`; None (and nothing written) without matplotlib or with
    fewer than two sizes."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.ticker import FuncFormatter, NullFormatter
    except ImportError:
        return None
    rows = sorted((r for r in results if r.get("serve")), key=lambda r: r["n"])
    if len(rows) < 2:
        return None
    matplotlib.rcParams.update({"svg.hashsalt": "tarinasto-bench", "font.size": 9})
    n = [r["n"] for r in rows]
    figure, (builds, serves) = plt.subplots(1, 2, figsize=(9.5, 3.6), layout="constrained")
    builds.plot(n, [r["build_cold"]["wall_s"] for r in rows], "o-", color="#b5472a", label="Tarinasto, empty cache")
    builds.plot(n, [r["build_warm"]["wall_s"] for r in rows], "o-", color="#123c46", label="Tarinasto, nothing changed")
    builds.plot(n, [r["baseline"]["wall_s"] for r in rows], "s--", color="#777777", label="plain mkdocs-material")
    builds.set(title="mkdocs build", xlabel="cases", ylabel="seconds", xscale="log", yscale="log")
    serves.plot(n, [r["serve"]["ours"]["median_s"]["case"] for r in rows], "o-", color="#123c46",
                label="Tarinasto: a case saved")
    serves.plot(n, [r["serve"]["ours"]["median_s"]["label"] for r in rows], "^-", color="#4f8a6e",
                label="Tarinasto: a taxonomy label")
    serves.plot(n, [r["serve"]["baseline"]["median_s"]["page"] for r in rows], "s--", color="#777777",
                label="plain mkdocs-material: a page saved")
    serves.set(title="mkdocs serve: saved to served", xlabel="cases", ylabel="seconds", xscale="log", yscale="log")
    for axes in (builds, serves):
        axes.set_xticks(n, [f"{value:,}" for value in n])
        axes.xaxis.set_minor_formatter(NullFormatter())
        axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))
        axes.yaxis.set_minor_formatter(FuncFormatter(_two_and_five))
        axes.grid(True, which="major", color="#dddddd")
        axes.legend(frameon=False)
    target.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(target, format="svg", metadata={"Date": None})
    plt.close(figure)
    return target


def _two_and_five(value: float, _: object) -> str:
    """Between the powers of ten of a log axis, only 2 and 5 are labelled: all eight crowd."""
    leading = round(value / 10 ** math.floor(math.log10(value))) if value > 0 else 0
    return f"{value:g}" if leading in (2, 5) else ""
