"""The benchmark: validation, the whole build and `mkdocs serve`, at N = 100, 1,000 and
5,000 cases, each beside plain mkdocs-material building the same text in the same run.

    make bench                                  # every size; JSON and a plot in bench/results/
    .venv/bin/python bench/run.py --sizes 100,1000 --output /tmp/bench.json

For each N it writes N synthetic cases (bench/generate.py) into a temporary project and
measures, each as its own process:

- `tarinasto validate` with an empty cache (cold) and again with the cache it left (warm);
- `mkdocs build` with an empty cache (cold: every page made, every link-preview card drawn)
  and again with nothing changed (warm): wall time and peak memory (the process's max RSS);
- the baseline: plain mkdocs-material (search plugin, same theme settings) building one
  hand-written Markdown page per published case and language, with the same texts, and a
  navigation that lists only the home page; the ratios build / baseline;
- `mkdocs serve`: a real server, a case file saved three times (its title changed) and a
  taxonomy label changed once, each timed from the write to the first HTTP response of the
  page that shows it (bench/serve.py); the baseline server with one Markdown page saved
  three times;
- the library page's HTML and the search index a visitor of each language downloads.

At N = 1,000 it also opens the built library in headless Chromium and times a filter
click (skipped when Playwright or Chromium is missing). It prints a table and the targets
with PASS/FAIL, writes everything as JSON, and draws the plot (bench/plot.py).
Warm times up to N = 1,000 are the fastest of three runs (`--repeat`); cold builds and the
baseline at 5,000 run once. Sizes are decimal: 1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
from plot import plot  # noqa: E402
from serve import Edit, latencies  # noqa: E402

BIN = Path(sys.executable).parent
LANGUAGES = ("fi", "en")
DEFAULT_SIZES = (100, 1000, 5000)
BROWSER_N = 1000

TARGETS = {
    "serve_case_s": 1.0,        # a saved case served changed, median, N = 1,000
    "serve_label_s": 2.0,       # a taxonomy label change served, N = 1,000
    "cold_ratio": 1.0,          # build with an empty cache / baseline, N = 1,000
    "warm_ratio": 0.3,          # build with nothing changed / baseline, N = 1,000
    "validate_cold_s": 0.5,     # N = 1,000
    "validate_warm_s": 0.2,     # N = 1,000
    "peak_mb_5000": 400.0,      # peak memory of a build, N = 5,000
    "per_case_growth": 1.10,    # cold build time per case, N = 5,000 over N = 1,000
    "library_kb": 1500.0,       # the library page's HTML, N = 1,000
    "filter_ms": 50.0,          # a filter click on 1,000 cards
}
CACHE = ".tarinasto-cache"


# --- measuring a process -------------------------------------------------------------------


def measure(cmd: list[str], cwd: Path) -> dict[str, Any]:
    """Run `cmd`; its wall time, exit status and peak RSS (of it alone, from wait4)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read().decode("utf-8", "replace")
    result = {"wall_s": round(wall, 3), "peak_mb": round(usage.ru_maxrss * 1024 / 1e6, 1),
              "cpu_s": round(usage.ru_utime + usage.ru_stime, 3), "exit": process.returncode}
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({process.returncode}) in {cwd}:\n{output[-4000:]}")
    return result


# --- the two projects ------------------------------------------------------------------------


def tarinasto_project(root: Path, n: int) -> dict[str, dict[str, Any]]:
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    (root / "pages").mkdir(exist_ok=True)
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return generate.write(n, root / "cases")


def baseline_project(root: Path, cases: dict[str, dict[str, Any]]) -> int:
    """Plain mkdocs-material: one Markdown page per published case and language."""
    repo_config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    theme = {k: v for k, v in repo_config["theme"].items() if k not in ("custom_dir", "palette")}
    theme["language"] = LANGUAGES[0]
    config = {
        "site_name": repo_config["site_name"],
        "site_url": repo_config["site_url"],
        "docs_dir": "docs",
        "theme": theme,
        "plugins": [{"search": {"lang": list(LANGUAGES)}}],
        "nav": [{"": "index.md"}],
    }
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    docs = root / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Asiakastarinat\n", encoding="utf-8")
    pages = 0
    for lang in LANGUAGES:
        folder = docs if lang == LANGUAGES[0] else docs / lang
        folder.mkdir(exist_ok=True)
        for slug, case in cases.items():
            if case["status"] != "published":
                continue
            (folder / f"{slug}.md").write_text(markdown_page(case, lang), encoding="utf-8")
            pages += 1
    return pages


