"""axe-core on the pages readers land on: no serious or critical violation.

The site has a few today. Each is listed below with where it comes from, and tolerated
only there: a new violation fails, and so does a listed one that is gone, so the list only
shrinks. The tolerated ones are repeated at the end of pytest's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.browser.conftest import (
    AXE,
    DESKTOP,
    PAGES,
    PHONE,
    Reader,
    axe_tolerated,
    expect,
    missing_axe,
    require,
)

pytestmark = pytest.mark.browser

# (axe rule, CSS selector of the offending element, where it comes from)
# Fixed, so no longer tolerated: links inside running text are underlined
# (link-in-text-block, docs/stylesheets/digest.css), header tabs at .8 opacity
# (color-contrast), no "Made with Material" footer line (color-contrast), and Material's
# search dialog without a name (aria-dialog-name) is gone with Material's search: the
# search page uses Pagefind's UI.
KNOWN: dict[str, list[tuple[str, str, str]]] = {
    kind: [] for kind in ("home", "article", "actor", "month", "search", "search results")
}

# Runs axe, then tells, for each serious or critical node, which known entry it matches.
RUN_AXE = """async (known) => {
  const result = await axe.run();
  const found = [];
  for (const rule of result.violations) {
    if (rule.impact !== "serious" && rule.impact !== "critical") continue;
    for (const node of rule.nodes) {
      const element = node.target.length === 1 ? document.querySelector(node.target[0]) : null;
      const match = known.findIndex(([id, selector]) =>
        id === rule.id && element !== null && element.matches(selector));
      found.push({rule: rule.id, impact: rule.impact, help: rule.help,
                  target: node.target.join(" "), html: node.html.slice(0, 160), known: match});
    }
  }
  return {found, result};
}"""


def ready(reader: Reader, kind: str):
    """The page as a reader sees it: for the search page with a query, once results are in."""
    page = reader.open(PAGES[kind])
    if "?q=" in PAGES[kind]:
        expect(page.locator("#digest-search-results li").first).to_be_visible()
    page.add_script_tag(path=AXE)
    return page


def run_axe(page, known: list[tuple[str, str, str]], report: Path, what: str) -> list[dict]:
    """Run axe; fail on any serious or critical violation not in `known`; return what ran."""
    answer = page.evaluate(RUN_AXE, [[rule, selector] for rule, selector, _ in known])
    report.write_text(json.dumps(answer["result"], indent=1, ensure_ascii=False))
    new = [f for f in answer["found"] if f["known"] < 0]
    assert not new, f"{what}: new serious/critical axe violations (full report: {report}):\n" + (
        "\n".join(
            f"  {f['rule']} ({f['impact']}) {f['target']}: {f['help']}\n    {f['html']}"
            for f in new
        )
    )
    return answer["found"]


@pytest.mark.parametrize("kind", list(KNOWN))
def test_no_serious_accessibility_violation(reader: Reader, output: Path, kind: str):
    require(missing_axe())
    page = ready(reader, kind)
    known = KNOWN[kind]
    found = run_axe(page, known, output / f"axe-{kind.replace(' ', '-')}.json", kind)
    seen = {f["known"] for f in found}
    gone = [entry for i, entry in enumerate(known) if i not in seen]
    assert not gone, f"{kind}: fixed, so remove from KNOWN: {[entry[:2] for entry in gone]}"
    for entry in known:
        axe_tolerated.setdefault(entry, []).append(kind)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("device, viewport", [("desktop", DESKTOP), ("phone", PHONE)])
def test_search_results_in_both_schemes(open_reader, output: Path, scheme, device, viewport):
    """The search page's own colours (field, tags, marks) hold in Material's dark scheme too,
    and at a phone's width, where the filter row wraps."""
    require(missing_axe())
    page = ready(open_reader(viewport, color_scheme=scheme), "search results")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == (
        "slate" if scheme == "dark" else "default"
    )
    report = output / f"axe-search-results-{device}-{scheme}.json"
    run_axe(page, [], report, f"search results, {device}, {scheme} scheme")
