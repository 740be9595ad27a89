"""The web page in a real headless browser: Debian's chromium driven by
Playwright (``executable_path``, never ``playwright install``) against
``newsgraph serve`` in a subprocess over the two Geneva sample articles.

``scripts/chromium.sh`` installs chromium if it is missing; when it cannot be
installed or started, or Playwright is not installed, the tests skip and say why.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsgraph.pipeline import Options, run
from newsgraph.store import open_store
from newsgraph.store.ingest import ingest
from tests.conftest import ROOT
from tests.databases import BACKENDS, new_db_factory

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip
CORPUS = [
    str(ROOT / "examples" / "de_dump_weltecho_genf.txt"),
    str(ROOT / "examples" / "en_meridian_geneva_energy.html"),
]
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


@pytest.fixture(scope="module", params=BACKENDS)
def site(
    browser: Any, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """``newsgraph serve`` over the ingested sample articles, on each backend; its base URL."""
    tmp = tmp_path_factory.mktemp("browser")
    for new_db in new_db_factory(str(request.param), request, tmp):
        db = new_db()
        store = open_store(db)  # in-process: the pipeline's models are likely loaded already
        try:
            ingest(store, run(CORPUS, options=Options()), CORPUS)
        finally:
            store.close()
        yield from _serve(db, tmp)


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


def test_search_article_statements_and_speaker(browser: Any, site: str, tmp_path: Path) -> None:
    page = browser.new_page()
    try:
        page.goto(site + "/")
        assert page.locator("table.people a[href^='/person/']").count() > 0
        page.fill("input[name=q]", "Kraftwerke")
        page.click("form button")
        page.wait_for_url("**/?q=Kraftwerke*")
        hits = page.locator("ol.hits > li")
        assert hits.count() > 0
        assert "Kraftwerke" in page.inner_text("ol.hits")

        hits.first.locator("a[href^='/article/']").first.click()
        page.wait_for_url("**/article/*")
        marks = page.locator("mark.statement")
        assert marks.count() > 0 and marks.first.is_visible()
        assert page.inner_text("mark.statement >> nth=0").strip()
        background = marks.first.evaluate("e => getComputedStyle(e).backgroundColor")
        assert background == "rgb(255, 243, 176)"  # highlighted
        page.screenshot(path=str(tmp_path / "article.png"), full_page=True)

        speaker = page.locator(".speaker a[href^='/person/']").first
        name = speaker.inner_text().strip()
        assert name
        speaker.click()
        page.wait_for_url("**/person/*")
        assert page.locator("h1").inner_text().strip()
        statements = page.locator("ol.statements > li")
        assert statements.count() > 0
        assert name in page.inner_text("body")
        shot = tmp_path / "person.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 1000 and (tmp_path / "article.png").stat().st_size > 1000
    finally:
        page.close()
