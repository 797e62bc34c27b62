"""Screen texts built from hub data, through Qt's translation system."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from display.calls import parse_time

BERLIN = ZoneInfo("Europe/Berlin")


def tr(text: str) -> str:
    """Translates a screen text.

    pyside6-lupdate files calls of a module-level `tr("…")` under the empty context, so
    that is where they are looked up (one translator per app process, no clash).
    """
    return QCoreApplication.translate("", text)


def locale() -> QLocale:
    """The screen's locale (set with the language, see `translations.LanguageSwitch`)."""
    return QLocale()


def language() -> str:
    """'de' or 'en': which service names (name_de / name_en) the screen shows."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def local(moment: datetime) -> datetime:
    return moment.astimezone(BERLIN)


def counter_label(counter: str) -> str:
    return tr("Counter %1").replace("%1", counter)


def estimate_text(estimate: dict[str, Any] | None) -> str:
    """{'low_min': 10, 'high_min': 25} -> 'ca. 10–25 Min.'; None -> 'unbekannt'."""
    if not estimate:
        return tr("unknown")
    low, high = estimate.get("low_min"), estimate.get("high_min")
    if low is None or high is None:
        return tr("unknown")
    if low == high:
        return tr("approx. %1 min").replace("%1", str(low))
    return tr("approx. %1–%2 min").replace("%1", str(low)).replace("%2", str(high))


def time_text(moment: datetime) -> str:
    return local(moment).strftime("%H:%M")


def date_text(moment: datetime) -> str:
    day = local(moment).date()
    return locale().toString(QDate(day.year, day.month, day.day), tr("dddd, MMMM d, yyyy"))


def _opening_text(moment: datetime, now: datetime) -> str:
    when = local(moment)
    if when.date() == local(now).date():
        return tr("Open hours today from %1").replace("%1", time_text(moment))
    day = QDate(when.year, when.month, when.day)
    return (
        tr("Next open hours: %1 from %2")
        .replace("%1", locale().toString(day, tr("dddd, MMMM d")))
        .replace("%2", time_text(moment))
    )


def hours_lines(
    hours: dict[str, Any] | None, now: datetime, service_name: Any = None
) -> list[str]:
    """The open-hours status as one or more lines; closure reasons are shown as typed."""
    if not hours:
        return []
    lines = []
    if hours.get("open"):
        until = parse_time(hours.get("until"))
        lines.append(
            tr("Open hours until %1").replace("%1", time_text(until)) if until
            else tr("Open hours now")
        )
    elif hours.get("reason"):
        lines.append(tr("Today's open hours are cancelled: %1").replace("%1", hours["reason"]))
    else:
        lines.append(tr("No open hours at the moment"))
    if not hours.get("open"):
        opening = parse_time(hours.get("next_opening"))
        if opening is not None:
            lines.append(_opening_text(opening, now))
    for letter, status in sorted((hours.get("services") or {}).items()):
        if not isinstance(status, dict) or not status.get("reason") or hours.get("reason"):
            continue
        name = service_name(letter) if service_name else letter
        lines.append(
            tr("%1: open hours cancelled today: %2")
            .replace("%1", name).replace("%2", status["reason"])
        )
    return lines
