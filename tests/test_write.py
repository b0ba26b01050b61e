from __future__ import annotations

import pytest

from digest.write import write_pages

OWNED = ("articoli", "mesi")


def test_writes_only_what_changed_and_removes_stale_pages(tmp_path):
    docs = tmp_path / "docs"
    (docs).mkdir()
    (docs / "index.md").write_text("hand-written")
    first = write_pages(docs, {"articoli/2025/a.md": "A", "mesi/x.md": "X"}, OWNED)
    assert first.written == ("articoli/2025/a.md", "mesi/x.md")
    again = write_pages(docs, {"articoli/2025/a.md": "A", "mesi/x.md": "X"}, OWNED)
    assert again.written == () and again.unchanged == 2
    mtime = (docs / "mesi/x.md").stat().st_mtime_ns
    changed = write_pages(docs, {"articoli/2025/a.md": "A2", "mesi/x.md": "X"}, OWNED)
    assert changed.written == ("articoli/2025/a.md",)
    assert (docs / "mesi/x.md").stat().st_mtime_ns == mtime
    removed = write_pages(docs, {"mesi/x.md": "X"}, OWNED)
    assert removed.removed == ("articoli/2025/a.md",)
    assert not (docs / "articoli" / "2025").exists()
    assert (docs / "index.md").read_text() == "hand-written"


@pytest.mark.parametrize(
    "bad", ["../escape.md", "articoli/../../escape.md", "/etc/passwd", "index.md"]
)
def test_refuses_paths_outside_generated_folders(tmp_path, bad):
    with pytest.raises(ValueError, match="refusing"):
        write_pages(tmp_path, {bad: "x"}, OWNED)
    assert not (tmp_path.parent / "escape.md").exists()
