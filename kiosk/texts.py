"""Words shared by several screens, through Qt's translation system (context "KioskTexts").

English is the source; German and the visitors' languages come from ``kiosk/i18n``.
Times are shown in Europe/Berlin, weekday names in the visitor's language.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.office_state import BERLIN, Estimate


def _tr(text: str) -> str:
    return QCoreApplication.translate("KioskTexts", text)


def estimate_text(estimate: Estimate | None) -> str:
    if estimate is None:
        return _tr("Waiting time unknown")
    if estimate.high_min <= 0:
        return _tr("No waiting time")
    if estimate.low_min == estimate.high_min:
        return _tr("approx. {minutes} min").format(minutes=estimate.high_min)
    return _tr("approx. {low}–{high} min").format(low=estimate.low_min, high=estimate.high_min)


def waiting_text(waiting: int) -> str:
    return _tr("People waiting: {count}").format(count=waiting)


def ahead_text(position: int) -> str:
    if position <= 0:
        return _tr("You are next.")
    return _tr("People ahead of you: {count}").format(count=position)


def when_text(moment: datetime, now: datetime, locale: QLocale) -> str:
    """ "Wednesday, 08:00" in the visitor's language; "today" for today's date."""
    local = moment.astimezone(BERLIN)
    today = now.astimezone(BERLIN).date()
    days_ahead = (local.date() - today).days
    if days_ahead == 0:
        day = _tr("today")
    elif days_ahead == 1:
        day = _tr("tomorrow")
    else:
        day = locale.dayName(local.isoweekday(), QLocale.FormatType.LongFormat)
        if days_ahead >= 7:
            day = _tr("{weekday}, {date}").format(
                weekday=day, date=f"{local.day:02d}.{local.month:02d}.{local.year}")
    return _tr("{day}, {time}").format(day=day, time=local.strftime("%H:%M"))


def next_opening_text(moment: datetime | None, now: datetime, locale: QLocale) -> str:
    if moment is None:
        return _tr("No open hours are planned at the moment.")
    return _tr("Next open hours: {when}").format(when=when_text(moment, now, locale))


def closure_text(reason: str) -> str:
    return _tr("Today's open hours are cancelled: {reason}").format(reason=reason)


def out_of_order_text() -> str:
    return _tr("This machine is out of order right now. Please ask at the reception desk.")


def trouble_text(code: str) -> str:
    """A short line for staff saying what is wrong (the visitor reads the sentence above)."""
    known = {
        "hub_unreachable": _tr("No connection to the server."),
        "hub_error": _tr("The server refused the request."),
        "paper_out": _tr("Printer: out of paper."),
        "paper_low": _tr("Printer: paper almost out."),
        "cover_open": _tr("Printer: cover open."),
        "offline": _tr("Printer: not reachable."),
        "print_timeout": _tr("Printer: no answer."),
        "print_failed": _tr("Printer: printing failed."),
    }
    return known.get(code, _tr("Printer: error ({code}).").format(code=code))
