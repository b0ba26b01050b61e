"""How long a contributor waits for `make serve` to show a change: the preview's latencies.

    python -m bench.preview --root FOLDER --report REPORT.json

Drives digest's preview (digest.serve.Preview) in this process, as `digest serve` does
behind its web server: a first full render (not what anyone waits for while editing),
then three changes an editor makes, each timed from the save to the moment the changed
pages are on disk for the server to send: an edit to one article, a new article, that
article deleted. Pagefind's index follows in the background (as in `digest serve`) and is
timed apart. The article edited is restored afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import time
from pathlib import Path

from digest.config import load_config
from digest.serve import Preview

NEW = "2099-01-01-anteprima-benchmark.txt"


def measure(root: Path) -> dict[str, float]:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.chdir(root)
    config, _ = load_config(root)
    preview = Preview(config, "127.0.0.1:8765", Path(tempfile.mkdtemp(prefix="bench-preview-")))
    results: dict[str, float] = {}

    def timed(name: str) -> None:
        started = time.perf_counter()
        preview.rebuild()
        results[name] = round(time.perf_counter() - started, 3)
        started = time.perf_counter()
        preview.wait_for_search()
        results[f"{name}_search"] = round(time.perf_counter() - started, 3)

    timed("first")
    article = sorted(config.articles_dir.rglob("*.txt"))[0]
    original = article.read_bytes()
    try:
        text = original.decode("utf-8")
        article.write_text(text.replace(".", ", come riferito.", 1), encoding="utf-8")
        timed("edit")
        new = article.with_name(NEW)
        new.write_text(re.sub(r"^\s*date\s+\S+", " date 2024-06-15", text, count=1), "utf-8")
        timed("add")
        new.unlink()
        timed("delete")
    finally:
        article.write_bytes(original)
        (article.with_name(NEW)).unlink(missing_ok=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.preview", description=__doc__)
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--report", type=Path, required=True)
    args = parser.parse_args()
    results = measure(args.root.resolve())
    args.report.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
