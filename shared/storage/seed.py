"""The example office a fresh database starts with (Bürgerbüro Castrop-Rauxel)."""

from __future__ import annotations

from shared.domain.model import Counter, Organisation, Service
from shared.storage.store import Repos

SERVICES = (
    ("A", "Ausweis & Pass", "ID card & passport"),
    ("M", "Meldewesen", "Registration"),
    ("O", "Ordnungswesen", "Public order"),
)
#: counter id -> services it serves, in its order of preference.
COUNTERS = {
    "1": ("A",), "2": ("A",), "3": ("A", "M"), "4": ("M", "A"), "5": ("M",), "6": ("O",),
}
#: Mon, Wed, Fri 08:00–12:00 for every service (the article's "three mornings a week").
WEEKLY = [{"service": None, "weekday": d, "start": "08:00", "end": "12:00"} for d in (0, 2, 4)]


def seed_example(repos: Repos, org_id: str = "main",
                 name: str = "Bürgerbüro Castrop-Rauxel") -> bool:
    """Create the example office unless the org exists; returns True if it seeded."""
    office = repos.office
    if office.org(org_id) is not None:
        return False
    office.add_org(Organisation(org_id, name, "NW"))
    for pos, (letter, de, en) in enumerate(SERVICES):
        office.add_service(Service(org_id, letter, de, en), pos)
    for pos, (counter_id, services) in enumerate(COUNTERS.items()):
        office.add_counter(Counter(org_id, counter_id, f"Schalter {counter_id}", services), pos)
    office.set_weekly(org_id, WEEKLY)
    return True
