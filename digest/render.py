"""One slice of the site rendered by MkDocs, for every core and for many runners.

`python -m digest.render --shard K/N --site-dir DIR` builds the same configuration as
`mkdocs build --strict`, but renders only the pages of slice K (of N): every page belongs to
exactly one slice (a stable hash of its path), and slice 1 also copies the theme's and the
site's static files and writes 404.html and the sitemap. MkDocs still reads the whole of
docs/, so every link is checked against every page: the union of the N slices is the site
an unsharded build writes, byte for byte (tests/test_render.py).

How: MkDocs' "dirty" build skips the pages a File says are unchanged; a small plugin, added
to the loaded configuration, says "changed" for exactly the files of this slice, and reads
the front matter of the navigation's pages in every slice (their titles appear in every
page's menu). The warning MkDocs prints for a dirty build is dropped before strict mode
counts it; every other warning still fails the slice.

`digest site` runs the slices as processes on one machine and merges them (digest.site);
`digest site --shard K/N` runs one, for a CI matrix, and `digest site --merge` joins them.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import zlib
from pathlib import Path
from typing import Any

# Written by every slice, identical in each: the merge keeps one.
SHARED_OUTPUTS = ("404.html", "sitemap.xml", "sitemap.xml.gz")


def slice_of(src_uri: str, shards: int) -> int:
    """The slice (0-based) a page belongs to: stable across runs, machines and Pythons."""
    return zlib.crc32(src_uri.encode("utf-8")) % shards


class DropDirtyWarning(logging.Filter):
    """MkDocs warns on every dirty build; digest makes them on purpose, for the pages that
    changed (the preview) or a slice's pages (here)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")


def _plugin(base: type, shard: int, shards: int) -> Any:
    class ShardPlugin(base):
        """Marks this slice's files as the ones to render."""

        def on_files(self, files: Any, config: Any) -> Any:
            for file in files:
                mine = (
                    slice_of(file.src_uri, shards) == shard
                    if file.is_documentation_page()
                    else shard == 0
                )
                file.is_modified = (lambda: True) if mine else (lambda: False)
            return files

        def on_nav(self, nav: Any, config: Any, files: Any) -> Any:
            # The menu shows the navigation's pages by title, which may come from their
            # front matter or from a heading an include brings: render them in every slice
            # (a few pages); only their own slice writes them.
            for page in nav.pages:
                if page.markdown is None:
                    page.read_source(config)
                    page.render(config, files)
            return nav

    return ShardPlugin()


def render_slice(
    config_file: str, site_dir: str, shard: int, shards: int, module: str = "mkdocs"
) -> int:
    """Build slice `shard` (0-based) of `shards` into `site_dir`; 0 on success, 1 otherwise
    (MkDocs has logged why)."""
    config_module = importlib.import_module(f"{module}.config")
    build_module = importlib.import_module(f"{module}.commands.build")
    plugins = importlib.import_module(f"{module}.plugins")
    exceptions = importlib.import_module(f"{module}.exceptions")
    logging.getLogger(f"{module}.commands.build").addFilter(DropDirtyWarning())
    config = config_module.load_config(config_file=config_file, site_dir=site_dir, strict=True)
    config.plugins["digest-slice"] = _plugin(plugins.BasePlugin, shard, shards)
    try:
        build_module.build(config, dirty=True)
    except exceptions.MkDocsException as exc:
        logging.getLogger(module).error(str(exc))
        return 1
    return 0


def shard_names(shards: int) -> list[str]:
    """The slices of a site built on `shards` runners: ["1/3", "2/3", "3/3"]."""
    return [f"{k}/{shards}" for k in range(1, shards + 1)]


def parse_shard(value: str) -> tuple[int, int]:
    """ "2/4" → (2, 4): slice K of N, 1 ≤ K ≤ N. ValueError otherwise."""
    number, _, total = value.partition("/")
    if not (number.isdigit() and total.isdigit() and 1 <= int(number) <= int(total)):
        raise ValueError(f"{value!r} is not K/N with 1 ≤ K ≤ N, e.g. 1/2")
    return int(number), int(total)


def _shard_argument(value: str) -> tuple[int, int]:
    try:
        return parse_shard(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m digest.render", description=__doc__)
    parser.add_argument("--config-file", default="mkdocs.yml")
    parser.add_argument("--site-dir", required=True)
    parser.add_argument("--shard", type=_shard_argument, required=True, help="K/N, e.g. 1/2")
    parser.add_argument("--module", default="mkdocs", choices=("mkdocs",))
    args = parser.parse_args(argv)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logging.getLogger(args.module).addHandler(handler)
    logging.getLogger(args.module).setLevel(logging.WARNING)
    shard, shards = args.shard
    return render_slice(args.config_file, str(Path(args.site_dir)), shard - 1, shards, args.module)


if __name__ == "__main__":
    sys.exit(main())
