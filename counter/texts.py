"""Screen words for the hub's data and codes (the hub never sends screen text).

Every function translates when called, so a text built after a language switch is in the
new language. Source strings are English; German comes from i18n/counter_de.ts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def minutes(seconds: float) -> str:
    """A duration in whole minutes, e.g. "12 min"."""
    whole = int(seconds // 60)
    if whole < 1:
        return QCoreApplication.translate("Texts", "< 1 min")
    return QCoreApplication.translate("Texts", "{n} min").format(n=whole)


def waiting_since(seconds: float) -> str:
    return QCoreApplication.translate("Texts", "waiting for {duration}").format(
        duration=minutes(seconds)
    )


def waited(seconds: float) -> str:
    return QCoreApplication.translate("Texts", "waited {duration}").format(
        duration=minutes(seconds)
    )


def serving_since(seconds: float) -> str:
    return QCoreApplication.translate("Texts", "being served for {duration}").format(
        duration=minutes(seconds)
    )


def ticket_state(state: str) -> str:
    names = {
        "waiting": QCoreApplication.translate("Texts", "waiting"),
        "called": QCoreApplication.translate("Texts", "called"),
        "serving": QCoreApplication.translate("Texts", "being served"),
        "done": QCoreApplication.translate("Texts", "done"),
        "no_show": QCoreApplication.translate("Texts", "no-show"),
        "parked": QCoreApplication.translate("Texts", "parked"),
        "voided": QCoreApplication.translate("Texts", "voided"),
        "expired": QCoreApplication.translate("Texts", "expired"),
    }
    return names.get(state, state)


def counter_state(state: str) -> str:
    names = {
        "open": QCoreApplication.translate("Texts", "open"),
        "paused": QCoreApplication.translate("Texts", "paused"),
        "closed": QCoreApplication.translate("Texts", "closed"),
    }
    return names.get(state, state)


def action_name(action: str) -> str:
    names = {
        "next": QCoreApplication.translate("Texts", "Next ticket"),
        "recall": QCoreApplication.translate("Texts", "Call again"),
        "start": QCoreApplication.translate("Texts", "Start"),
        "done": QCoreApplication.translate("Texts", "Done"),
        "no-show": QCoreApplication.translate("Texts", "No-show"),
        "park": QCoreApplication.translate("Texts", "Park"),
        "transfer": QCoreApplication.translate("Texts", "Transfer"),
        "call": QCoreApplication.translate("Texts", "Call this ticket"),
        "open": QCoreApplication.translate("Texts", "Open counter"),
        "paused": QCoreApplication.translate("Texts", "Pause"),
        "closed": QCoreApplication.translate("Texts", "Close counter"),
    }
    return names.get(action, action)


def action_succeeded(action: str, number: str) -> str:
    texts = {
        "next": QCoreApplication.translate("Texts", "{number} called"),
        "call": QCoreApplication.translate("Texts", "{number} called"),
        "recall": QCoreApplication.translate("Texts", "{number} called again"),
        "start": QCoreApplication.translate("Texts", "Serving {number}"),
        "done": QCoreApplication.translate("Texts", "{number} done"),
        "no-show": QCoreApplication.translate("Texts", "{number} marked as no-show"),
        "park": QCoreApplication.translate("Texts", "{number} parked"),
        "transfer": QCoreApplication.translate("Texts", "{number} transferred"),
        "open": QCoreApplication.translate("Texts", "Counter open"),
        "paused": QCoreApplication.translate("Texts", "Counter paused"),
        "closed": QCoreApplication.translate("Texts", "Counter closed"),
    }
    return texts.get(action, action).format(number=number)


def error(code: str, body: dict[str, Any] | None = None) -> str:
    """What went wrong, for a hub error code (or the client's "unreachable")."""
    body = body or {}
    if code == "too_many_attempts":
        wait = int(body.get("retry_after_s") or 0)
        return QCoreApplication.translate(
            "Texts", "Too many failed attempts. Please try again in {n} s."
        ).format(n=max(wait, 1))
    texts = {
        "unreachable": QCoreApplication.translate("Texts", "No connection to the server."),
        "timeout": QCoreApplication.translate("Texts", "The server did not answer in time."),
        "bad_answer": QCoreApplication.translate("Texts", "The server sent an unreadable answer."),
        "queue_empty": QCoreApplication.translate("Texts", "Nobody is waiting."),
        "illegal_transition": QCoreApplication.translate(
            "Texts", "Not possible for this ticket right now."
        ),
        "counter_not_open": QCoreApplication.translate("Texts", "The counter is not open."),
        "forbidden": QCoreApplication.translate("Texts", "You are not allowed to do that."),
        "unauthorized": QCoreApplication.translate(
            "Texts", "Your login has expired. Please log in again."
        ),
        "login_failed": QCoreApplication.translate("Texts", "Name or PIN is wrong."),
        "counter_required": QCoreApplication.translate(
            "Texts", "Please enter your counter. Only supervisors may log in without one."
        ),
        "not_found": QCoreApplication.translate("Texts", "Not found."),
        "unknown_ticket": QCoreApplication.translate(
            "Texts", "This ticket does not exist (any more)."
        ),
        "unknown_service": QCoreApplication.translate("Texts", "This service does not exist."),
        "unknown_counter": QCoreApplication.translate("Texts", "This counter does not exist."),
        "storage_unavailable": QCoreApplication.translate(
            "Texts", "The server cannot save right now."
        ),
        "conflict": QCoreApplication.translate(
            "Texts", "Someone else changed this at the same time. Please retry."
        ),
        "bad_request": QCoreApplication.translate("Texts", "The server refused the input."),
        "closed": QCoreApplication.translate("Texts", "Outside open hours."),
    }
    return texts.get(code) or QCoreApplication.translate("Texts", "Error: {code}").format(code=code)


def failed(action: str, code: str, body: dict[str, Any] | None = None) -> str:
    """'Next ticket' failed: Nobody is waiting."""
    return QCoreApplication.translate("Texts", "{action} failed: {reason}").format(
        action=action_name(action), reason=error(code, body)
    )


def session_ended(reason: str) -> str:
    if reason == "taken_over":
        return QCoreApplication.translate(
            "Texts", "Someone else took over this counter. You have been logged out."
        )
    if reason == "ended":
        return QCoreApplication.translate(
            "Texts", "Your session at this counter was ended. Please log in again."
        )
    if reason == "expired":
        return QCoreApplication.translate("Texts", "Your login has expired. Please log in again.")
    return ""


def supervisor_view_title() -> str:
    return QCoreApplication.translate("Texts", "Department lead")
