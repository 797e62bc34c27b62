"""The supervisor's screen words for hub codes and figures (source English, German in .ts)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from counter import texts as counter_texts


def weekday(number: int) -> str:
    names = [
        QCoreApplication.translate("SupervisorTexts", "Monday"),
        QCoreApplication.translate("SupervisorTexts", "Tuesday"),
        QCoreApplication.translate("SupervisorTexts", "Wednesday"),
        QCoreApplication.translate("SupervisorTexts", "Thursday"),
        QCoreApplication.translate("SupervisorTexts", "Friday"),
        QCoreApplication.translate("SupervisorTexts", "Saturday"),
        QCoreApplication.translate("SupervisorTexts", "Sunday"),
    ]
    return names[number] if 0 <= number < len(names) else str(number)


def _field_names() -> dict[str, str]:
    return {
        "day": QCoreApplication.translate("SupervisorTexts", "date"),
        "start": QCoreApplication.translate("SupervisorTexts", "from"),
        "end": QCoreApplication.translate("SupervisorTexts", "until"),
        "reason": QCoreApplication.translate("SupervisorTexts", "reason"),
        "text": QCoreApplication.translate("SupervisorTexts", "text"),
        "until": QCoreApplication.translate("SupervisorTexts", "end time"),
        "name": QCoreApplication.translate("SupervisorTexts", "name"),
        "pin": QCoreApplication.translate("SupervisorTexts", "PIN"),
        "letter": QCoreApplication.translate("SupervisorTexts", "letter"),
        "services": QCoreApplication.translate("SupervisorTexts", "services"),
        "weekly": QCoreApplication.translate("SupervisorTexts", "weekly plan"),
    }


def error(code: str, body: dict[str, Any] | None = None) -> str:
    """What went wrong, in the supervisor's words (German once translated)."""
    body = body or {}
    if code == "forbidden":
        return QCoreApplication.translate(
            "SupervisorTexts", "Not allowed: this needs a department lead's login."
        )
    if code == "bad_request":
        fields = _field_names()
        named = []
        for detail in body.get("details") or []:
            loc = [p for p in detail.get("loc") or [] if p not in {"body"}]
            for part in loc:
                if part in fields and fields[part] not in named:
                    named.append(fields[part])
        reason = str(body.get("reason") or "")
        if reason == "bad_hours":
            return QCoreApplication.translate(
                "SupervisorTexts", "Please check the times: the end must come after the start."
            )
        if named:
            return QCoreApplication.translate(
                "SupervisorTexts", "Please check the input: {fields}."
            ).format(fields=", ".join(named))
        return QCoreApplication.translate("SupervisorTexts", "The server refused the input.")
    if code == "conflict":
        return QCoreApplication.translate(
            "SupervisorTexts", "Not possible: this conflicts with what is already there."
        )
    if code == "write_failed":
        return QCoreApplication.translate("SupervisorTexts", "The file could not be saved.")
    if code in {"http_404", "http_405"}:
        return QCoreApplication.translate(
            "SupervisorTexts", "The server does not offer this function (yet)."
        )
    return counter_texts.error(code, body)


def number(value: float | None, lang: str = "de", decimals: int = 1) -> str:
    """A figure with the decimal sign of the language, "–" when nothing was measured."""
    if value is None:
        return "–"
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang == "de" else text
