"""`jobs serve` in a real headless Chromium: search, filter, page, open a job, insights.

Debian's `chromium` and `chromium-driver` (installed by .ci/run); nothing is downloaded.
Without them the tests skip, except under CI, where they must run.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import uvicorn

from scraper.web.app import create_app
from scraper.web.query import Service
from tests import servedb

# As for PostgreSQL (tests/conftest.py): under CI a missing browser fails, never skips.
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1200,900",
)


def _need_browser() -> None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    if not missing:
        return
    reason = f"browser tests need {', '.join(missing)} (apt-get install chromium chromium-driver)"
    if IN_CI:
        pytest.fail(f"required under CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on a loopback port of its own, served by uvicorn in a thread."""
    db = servedb.build(tmp_path_factory.mktemp("browser") / "jobs.db")
    service = Service(db)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(service), log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        for _ in range(500):
            if server.started:
                break
            thread.join(0.01)
        assert server.started, "uvicorn did not start"
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
        service.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the module, with a fresh empty profile."""
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as DriverService

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    with tempfile.TemporaryDirectory(prefix="jobs-chromium-") as profile:
        options.add_argument(f"--user-data-dir={profile}")
        driver = webdriver.Chrome(options=options, service=DriverService(CHROMEDRIVER))
        driver.set_page_load_timeout(20)
        try:
            yield driver
        finally:
            driver.quit()


def _query(driver: Any) -> dict[str, list[str]]:
    return parse_qs(urlsplit(driver.current_url).query)


def _wait_for(driver: Any, part: str) -> None:
    """Wait until the browser's URL holds `part` (a click's navigation has landed)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 10).until(lambda d: part in d.current_url)
    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


def _cards(driver: Any) -> list[Any]:
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, "ol.cards > li.card")


def test_search_filter_page_and_open_a_job(browser: Any, base_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(base_url + "/")
    # The newest job's title holds a <script>: shown as text, never run.
    first = _cards(browser)[0].find_element(By.CSS_SELECTOR, "h3 a")
    assert first.text == servedb.HOSTILE_TITLE
    assert browser.title.startswith("Search")
    assert browser.find_elements(By.TAG_NAME, "script") == []
    assert len(_cards(browser)) == 20

    # Filters through the form, submitted from the keyboard.
    Select(browser.find_element(By.ID, "f-role")).select_by_value("ml-engineer")
    browser.find_element(By.CSS_SELECTOR, "input[name=workplace][value=remote]").click()
    browser.find_element(By.CSS_SELECTOR, "input[name=workplace][value=hybrid]").click()
    browser.find_element(By.ID, "f-q").send_keys("engineer", Keys.ENTER)
    _wait_for(browser, "q=engineer")
    query = _query(browser)
    assert query["role"] == ["ml-engineer"] and query["workplace"] == ["remote", "hybrid"]
    assert query["q"] == ["engineer"]
    heading = browser.find_element(By.ID, "results-heading").text
    assert heading.startswith("1–20 of ")
    for card in _cards(browser):
        facts = card.find_element(By.CSS_SELECTOR, ".facts").text
        assert "Remote" in facts or "Hybrid" in facts

    # Next page, then back: the URL holds the state.
    browser.find_element(By.CSS_SELECTOR, "a[rel=next]").click()
    _wait_for(browser, "offset=20")
    assert _query(browser)["offset"] == ["20"]
    assert browser.find_element(By.ID, "results-heading").text.startswith("21–")
    second_page = [c.find_element(By.CSS_SELECTOR, "h3").text for c in _cards(browser)]
    browser.back()
    WebDriverWait(browser, 10).until(lambda d: "offset" not in _query(d))
    role = Select(browser.find_element(By.ID, "f-role")).first_selected_option
    assert role.text == "Machine learning engineer"

    # Open a job from the second page.
    browser.forward()
    _wait_for(browser, "offset=20")
    link = _cards(browser)[0].find_element(By.CSS_SELECTOR, "h3 a")
    link.click()
    _wait_for(browser, "/jobs/")
    assert urlsplit(browser.current_url).path.startswith("/jobs/")
    assert browser.find_element(By.TAG_NAME, "h1").text == second_page[0]
    rows = browser.find_elements(By.CSS_SELECTOR, "#listings-heading ~ .table-wrap tbody tr")
    assert len(rows) >= 1
    href = rows[0].find_element(By.TAG_NAME, "a").get_attribute("href")
    assert href.startswith("https://example.com/jobs/")


def test_hostile_job_page_shows_text_not_markup(browser: Any, base_url: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/?q=evil")
    _cards(browser)[0].find_element(By.CSS_SELECTOR, "h3 a").click()
    _wait_for(browser, "/jobs/")
    assert browser.find_element(By.TAG_NAME, "h1").text == servedb.HOSTILE_TITLE
    # The script in the title never ran (it would have set the title to "pwned").
    assert browser.title.startswith(servedb.HOSTILE_TITLE)
    assert browser.find_elements(By.TAG_NAME, "script") == []
    assert browser.find_elements(By.TAG_NAME, "iframe") == []
    description = browser.find_element(By.CSS_SELECTOR, ".description").text
    assert "<a href=javascript:alert(2)>here</a>" in description
    # The javascript: URL is shown as text, never made a link.
    hrefs = [a.get_attribute("href") or "" for a in browser.find_elements(By.TAG_NAME, "a")]
    assert not any(h.startswith("javascript:") for h in hrefs)


def test_insights_page(browser: Any, base_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(base_url + "/")
    browser.find_element(By.LINK_TEXT, "Salary insights").click()
    _wait_for(browser, "/insights")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Salary insights"
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.bands g.band")) >= 3
    Select(browser.find_element(By.ID, "f-by")).select_by_value("level")
    Select(browser.find_element(By.ID, "f-role")).select_by_value("ml-engineer")
    browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    _wait_for(browser, "by=level")
    assert _query(browser)["by"] == ["level"]
    heading = browser.find_element(By.ID, "bands-heading").text
    assert heading == "Annual salary by level (USD)"
    bands = browser.find_elements(By.CSS_SELECTOR, "svg.bands g.band")
    assert len(bands) >= 2
    weeks = browser.find_elements(By.CSS_SELECTOR, "svg.weeks g.week")
    assert len(weeks) == 12
    # The chart is drawn: a band's box has a real size on screen.
    box = bands[0].find_element(By.CSS_SELECTOR, "rect.box")
    assert box.size["width"] > 0 and box.size["height"] > 0


def test_every_control_has_a_label_and_takes_the_keyboard(browser: Any, base_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    for path in ("/", "/insights"):
        browser.get(base_url + path)
        controls = browser.find_elements(By.CSS_SELECTOR, "form input, form select")
        assert len(controls) >= 5
        for control in controls:
            cid = control.get_attribute("id")
            wrapped = control.find_elements(By.XPATH, "ancestor::label")
            labelled = cid and browser.find_elements(By.CSS_SELECTOR, f"label[for='{cid}']")
            assert wrapped or labelled, control.get_attribute("outerHTML")
    # The skip link comes first from the keyboard, and leads to the content.
    browser.get(base_url + "/")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.text == "Skip to content"
    assert focused.get_attribute("href").endswith("#main")
