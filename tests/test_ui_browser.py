"""The web UI in a real browser (Debian's Chromium driven by Playwright): paste, analyse, see.

Skipped only where Chromium is not installed; `.ci/run` installs it, so CI always runs it.
"""

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from newsgraph.server import create_app

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.model,
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed"),
]

ARTICLE = (
    "Troops reach the outskirts of Kupiansk\n\n"
    "Ukrainian troops have reportedly reached the outskirts of Kupiansk, a soldier told "
    'Reuters on Monday night. "We are holding the line," he said.\n\n'
    "Read also: What the winter means for the front line\n\n"
    "Anna Keller, professor of security studies at the University of Graz, doubts it. "
    '"This is wishful thinking," Keller said.'
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_paste_an_article_and_see_quotes_and_boilerplate(base_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        try:
            page = browser.new_page()
            page.goto(base_url + "/")
            page.fill("#text", ARTICLE)
            page.fill("#published", "2024-03-05")
            page.click("#run")
            page.wait_for_function(
                "document.getElementById('status').textContent.includes('quotes')",
                timeout=60_000,
            )
            article = page.inner_text("#article")
            assert "Kupiansk" in article
            promo = page.locator("mark.boilerplate")
            assert promo.count() >= 1
            assert "Read also" in promo.first.inner_text()
            assert "Quotes" in page.inner_text("#records")
            page.screenshot(path=str(tmp_path / "ui.png"), full_page=True)
            assert (tmp_path / "ui.png").stat().st_size > 10_000

            page.fill("#text", "   ")
            page.click("#run")
            page.wait_for_function(
                "document.getElementById('status').textContent.includes('E001')",
                timeout=30_000,
            )
        finally:
            browser.close()