def markdown_page(case: dict[str, Any], lang: str) -> str:
    """A case as a person would write it by hand in Markdown, in one language."""

    def t(value: Any) -> str:
        return value if isinstance(value, str) else value[lang]

    lines = [f"# {t(case['title'])}", "", f"**{t(case['client']['name'])}**", "", t(case["summary"]), ""]
    if case["client"].get("about"):
        lines += [t(case["client"]["about"]).strip(), ""]
    for figure in case.get("figures", []):
        before = f"{figure['before']} → " if "before" in figure else ""
        qualifier = f"{t(figure['qualifier'])} " if "qualifier" in figure else ""
        lines.append(f"- {qualifier}{before}{figure['value']}{figure.get('unit', '')} {t(figure['label'])}")
    lines.append("")
    titles = {"starting_point": ("Lähtötilanne", "Starting point"), "actions": ("Mitä tehtiin?", "What we did"),
              "results": ("Tulokset", "Results")}
    for name in ("starting_point", "actions", "results"):
        section = case[name]
        lines += [f"## {titles[name][LANGUAGES.index(lang)]}", ""]
        if section.get("heading"):
            lines += [f"### {t(section['heading'])}", ""]
        if section.get("text"):
            lines += [t(section["text"]).strip(), ""]
        for point in section.get("points", []):
            lines.append(f"- {t(point)}")
        lines.append("")
        for quote in case.get("quotes", []):
            if quote.get("section", "results") == name:
                who = ", ".join(p for p in (quote.get("person"), t(quote["role"])) if p)
                lines += [f"> {t(quote['text'])}", ">", f"> — {who}", ""]
    return "\n".join(lines)


# --- the filter in a browser --------------------------------------------------------------------

FILTER_SCRIPT = """
(rounds) => {
  const options = Array.from(document.querySelectorAll('.ts-filter__option'));
  const cards = document.querySelectorAll('.ts-cards > .ts-card').length;
  // a few options of different facets; each is clicked on, then off again
  const facets = {};
  options.forEach(o => { const f = o.dataset.facet; (facets[f] = facets[f] || []).push(o); });
  const chosen = Object.values(facets).map(list => list[0]);
  const handler = [], layout = [], narrow = [], widen = [];
  for (let i = 0; i < rounds; i++) {
    for (const option of chosen) {
      for (let twice = 0; twice < 2; twice++) {
        const t0 = performance.now();
        option.click();                      // the filter runs synchronously in the handler
        const t1 = performance.now();
        void document.body.offsetHeight;     // and the style and layout it causes
        const t2 = performance.now();
        handler.push(t1 - t0);
        layout.push(t2 - t0);
        (twice ? widen : narrow).push(t2 - t0);  // on: fewer cards shown; off: all again
      }
    }
  }
  return {cards, options: options.length, handler, layout, narrow, widen};
}
"""


