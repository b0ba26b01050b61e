"""axe-core on the pages readers land on: no serious or critical violation.

The site has a few today. Each is listed below with where it comes from, and tolerated
only there: a new violation fails, and so does a listed one that is gone, so the list only
shrinks. The tolerated ones are repeated at the end of pytest's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.browser.conftest import AXE, PAGES, Reader, axe_tolerated, missing_axe, require

pytestmark = pytest.mark.browser

# (axe rule, CSS selector of the offending element, where it comes from)
# Fixed, so no longer tolerated: links inside running text are underlined
# (link-in-text-block, docs/stylesheets/digest.css), header tabs at .8 opacity
# (color-contrast), no "Made with Material" footer line (color-contrast), and Material's
# search dialog without a name (aria-dialog-name) is gone with Material's search: the
# search page uses Pagefind's UI.
KNOWN: dict[str, list[tuple[str, str, str]]] = {
    kind: [] for kind in ("home", "article", "actor", "month", "search")
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


@pytest.mark.parametrize("kind", list(KNOWN))
def test_no_serious_accessibility_violation(reader: Reader, output: Path, kind: str):
    require(missing_axe())
    page = reader.open(PAGES[kind])
    page.add_script_tag(path=AXE)
    known = KNOWN[kind]
    answer = page.evaluate(RUN_AXE, [[rule, selector] for rule, selector, _ in known])
    report = output / f"axe-{kind.replace(' ', '-')}.json"
    report.write_text(json.dumps(answer["result"], indent=1, ensure_ascii=False))

    new = [f for f in answer["found"] if f["known"] < 0]
    assert not new, f"{kind}: new serious/critical axe violations (full report: {report}):\n" + (
        "\n".join(
            f"  {f['rule']} ({f['impact']}) {f['target']}: {f['help']}\n    {f['html']}"
            for f in new
        )
    )
    seen = {f["known"] for f in answer["found"]}
    gone = [entry for i, entry in enumerate(known) if i not in seen]
    assert not gone, f"{kind}: fixed, so remove from KNOWN: {[entry[:2] for entry in gone]}"
    for entry in known:
        axe_tolerated.setdefault(entry, []).append(kind)
