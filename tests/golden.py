"""Regenerate tests/golden/ from the current generator: `make golden`, then review the diff.

The golden files are the generated Markdown of the two seed articles with the project's
registry: any change to what the generator writes shows up in code review.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from digest.build import build
from digest.config import load_config

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"


def generated_pages() -> dict[str, str]:
    config, findings = load_config(ROOT)
    assert not findings, findings
    result = build(config, write=False)
    assert result.ok and result.pages is not None, [f.format() for f in result.findings]
    return result.pages


def golden_pages() -> dict[str, str]:
    return {
        p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(GOLDEN.rglob("*"))
        if p.is_file()
    }


def main() -> None:
    shutil.rmtree(GOLDEN, ignore_errors=True)
    for rel, text in generated_pages().items():
        target = GOLDEN / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    print(f"wrote {len(golden_pages())} golden files under {GOLDEN}")


if __name__ == "__main__":
    main()
