"""The search page as a reader uses it on a site each engine built, served under a sub-path
as GitHub Pages serves a project site (https://<owner>.github.io/<project>/cerca/); a
screenshot of each, in tests/browser/output/, to compare the engines' looks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from digest.config import load_config
from digest.site import build_site
from tests.browser import conftest
from tests.browser.conftest import BELOUSOV, MUNIR, Reader, expect, served
from tests.conftest import copy_site_inputs
from tests.test_engines import needs

pytestmark = pytest.mark.browser

PROJECT = "digest/"


@pytest.fixture(scope="module", params=["mkdocs", "properdocs", "zensical"])
def project_site(request, tmp_path_factory) -> Iterator[tuple[str, str]]:
    """The seed site built by one engine into <served>/digest/ and served; yields the
    engine and the project's address."""
    engine = request.param
    needs(engine)
    root = copy_site_inputs(tmp_path_factory.mktemp(f"{engine}-project"))
    served_folder = root / "served"  # inside the repository: Zensical builds nowhere else
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SITE_URL", f"https://example.org/{PROJECT}")
        config, findings = load_config(root)
        assert findings == []
        result = build_site(config, served_folder / PROJECT, engine=engine)
    assert result.ok, result.engine_output or [f.format() for f in result.build.findings]
    with served(served_folder) as url:
        yield engine, url + PROJECT


def test_search_works_under_a_sub_path(
    open_reader: Callable[..., Reader], project_site: tuple[str, str], output: Path
):
    engine, address = project_site
    reader = open_reader(site=address)
    page = reader.open("cerca/?q=Haftar")
    status = page.locator("#digest-search-status")
    expect(status).not_to_be_empty()
    assert reader.errors == [], status.text_content()
    expect(status).to_contain_text("Haftar")
    results = page.locator("#digest-search-results")
    for path in (BELOUSOV, MUNIR):
        expect(results.locator(f'h2 a[href$="/{PROJECT}{path}"]')).to_have_count(1)
    # The links of the page's own text lead into the project, not to the domain's root.
    hint = page.locator("#digest-search-hint a").first
    assert hint.evaluate("a => a.href").startswith(address)
    page.wait_for_load_state("networkidle")
    path = output / f"search-{engine}-project-site.png"
    page.screenshot(path=path, full_page=True)
    conftest.screenshots.append(path)
    assert reader.errors == [] and reader.elsewhere == []
