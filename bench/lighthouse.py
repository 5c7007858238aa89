"""Page quality, measured by Lighthouse 12 (mobile), a tool nobody here wrote.

    make quality                      # installs Lighthouse from bench/quality/ (npm ci) first
    .venv/bin/python bench/lighthouse.py --runs 3

It builds the browser tests' fixture site (the seed cases and three more: a cover photo, a
logo, an anonymous client, an alias, a listed collection), serves it on 127.0.0.1, and runs
Lighthouse in Debian's Chromium against the library, a case and a taxonomy page in each
language: performance, accessibility, best practices and SEO, the layout shift (CLS), and
every request that left 127.0.0.1 (there must be none). Lighthouse's mobile profile
simulates a mid-range phone on a slow 4G network. Each score is the median of `--runs`.
It prints a Markdown table (the README's) and writes bench/results/lighthouse.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from tests.browser.conftest import CHROMIUM_ARGS, chromium_path, serve  # noqa: E402
from tests.browser.fixture_site import build_fixture_site  # noqa: E402

LIGHTHOUSE = HERE / "quality" / "node_modules" / ".bin" / "lighthouse"
PAGES = {"library": "", "case": "kauppaketju-oy/", "taxonomy": "services/coaching/"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0, "cls": 0.1}


def lighthouse(url: str, out: Path) -> dict[str, Any]:
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    env = {**os.environ, "CHROME_PATH": chromium_path() or "/usr/bin/chromium"}
    subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
                    f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={flags}"],
                   check=True, env=env, timeout=300)
    report = json.loads(out.read_text(encoding="utf-8"))
    requests = report["audits"]["network-requests"]["details"]["items"]
    foreign = sorted({r["url"] for r in requests if urlsplit(r["url"]).hostname not in ("127.0.0.1", None)})
    return {
        **{c: report["categories"][c]["score"] for c in CATEGORIES},
        "cls": report["audits"]["cumulative-layout-shift"]["numericValue"],
        "lcp_ms": report["audits"]["largest-contentful-paint"]["numericValue"],
        "foreign": foreign,
        "failed_audits": sorted(a["id"] for a in report["audits"].values()
                                if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") == "binary"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--output", type=Path, default=HERE / "results" / "lighthouse.json")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        print("Lighthouse is not installed: make quality (npm ci --prefix bench/quality)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        site = build_fixture_site(Path(folder))
        rows = []
        with serve(site) as base:
            for lang, prefix in (("fi", ""), ("en", "en/")):
                for kind, path in PAGES.items():
                    runs = [lighthouse(base + prefix + path, Path(folder) / f"{kind}-{lang}-{i}.json")
                            for i in range(args.runs)]
                    row: dict[str, Any] = {"page": f"/{prefix}{path}", "kind": kind, "lang": lang}
                    for key in (*CATEGORIES, "cls", "lcp_ms"):
                        row[key] = statistics.median(r[key] for r in runs)
                    row["foreign"] = sorted({u for r in runs for u in r["foreign"]})
                    row["failed_audits"] = sorted({a for r in runs for a in r["failed_audits"]})
                    rows.append(row)
                    print(f"{row['page']:28} " + " ".join(f"{row[c]:.2f}" for c in CATEGORIES)
                          + f" cls {row['cls']:.3f}", file=sys.stderr)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps({"runs": args.runs, "rows": rows}, indent=1), encoding="utf-8")
    print("| page | performance | accessibility | best practices | SEO | CLS | LCP | requests elsewhere |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in rows:
        print(f"| `{row['page']}` | " + " | ".join(f"{row[c]:.2f}" for c in CATEGORIES)
              + f" | {row['cls']:.3f} | {row['lcp_ms'] / 1000:.1f} s | {len(row['foreign'])} |")
    failed = [row["page"] for row in rows
              if any(row[c] < TARGETS[c] for c in CATEGORIES) or row["cls"] >= TARGETS["cls"] or row["foreign"]]
    print(f"\ntargets: performance >= {TARGETS['performance']}, the others 1.0, CLS < {TARGETS['cls']}, "
          f"no request elsewhere: {'PASS' if not failed else 'FAIL: ' + ', '.join(failed)}")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
