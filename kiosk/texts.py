"""Words shared by several screens, through Qt's translation system (context "KioskTexts").

English is the source; German and the visitors' languages come from ``kiosk/i18n``.
Times are shown in Europe/Berlin, weekday names in the visitor's language. Every call is a
literal ``translate("KioskTexts", "…")`` so that ``pyside6-lupdate`` finds the string.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.office_state import BERLIN, Estimate

translate = QCoreApplication.translate


def estimate_text(estimate: Estimate | None) -> str:
    if estimate is None:
        return translate("KioskTexts", "Waiting time unknown")
    if estimate.high_min <= 0:
        return translate("KioskTexts", "No waiting time")
    if estimate.low_min == estimate.high_min:
        text = translate("KioskTexts", "approx. {minutes} min")
        return text.format(minutes=estimate.high_min)
    text = translate("KioskTexts", "approx. {low}–{high} min")
    return text.format(low=estimate.low_min, high=estimate.high_min)


def waiting_text(waiting: int) -> str:
    return translate("KioskTexts", "People waiting: {count}").format(count=waiting)


def ahead_text(position: int) -> str:
    if position <= 0:
        return translate("KioskTexts", "You are next.")
    return translate("KioskTexts", "People ahead of you: {count}").format(count=position)


def when_text(moment: datetime, now: datetime, locale: QLocale) -> str:
    """ "Wednesday, 08:00" in the visitor's language; "today, 13:00" for later today."""
    local = moment.astimezone(BERLIN)
    days_ahead = (local.date() - now.astimezone(BERLIN).date()).days
    if days_ahead == 0:
        day = translate("KioskTexts", "today")
    else:
        day = locale.dayName(local.isoweekday(), QLocale.FormatType.LongFormat)
        if days_ahead >= 7:
            day = f"{day}, {local.day:02d}.{local.month:02d}.{local.year}"
    return translate("KioskTexts", "{day}, {time}").format(day=day, time=local.strftime("%H:%M"))


def next_opening_text(moment: datetime | None, now: datetime, locale: QLocale) -> str:
    if moment is None:
        return translate("KioskTexts", "No open hours are planned at the moment.")
    text = translate("KioskTexts", "Next open hours: {when}")
    return text.format(when=when_text(moment, now, locale))


def closure_text(reason: str) -> str:
    text = translate("KioskTexts", "Today's open hours are cancelled: {reason}")
    return text.format(reason=reason)


def holiday_text(name: str) -> str:
    return translate("KioskTexts", "Public holiday: {name}").format(name=name)


def out_of_order_text() -> str:
    return translate("KioskTexts",
                     "This machine is out of order right now. Please ask at the reception desk.")


def trouble_text(code: str) -> str:
    """A short line for staff saying what is wrong (the visitor reads the sentence above)."""
    known = {
        "hub_unreachable": translate("KioskTexts", "No connection to the server."),
        "hub_error": translate("KioskTexts", "The server refused the request."),
        "paper_out": translate("KioskTexts", "Printer: out of paper."),
        "cover_open": translate("KioskTexts", "Printer: cover open."),
        "offline": translate("KioskTexts", "Printer: not reachable."),
        "print_timeout": translate("KioskTexts", "Printer: no answer."),
        "print_failed": translate("KioskTexts", "Printer: printing failed."),
    }
    if code in known:
        return known[code]
    return translate("KioskTexts", "Printer: error ({code}).").format(code=code)
