"""Make the four briefs from a database and render every page to PNG for a visual check.

    python scripts/render_brief_pages.py DB OUT_DIR [--lang en|ja|zh] [--resolution 60] [--appendix]

Writes OUT_DIR/<lang>/{liaoning,jilin,heilongjiang,overview}.pdf and <name>-<page>.png beside them
(pdftoppm from poppler-utils). Prints the files and the time taken.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.reports import BriefOptions, all_briefs  # noqa: E402
from desktop.store import open_store  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("db", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--lang", default="en", choices=["en", "ja", "zh"])
    p.add_argument("--resolution", type=int, default=60)
    p.add_argument("--appendix", action="store_true")
    p.add_argument("--threshold", type=int, default=3)
    args = p.parse_args(argv)
    if not shutil.which("pdftoppm"):
        print("pdftoppm not found: install poppler-utils", file=sys.stderr)
        return 2
    out = args.out / args.lang
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    with open_store(args.db, readonly=True) as store:
        results = all_briefs(store, BriefOptions(lang=args.lang, appendix=args.appendix, threshold=args.threshold),
                             out)
    made = time.perf_counter() - start
    for r in results:
        for old in out.glob(f"{r.path.stem}-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-r", str(args.resolution), "-png", str(r.path), str(out / r.path.stem)],
                       check=True)
        pngs = sorted(out.glob(f"{r.path.stem}-*.png"))
        print(f"{r.path} ({r.pages} pages): {', '.join(p.name for p in pngs)}")
    print(f"briefs made in {made:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
