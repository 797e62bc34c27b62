"""The visitor overview page (`/`, the display's QR code) in headless Chromium against a hub.

Uses Debian's Chromium (never a downloaded one). The page must update itself: a call made
through the API appears without a reload. With WARTEMARKE_SCREENSHOT_DIR set, the page is
saved as overview.png and overview-closed.png (how docs/img gets them).
"""

from __future__ import annotations

import pytest

from tests.helpers.browser import needs_chromium, picture

WAIT_MS = 15_000

pytestmark = [
    pytest.mark.slow,
    needs_chromium,
]


def _issue(hub, service: str = "A") -> dict:
    answer = hub.api("POST", "/api/tickets", {"service": service}, token=hub.kiosk_token)
    assert answer.status_code == 201, answer.text
    return answer.json()


def test_waiting_counts_then_a_call_appears_without_reload(hub, page) -> None:
    from playwright.sync_api import expect

    for service in ("A", "A", "A", "M", "A"):
        _issue(hub, service)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    navigations: list[str] = []
    page.on("framenavigated", lambda frame: navigations.append(frame.url))
    response = page.goto(f"{hub.url}/?org=main")
    assert response is not None and response.status == 200
    assert "default-src 'none'" in response.headers["content-security-policy"]
    expect(page.locator("#office")).to_have_text("Bürgerbüro Castrop-Rauxel")
    expect(page.locator('[data-service="A"] .waiting')).to_have_text("4 Personen warten")
    expect(page.locator('[data-service="M"] .waiting')).to_have_text("1 Person wartet")
    expect(page.locator('[data-service="O"] .waiting')).to_have_text("Niemand wartet")
    expect(page.locator('[data-service="A"] .estimate')).to_contain_text("Wartezeit")
    expect(page.locator("#hours-line")).to_have_text("Offene Sprechstunde bis 12:00 Uhr")
    expect(page.locator("#calls-empty")).to_have_text("Zurzeit wird niemand aufgerufen.")

    clerk = hub.login(counter="3")
    assert hub.api("POST", "/api/counters/3/next", {}, token=clerk).status_code == 200
    other = hub.login(counter="5", who="supervisor")
    assert hub.api("POST", "/api/counters/5/next", {}, token=other).status_code == 200
    told = hub.api("POST", "/api/ticker", {"text": "Bitte halten Sie Ihren Ausweis bereit."},
                   token=other)
    assert told.status_code == 201, told.text
    calls = page.locator("#calls li")
    expect(calls).to_have_count(2, timeout=WAIT_MS)
    expect(calls.first).to_have_text("M001→Schalter 5")
    expect(calls.nth(1)).to_have_text("A001→Schalter 3")
    expect(page.locator("#announce")).to_have_text("Aufruf: M001 zu Schalter 5")
    assert page.locator("#announce").get_attribute("aria-live") == "assertive"
    expect(page.locator('[data-service="A"] .waiting')).to_have_text("3 Personen warten")
    expect(page.locator("#ticker li")).to_have_text(["Bitte halten Sie Ihren Ausweis bereit."],
                                                    timeout=WAIT_MS)
    picture(page, "overview.png")
    assert len(navigations) == 1  # no reload
    assert all(url.startswith(hub.url) for url in requests)  # nothing from elsewhere


def test_english_toggle_and_closure(hub, page) -> None:
    from playwright.sync_api import expect

    _issue(hub, "M")
    page.goto(f"{hub.url}/")
    expect(page.locator('[data-service="A"] .name')).to_have_text("AAusweis & Pass")
    page.locator("#lang").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator('[data-service="A"] .name')).to_have_text("AID card & passport")
    expect(page.locator('[data-service="M"] .waiting')).to_have_text("1 person waiting")
    expect(page.locator("#calls-title")).to_have_text("Now calling")
    assert page.url.endswith("?lang=en")

    supervisor = hub.login(counter="6", who="supervisor")
    made = hub.api("POST", "/api/closures",
                   {"day": "2026-11-25", "reason": "Personalversammlung"}, token=supervisor)
    assert made.status_code == 201, made.text
    expect(page.locator("#hours-line")).to_have_text(
        "Today's walk-in hours are cancelled: Personalversammlung", timeout=WAIT_MS)
    expect(page.locator("#hours-note")).to_have_text(
        "Numbers already drawn will still be called.")
    page.locator("#lang").click()
    expect(page.locator("#hours-line")).to_have_text(
        "Die offene Sprechstunde entfällt heute: Personalversammlung")
    expect(page.locator("#hours-note")).to_have_text(
        "Bereits gezogene Wartenummern werden noch aufgerufen.")
    picture(page, "overview-closed.png")


def test_english_from_the_address_and_unknown_org(hub, page) -> None:
    from playwright.sync_api import expect

    page.goto(f"{hub.url}/?lang=en")
    expect(page.locator("#hours-line")).to_have_text("Walk-in hours until 12:00")
    page.goto(f"{hub.url}/?org=nirgendwo")
    expect(page.locator("#office")).to_have_text("Dieses Bürgerbüro ist nicht bekannt.")
