"""What goes on a printed ticket, every text already translated."""

from __future__ import annotations

from dataclasses import dataclass

# One ticket line in several languages: German first, then English, then (maybe) the
# visitor's language. The layout prints them "de / en" on one line when that fits the
# paper, else one language per line. A plain str is a line in one language only.
Text = str | tuple[str, ...]


@dataclass(frozen=True)
class TicketPrint:
    """Everything the layout prints; no translation or hub data is looked up later.

    Attributes:
        office: the office's name, printed on top.
        number: the ticket number visitors see ("A017"), printed very large.
        service_name: the service ("Ausweis & Pass"), German first.
        date_time: issue date and local time, already formatted ("25.11.2026 08:01").
        people_ahead: how many wait before this ticket.
        estimate: the wait estimate ("Wartezeit ca. 10–20 Min. / approx. 10–20 min").
        status_url: the visitor status page; printed as a QR code.
        number_label: the words above the number ("Ihre Wartenummer", "Your number").
        qr_hint: the words under the QR code.
        footer: short closing lines.
        language: the visitor's language code ("de", "en", "tr", …).
    """

    office: str
    number: str
    service_name: Text
    date_time: str
    people_ahead: Text
    estimate: Text
    status_url: str
    number_label: Text = ("Ihre Wartenummer", "Your number")
    qr_hint: Text = ()
    footer: tuple[Text, ...] = ()
    language: str = "de"
