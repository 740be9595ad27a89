"""The web page in a real headless browser: Debian's chromium driven by
Playwright (``executable_path``, never ``playwright install``) against
``newsgraph serve`` in a subprocess over the corpus of ``conftest`` (the two
Geneva sample articles, a hostile one and ``MANY`` small ones), on each store.

Screenshots go to ``$NEWSGRAPH_ARTIFACTS`` if set, else to ``tmp/artifacts/``
in the checkout (ignored by git), one per page and store, replaced each run.

``scripts/chromium.sh`` installs chromium if it is missing; when it cannot be
installed or started, or Playwright is not installed, the tests skip and say why.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.web.conftest import MANY, OUTLETS

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip
ARTIFACTS = ROOT / "tmp" / "artifacts"
INSTALL_TIMEOUT = 300  # seconds for apt-get install chromium on a fresh machine


@pytest.fixture(scope="module")
def chromium() -> str:
    try:
        done = subprocess.run(
            ["bash", str(ROOT / "scripts" / "chromium.sh")],
            capture_output=True, text=True, timeout=INSTALL_TIMEOUT, check=False,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired) as e:
        pytest.skip(f"browser tests skipped: chromium could not be installed ({e})")
    lines = done.stdout.split()
    if done.returncode != 0 or not lines:
        why = (done.stderr.strip().splitlines() or ["no output"])[-1]
        pytest.skip(f"browser tests skipped: chromium.sh failed: {why}")
    return lines[-1]


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as pw:
        try:
            b = pw.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        except Exception as e:
            pytest.skip(f"browser tests skipped: chromium did not start: {e}")
        yield b
        b.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def site(browser: Any, db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``newsgraph serve`` over the corpus store (each backend); its base URL."""
    yield from _serve(db, tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where the screenshots are kept."""
    given = os.environ.get("NEWSGRAPH_ARTIFACTS")
    path = Path(given) if given else ARTIFACTS
    path.mkdir(parents=True, exist_ok=True)
    return path


def _shot(page: Any, artifacts: Path, db: str, name: str) -> Path:
    """A full-page screenshot named after the store; checked to be a real image."""
    store = "postgres" if db.startswith("postgresql") else "duckdb"
    path = artifacts / f"{name}-{store}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 1000
    return path


def _serve(db: str, tmp: Path) -> Iterator[str]:
    """`newsgraph serve` in a subprocess until the test module is done; its base URL."""
    cli = [sys.executable, "-m", "newsgraph.cli"]
    port = _free_port()
    log = (tmp / "serve.log").open("wb")
    proc = subprocess.Popen(
        [*cli, "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        "newsgraph serve did not come up: " + (tmp / "serve.log").read_text()
                    ) from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_search_article_statements_and_speaker(
    browser: Any, site: str, db: str, artifacts: Path
) -> None:
    page = browser.new_page()
    try:
        page.goto(site + "/")
        assert page.locator("table.people a[href^='/person/']").count() > 0
        page.fill("input[name=q]", "Kraftwerke")
        page.click("form.filters button")
        page.wait_for_url("**/?q=Kraftwerke*")
        hits = page.locator("table.hits tbody tr")
        assert hits.count() > 0
        assert "Kraftwerke" in page.inner_text("table.hits")

        hits.first.locator("a[href^='/article/']").first.click()
        page.wait_for_url("**/article/*")
        assert page.get_attribute("html", "lang") == "de"
        marks = page.locator("mark.statement")
        assert marks.count() > 0 and marks.first.is_visible()
        colours = {
            kind: page.locator(f"mark.statement.{kind}").first.evaluate(
                "e => getComputedStyle(e).backgroundColor"
            )
            for kind in ("direct", "indirect", "reported")
        }
        assert len(set(colours.values())) == 3  # one colour per kind
        legend = page.locator("p.legend span")
        assert legend.count() == 4
        assert (
            legend.nth(0).evaluate("e => getComputedStyle(e).backgroundColor")
            == (colours["direct"])
        )
        _shot(page, artifacts, db, "article")

        speaker = page.locator(".speaker a[href^='/person/']").first
        name = speaker.inner_text().strip()
        assert name
        speaker.click()
        page.wait_for_url("**/person/*")
        assert page.locator("h1").inner_text().strip()
        assert page.locator("section.kind ol.statements > li").count() > 0
        assert name in page.inner_text("body")
        assert page.locator("svg.chart rect.bar").count() > 0
        _shot(page, artifacts, db, "person")
    finally:
        page.close()


def _total(page: Any) -> int:
    return int(page.get_attribute("strong.count", "data-total"))


def test_filters_totals_and_paging(browser: Any, site: str, db: str, artifacts: Path) -> None:
    page = browser.new_page()
    try:
        page.goto(site + "/")
        everything = _total(page)
        page.select_option("select[name=outlet]", OUTLETS[0])
        page.select_option("select[name=kind]", "direct")
        page.select_option("select[name=limit]", "10")
        page.click("form.filters button")
        page.wait_for_url("**/?*outlet=*")
        assert _total(page) == MANY // 2 < everything
        assert page.locator("table.statements tbody tr").count() == 10
        assert page.inner_text("span.shown") == "1–10"
        cells = page.locator("table.statements tbody td:nth-child(5)").all_inner_texts()
        assert set(cells) == {OUTLETS[0]}
        _shot(page, artifacts, db, "filtered")

        page.click("a.next")
        page.wait_for_url("**offset=10*")
        assert page.inner_text("span.shown") == "11–20" and _total(page) == MANY // 2
        page.click("a.previous")
        page.wait_for_url(lambda url: "offset=" not in url)
        assert page.inner_text("span.shown") == "1–10"

        page.fill("input[name=min_confidence]", "0.5")
        page.click("form.filters button")
        page.wait_for_url("**min_confidence=0.5*")
        assert _total(page) == len([n for n in range(2, MANY + 1, 2) if n / 100 >= 0.5])

        page.goto(site + "/?person=Anna+Berg&since=2025-01-10&until=2025-01-19&limit=200")
        dates = page.locator("table.statements tbody time").evaluate_all(
            "ts => ts.map(t => t.getAttribute('datetime'))"
        )
        assert dates and all("2025-01-10" <= d <= "2025-01-19" for d in dates)
        assert _total(page) == len(dates)
    finally:
        page.close()


def test_sortable_columns(browser: Any, site: str) -> None:
    page = browser.new_page()
    try:
        page.goto(site + "/?person=Anna+Berg")
        page.click("th a[data-sort=confidence]")
        page.wait_for_url("**sort=confidence*")
        first = page.locator("table.statements tbody td:nth-child(6)").all_inner_texts()
        assert first[0] == f"{MANY / 100:.2f}" and first == sorted(first, reverse=True)
        page.click("th a[data-sort=confidence]")
        page.wait_for_url("**desc=0*")
        again = page.locator("table.statements tbody td:nth-child(6)").all_inner_texts()
        assert again[0] == "0.01" and again == sorted(again)
    finally:
        page.close()


def test_timeline_and_people_charts(browser: Any, site: str, db: str, artifacts: Path) -> None:
    page = browser.new_page()
    try:
        page.goto(site + "/timeline")
        assert "Type a person" in page.inner_text("p.empty")
        page.fill("input[name=q]", "Brücke")
        page.click("form.filters button")
        page.wait_for_url("**/timeline?q=*")
        bars = page.locator("svg.chart rect.bar")
        assert bars.count() == 5 and page.locator("svg.chart").is_visible()
        heights = bars.evaluate_all("rs => rs.map(r => r.getBBox().height)")
        assert all(h > 0 for h in heights)
        _shot(page, artifacts, db, "timeline")
        page.goto(site + "/timeline?q=Zzyzxwort")
        assert "Nothing found" in page.inner_text("p.empty")

        page.goto(site + "/people?sort=name&limit=3")
        assert _total(page) > 3 and page.locator("table.people-index tbody tr").count() == 3
        page.fill("input[name=role]", "Bürgermeisterin")
        page.click("form.filters button")
        page.wait_for_url("**role=*")
        assert (
            page.locator("table.people-index tbody tr").all_inner_texts()[0].startswith("Anna Berg")
        )
        _shot(page, artifacts, db, "people")
    finally:
        page.close()


def test_hostile_article_never_runs_and_phones_fit(
    browser: Any, site: str, db: str, artifacts: Path
) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 800})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(site + "/timeline?q=Eva+Stern")
        page.locator("a[href^='/article/']").first.click()
        page.wait_for_url("**/article/*")
        assert "<script>" in page.inner_text("h1")  # shown as text
        assert page.evaluate("document.scripts.length") == 0
        assert page.evaluate("document.images.length") == 0  # javascript: src never an image
        page.goto(site + "/person/per:stern:ev")
        page.goto(site + "/?q=gef%C3%A4hrlich")
        assert dialogs == []
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375 + 1  # no sideways scrolling on a phone
        _shot(page, artifacts, db, "phone")
    finally:
        page.close()
