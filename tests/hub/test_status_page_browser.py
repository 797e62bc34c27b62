"""The visitor status page in a real (headless) browser against a real hub.

Uses Debian's Chromium (never a downloaded one). The page must update itself: after a clerk
calls the ticket, "Schalter" appears without a reload. With WARTEMARKE_SCREENSHOT_DIR set, the
two states are saved as status-page.png and status-page-called.png (how docs/img gets them).
"""

from __future__ import annotations

import pytest

from tests.helpers.browser import needs_chromium, picture

pytestmark = [
    pytest.mark.slow,
    needs_chromium,
]


def _issue(hub, service: str = "A") -> dict:
    answer = hub.api("POST", "/api/tickets", {"service": service}, token=hub.kiosk_token)
    assert answer.status_code == 201, answer.text
    return answer.json()


def test_page_shows_position_then_the_call_without_reload(hub, page) -> None:
    from playwright.sync_api import expect

    _issue(hub)
    mine = _issue(hub)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    navigations: list[str] = []
    page.on("framenavigated", lambda frame: navigations.append(frame.url))
    response = page.goto(f"{hub.url}/s/{mine['status_key']}")
    assert response is not None and response.status == 200
    assert "default-src 'none'" in response.headers["content-security-policy"]
    expect(page.locator("#number")).to_have_text(mine["number"])
    expect(page.locator("#ahead")).to_have_text("Vor Ihnen: 1")
    expect(page.locator("#estimate")).to_contain_text("Wartezeit")
    picture(page, "status-page.png")

    clerk = hub.login(counter="3")
    assert hub.api("POST", "/api/counters/3/next", {}, token=clerk).status_code == 200
    expect(page.locator("#ahead")).to_have_text("Sie sind als Nächstes dran.", timeout=15_000)
    called = hub.api("POST", "/api/counters/3/next", {}, token=clerk).json()
    assert called["number"] == mine["number"]
    expect(page.locator("#call")).to_have_text("Bitte zu Schalter 3", timeout=15_000)
    picture(page, "status-page-called.png")
    assert page.locator("#call").get_attribute("aria-live") == "assertive"
    assert len(navigations) == 1  # no reload
    assert all(url.startswith(hub.url) for url in requests)  # nothing from elsewhere


def test_page_in_english_and_finished(hub, page) -> None:
    from playwright.sync_api import expect

    mine = _issue(hub, "M")
    page.goto(f"{hub.url}/s/{mine['status_key']}?lang=en")
    expect(page.locator("#ahead")).to_have_text("You are next.")
    expect(page.locator("#number-label")).to_have_text("Your number")
    clerk = hub.login(counter="5")
    hub.api("POST", "/api/counters/5/next", {}, token=clerk)
    expect(page.locator("#call")).to_have_text("Please go to counter 5", timeout=15_000)
    hub.api("POST", f"/api/tickets/{mine['id']}/done", {}, token=clerk)
    expect(page.locator("#message")).to_have_text("Done. Thank you for your visit!",
                                                  timeout=15_000)
    page.locator("#lang").click()
    expect(page.locator("#message")).to_have_text("Erledigt. Vielen Dank für Ihren Besuch!")


def test_unknown_and_malformed_keys(hub, page) -> None:
    from playwright.sync_api import expect

    page.goto(f"{hub.url}/s/{'x' * 22}")
    expect(page.locator("#message")).to_have_text("Diese Wartemarke ist nicht bekannt.")
    assert hub.api("GET", "/s/short").status_code == 404
    assert hub.api("GET", "/s/<script>alert(1)</script>").status_code == 404