def browser_filter(site: Path) -> dict[str, Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {"skipped": "playwright is not installed"}
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if not executable:
        return {"skipped": "no chromium on PATH"}
    handler = partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=executable, headless=True,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                      "--disable-component-update", "--disable-sync", "--no-first-run"])
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(f"http://127.0.0.1:{server.server_address[1]}/", wait_until="load")
                page.evaluate(FILTER_SCRIPT, 1)  # warm up
                result = page.evaluate(FILTER_SCRIPT, 5)
            finally:
                browser.close()
    except Exception as err:  # noqa: BLE001 - a broken browser must not lose the other numbers
        return {"skipped": f"the browser failed: {type(err).__name__}: {str(err).splitlines()[0]}"}
    finally:
        server.shutdown()
        server.server_close()

    def stats(values: list[float]) -> dict[str, float]:
        ordered = sorted(values)
        return {"mean_ms": round(sum(values) / len(values), 2), "median_ms": round(ordered[len(ordered) // 2], 2),
                "max_ms": round(ordered[-1], 2)}

    return {"cards": result["cards"], "options": result["options"], "clicks": len(result["handler"]),
            "handler": stats(result["handler"]), "with_layout": stats(result["layout"]),
            "narrowing": stats(result["narrow"]), "widening": stats(result["widen"])}


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


# --- one size -------------------------------------------------------------------------------------


def best_of(runs: int, cmd: list[str], cwd: Path, before: Any = None) -> dict[str, Any]:
    """The fastest of `runs` runs (the least disturbed by anything else on the machine);
    its peak memory is the highest of them. `before` runs before each (not timed)."""
    results = []
    for _ in range(runs):
        if before is not None:
            before()
        results.append(measure(cmd, cwd))
    best = min(results, key=lambda r: r["wall_s"])
    return {**best, "peak_mb": max(r["peak_mb"] for r in results), "all_wall_s": [r["wall_s"] for r in results]}


def edits(project: Path, cases: dict[str, dict[str, Any]]) -> list[Edit]:
    """A published case's title saved three times, then one of its services relabelled."""
    slug = next(s for s, c in cases.items() if c["status"] == "published")
    path = project / "cases" / f"{slug}.yml"
    taxonomy = project / "cases" / "_taxonomy.yml"
    service = cases[slug]["services"][0]

    def title(marker: str) -> Edit:
        def apply() -> None:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            data["title"]["fi"] = marker
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return Edit("case", apply, f"{slug}/", marker)

    def label(marker: str) -> Edit:
        def apply() -> None:
            data = yaml.safe_load(taxonomy.read_text(encoding="utf-8"))
            data["services"][service]["fi"] = marker
            taxonomy.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return Edit("label", apply, f"{slug}/", marker)

    return [title("Muokattu otsikko 1"), title("Muokattu otsikko 2"), title("Muokattu otsikko 3"),
            label("Uusi palvelun nimi")]


def baseline_edits(base: Path, cases: dict[str, dict[str, Any]]) -> list[Edit]:
    slug = next(s for s, c in cases.items() if c["status"] == "published")
    path = base / "docs" / f"{slug}.md"

    def title(marker: str) -> Edit:
        def apply() -> None:
            text = path.read_text(encoding="utf-8")
            path.write_text(f"# {marker}\n" + text.split("\n", 1)[1], encoding="utf-8")
        return Edit("page", apply, f"{slug}/", marker)

    return [title("Muokattu otsikko 1"), title("Muokattu otsikko 2"), title("Muokattu otsikko 3")]


def run_size(n: int, work: Path, browser: bool, repeat: int, serve: bool) -> dict[str, Any]:
    print(f"N = {n}: generating ...", flush=True)
    project, base = work / f"tarinasto-{n}", work / f"baseline-{n}"
    project.mkdir()
    base.mkdir()
    cases = tarinasto_project(project, n)
    baseline_pages = baseline_project(base, cases)
    published = sum(1 for c in cases.values() if c["status"] == "published")
    site, base_site = work / f"site-{n}", work / f"baseline-site-{n}"
    mkdocs, tarinasto = str(BIN / "mkdocs"), str(BIN / "tarinasto")

    def no_cache() -> None:
        shutil.rmtree(project / CACHE, ignore_errors=True)

    def nothing() -> None:
        shutil.rmtree(project / CACHE, ignore_errors=True)
        shutil.rmtree(site, ignore_errors=True)

    load_before = os.getloadavg()[0]
    print(f"N = {n}: tarinasto validate, cold and warm ...", flush=True)
    validate_cold = best_of(repeat, [tarinasto, "validate"], project, before=no_cache)
    validate_warm = best_of(repeat, [tarinasto, "validate"], project)
    print(f"N = {n}: mkdocs build with an empty cache ...", flush=True)
    build_cold = best_of(1, [mkdocs, "build", "-q", "-d", str(site)], project, before=nothing)
    print(f"N = {n}: mkdocs build with nothing changed ({build_cold['wall_s']} s cold) ...", flush=True)
    build_warm = best_of(repeat, [mkdocs, "build", "-q", "-d", str(site)], project)
    print(f"N = {n}: baseline build ({build_warm['wall_s']} s warm) ...", flush=True)
    baseline = best_of(repeat if n <= 1000 else 1, [mkdocs, "build", "-q", "-d", str(base_site)], base)

    pages = sum(1 for _ in site.rglob("*.html"))
    result: dict[str, Any] = {
        "n": n,
        "published": published,
        "runs": repeat,
        "validate_cold": validate_cold,
        "validate_warm": validate_warm,
        "build_cold": {**build_cold, "html_files": pages},
        "build_warm": build_warm,
        "baseline": {**baseline, "pages": baseline_pages, "html_files": sum(1 for _ in base_site.rglob("*.html"))},
        "cold_ratio": round(build_cold["wall_s"] / baseline["wall_s"], 3),
        "warm_ratio": round(build_warm["wall_s"] / baseline["wall_s"], 3),
        "per_case_ms": round(build_cold["wall_s"] / n * 1000, 3),
        "sizes_kb": {
            "library_html": _kb(site / "index.html"),
            "library_html_en": _kb(site / "en" / "index.html"),
            "search_index_fi": _kb(site / "search" / "search_index.json"),
            "search_index_en": _kb(site / "en" / "search" / "search_index.json"),
            "baseline_search_index": _kb(base_site / "search" / "search_index.json"),
            "cases_json": _kb(site / "cases.json"),
            "sitemap": _kb(site / "sitemap.xml"),
            "site_total": round(sum(f.stat().st_size for f in site.rglob("*") if f.is_file()) / 1000, 1),
            "cache_total": round(sum(f.stat().st_size for f in (project / CACHE).rglob("*") if f.is_file()) / 1000, 1),
        },
    }
    if browser:
        print(f"N = {n}: filtering in Chromium ...", flush=True)
        result["filter"] = browser_filter(site)
    if serve:
        print(f"N = {n}: mkdocs serve, a case saved and a label changed ...", flush=True)
        ours = latencies(BIN / "mkdocs", project, edits(project, cases))
        print(f"N = {n}: baseline mkdocs serve, a page saved ...", flush=True)
        result["serve"] = {"ours": ours, "baseline": latencies(BIN / "mkdocs", base, baseline_edits(base, cases))}
    result["load_average"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    for folder in (project, base, site, base_site):
        shutil.rmtree(folder, ignore_errors=True)
    return result


def _kb(path: Path) -> float | None:
    return round(path.stat().st_size / 1000, 1) if path.is_file() else None


# --- report -----------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = round(int(line.split()[1]) * 1024 / 1e9, 1)
    except OSError:
        pass
    versions = {}
    for package in ("mkdocs", "mkdocs-material", "markdown", "pydantic", "jinja2"):
        try:
            from importlib.metadata import version

            versions[package] = version(package)
        except Exception:  # noqa: BLE001
            versions[package] = None
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory_gb": memory, "python": platform.python_version(),
            "system": f"{platform.system()} {platform.release()}", "packages": versions}


def table(results: list[dict[str, Any]]) -> str:
    head = ["N", "validate s (cold / warm)", "build s (cold / warm)", "Material s", "ratio (cold / warm)",
            "peak MB", "serve s (case / label)", "Material serve s", "library kB", "ms per case"]
    rows = [head]
    for r in results:
        serve = r.get("serve")
        ours = f"{serve['ours']['median_s']['case']:.2f} / {serve['ours']['median_s']['label']:.2f}" if serve else "-"
        theirs = f"{serve['baseline']['median_s']['page']:.2f}" if serve else "-"
        rows.append([
            f"{r['n']:,}", f"{r['validate_cold']['wall_s']:.2f} / {r['validate_warm']['wall_s']:.2f}",
            f"{r['build_cold']['wall_s']:.1f} / {r['build_warm']['wall_s']:.1f}", f"{r['baseline']['wall_s']:.1f}",
            f"{r['cold_ratio']:.2f} / {r['warm_ratio']:.2f}",
            f"{max(r['build_cold']['peak_mb'], r['build_warm']['peak_mb']):.0f}", ours, theirs,
            f"{r['sizes_kb']['library_html']:,.0f}", f"{r['per_case_ms']:.1f}",
        ])
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["| " + " | ".join(cell.rjust(w) for cell, w in zip(row, widths)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 1) + ":" for w in widths) + "|")
    return "\n".join(lines)


def targets(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_n = {r["n"]: r for r in results}
    out: list[dict[str, Any]] = []

    def check(name: str, what: str, value: float | None, unit: str) -> None:
        limit = TARGETS[name]
        status = "n/a" if value is None else ("PASS" if value <= limit else "FAIL")
        out.append({"target": name, "what": what, "value": value, "limit": limit, "unit": unit, "status": status})

    r = by_n.get(1000)
    if r:
        serve = r.get("serve")
        check("serve_case_s", "a saved case served changed by mkdocs serve, median of 3, N = 1,000",
              serve["ours"]["median_s"]["case"] if serve else None, "s")
        check("serve_label_s", "a taxonomy label change served, N = 1,000",
              serve["ours"]["median_s"]["label"] if serve else None, "s")
        check("cold_ratio", "mkdocs build with an empty cache / plain Material, N = 1,000", r["cold_ratio"], "×")
        check("warm_ratio", "mkdocs build with nothing changed / plain Material, N = 1,000", r["warm_ratio"], "×")
        check("validate_cold_s", "tarinasto validate, empty cache, N = 1,000", r["validate_cold"]["wall_s"], "s")
        check("validate_warm_s", "tarinasto validate, warm cache, N = 1,000", r["validate_warm"]["wall_s"], "s")
        check("library_kb", "library page HTML, N = 1,000", r["sizes_kb"]["library_html"], "kB")
        f = r.get("filter") or {}
        check("filter_ms", "filter click on 1,000 cards, slowest, with style and layout",
              f["with_layout"]["max_ms"] if "with_layout" in f else None, "ms")
    r = by_n.get(5000)
    if r:
        check("peak_mb_5000", "peak memory of mkdocs build, N = 5,000",
              max(r["build_cold"]["peak_mb"], r["build_warm"]["peak_mb"]), "MB")
    if 1000 in by_n and 5000 in by_n:
        growth = round(by_n[5000]["per_case_ms"] / by_n[1000]["per_case_ms"], 3)
        check("per_case_growth", "cold build time per case, N = 5,000 / N = 1,000", growth, "×")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The Tarinasto benchmark.")
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="comma-separated numbers of cases (default: 100,1000,5000)")
    parser.add_argument("--output", type=Path, default=HERE / "results" / "latest.json",
                        help="where to write the JSON (default: bench/results/latest.json)")
    parser.add_argument("--no-browser", action="store_true", help="skip the filter timing in Chromium")
    parser.add_argument("--no-serve", action="store_true", help="skip the mkdocs serve latencies")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each measurement up to N = 1,000, the fastest counts (default: 3; "
                             "larger N run once)")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]

    results = []
    with tempfile.TemporaryDirectory(prefix="tarinasto-bench-") as tmp:
        for n in sizes:
            repeat = max(1, args.repeat) if n <= 1000 else 1
            results.append(run_size(n, Path(tmp), browser=not args.no_browser and n == BROWSER_N, repeat=repeat,
                                    serve=not args.no_serve))

    print()
    print(table(results))
    checks = targets(results)
    if checks:
        print("\nTargets:")
        for c in checks:
            shown = "skipped" if c["value"] is None else f"{c['value']} {c['unit']}"
            print(f"  {c['status']:4}  {c['what']}: {shown} (target: at most {c['limit']} {c['unit']})")
    for r in results:
        f = r.get("filter")
        if f is not None:
            if "skipped" in f:
                print(f"\nFilter in Chromium, N = {r['n']:,}: skipped: {f['skipped']}")
            else:
                print(f"\nFilter in Chromium, N = {r['n']:,} ({f['cards']:,} cards, {f['clicks']} clicks): "
                      f"handler {f['handler']['mean_ms']} ms mean, {f['handler']['max_ms']} ms max; "
                      f"with style and layout {f['with_layout']['mean_ms']} ms mean, {f['with_layout']['max_ms']} ms max "
                      f"(choosing a filter {f['narrowing']['mean_ms']} ms mean, "
                      f"clearing it again {f['widening']['mean_ms']} ms mean)")
    info = machine()
    print(f"\nMachine: {info['cpus']} CPUs, {info['cpu']}, {info['memory_gb']} GB RAM, Python {info['python']}")
    print("Load (1-minute average, before and after each size): "
          + ", ".join(f"N = {r['n']:,}: {r['load_average'][0]} / {r['load_average'][1]}" for r in results))
    # the benchmark itself keeps about one CPU busy; more than that is someone else
    busy = [r for r in results if max(r["load_average"]) > 0.75 * (info["cpus"] or 1)]
    if busy:
        print("Note: the machine was busy (1-minute load average "
              + ", ".join(f"{r['load_average'][0]}-{r['load_average'][1]} at N = {r['n']:,}" for r in busy)
              + "): times may be high.")

    payload = {"date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "machine": info,
               "targets": checks, "results": results}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    drawn = plot(results, args.output.with_suffix(".svg"))
    if drawn is not None:
        print(f"wrote {drawn}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
