"""The shape of the package: data flows one way (read → extract → model → plan → render →
write), so a module imports only from its own layer or below, and no import cycle exists.
Every module has a layer here: a new module takes its place consciously."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "digest"

LAYERS: dict[int, tuple[str, ...]] = {
    # Leaves: no other module of the package.
    0: (
        "digest.version",
        "digest.frozen",
        "digest.findings",
        "digest.catalogue",  # every finding code, its severity and its words
        "digest.model",
        "digest.normalise",
        "digest.memo",  # tables kept between processes, in a store the build provides
        "digest.lexicon",  # the Italian dictionaries (simplemma's, Morph-it!), kept tables
        "digest.prose",
        "digest.safeyaml",
        "digest.sanitize",
        "digest.mdtext",
        "digest.history",
        "digest.guard",
        "digest.schema",
        "digest.readers.rules",
        "digest.engines",  # the table of engines the site can be built with
    ),
    # Settings, addresses, words and places: what every stage looks up.
    1: (
        "digest.config",
        "digest.paths",
        "digest.i18n",
        "digest.places",
        "digest.firstnames",  # first names of the starter's people, read from its data
        "digest.cache",
        "digest.readers.source",
        "digest.readers.parts",
        "digest.article_files",  # which files of articles/ are articles, found in order
        "digest.outlets",  # news outlets and agencies, read from the starter's media.yml
    ),
    # Read: a file's bytes become an Article.
    2: (
        "digest.readers.copy",
        "digest.readers.text",
        "digest.readers.markdown",
        "digest.readers",
    ),
    # Extract and model: actors, mentions, the corpus and its checks.
    3: (
        "digest.forms",  # every form an actor is matched by, with its period
        "digest.metonymy",  # when a capital counts for its country
        "digest.registry",
        "digest.starter",  # the starter registry, and a site's registry on top of it
        "digest.starter.towns",  # Italy's towns, data extracted once from GeoNames
        "digest.registry_edit",  # `digest actors accept`: one entry added, the rest kept
        "digest.matching",
        "digest.names",  # capitalised names that match no actor, for suggestions
        "digest.corpus",
        "digest.checks",
        "digest.suggest",
    ),
    # Tools over one article.
    4: ("digest.ingest", "digest.store", "digest.explain", "digest.draft", "digest.views"),
    # Render: Markdown pages, feeds, open data, the search index.
    5: (
        "digest.search",
        "digest.charts",
        "digest.search_page",
        "digest.pages",
        "digest.feeds",
        "digest.api",
    ),
    6: ("digest.plan",),
    7: ("digest.write", "digest.produce"),
    8: ("digest.build",),
    # The site around the generator: MkDocs, Pagefind, the preview.
    9: ("digest.render", "digest.site", "digest.serve"),
    # The front doors.
    10: ("digest.cli", "digest.__main__", "digest"),
}
LAYER = {module: layer for layer, modules in LAYERS.items() for module in modules}


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if "bench" in parts:  # the benchmark leaves the package (issue 11); not the site's code
            continue
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(path: Path, known: set[str]) -> set[str]:
    """The package's modules a module imports, at any depth of its code."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from digest import paths" imports digest.paths; "from digest.x import f", digest.x
            names = [
                full if (full := f"{node.module}.{alias.name}") in known else node.module
                for alias in node.names
            ]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        found |= {name for name in names if name in known}
    return found


def graph() -> dict[str, set[str]]:
    known = modules()
    edges = {name: imports(path, set(known)) - {name} for name, path in known.items()}
    # "from digest.readers.copy import x" from outside also runs digest/readers/__init__.
    for name, deps in edges.items():
        for dep in list(deps):
            parts = dep.split(".")
            for end in range(2, len(parts)):
                package = ".".join(parts[:end])
                if package in known and package != name and not name.startswith(package + "."):
                    deps.add(package)
    return edges


def test_every_module_has_a_layer():
    missing = sorted(set(modules()) - set(LAYER))
    assert not missing, f"give these modules a layer in tests/test_architecture.py: {missing}"


@pytest.mark.parametrize("module", sorted(modules()))
def test_imports_go_down_only(module):
    upward = sorted(dep for dep in graph()[module] if LAYER.get(dep, -1) > LAYER.get(module, 99))
    assert not upward, f"{module} (layer {LAYER.get(module)}) imports from above: {upward}"


def test_no_import_cycle():
    edges = graph()
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for dep in sorted(edges.get(node, ())):
            if state.get(dep) == 1:
                return [*path[path.index(dep) :], dep]
            if dep not in state and (cycle := visit(dep)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(edges):
        if start not in state and (cycle := visit(start)):
            pytest.fail(" → ".join(cycle))
