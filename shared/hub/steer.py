"""Common ground of the supervisor routes: the role, the target organisation, the audit row."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query

from shared.hub.auth import Caller, require
from shared.hub.errors import ApiError
from shared.hub.hub import Tx
from shared.storage.admin import AdminRepository
from shared.storage.audit import AuditRepository
from shared.storage.store import Repos

#: `?org=ID` of every supervisor route (default: the session's organisation).
OrgQuery = Annotated[str | None, Query(min_length=1, max_length=32, pattern=r"^[a-z0-9_-]+$")]


def supervisor(caller: Caller) -> Caller:
    return require(caller, "supervisor")


def responsible(repos: Repos, caller: Caller) -> list[str]:
    """Organisations the supervisor steers: the session's, the home one and the extra ones."""
    orgs = AdminRepository(repos.db).clerk_orgs(caller.name)
    return [caller.org, *[o for o in orgs if o != caller.org]]


def target_org(repos: Repos, caller: Caller, org: str | None) -> str:
    """The organisation a request is about; 403 unless the supervisor is responsible for it.

    An unknown id is refused the same way, so ids of other offices cannot be probed.
    """
    supervisor(caller)
    wanted = org or caller.org
    if wanted not in responsible(repos, caller) or repos.office.org(wanted) is None:
        raise ApiError("forbidden", f"Not responsible for organisation {wanted}", org=wanted)
    return wanted


def audit(tx: Tx, org: str, caller: Caller, action: str, **details: Any) -> None:
    AuditRepository(tx.repos.db).add(org, f"clerk:{caller.name}", action, details, tx.now)


def config_changed(tx: Tx, org: str, what: str) -> None:
    tx.emit(org, "config_changed", what=what)


def admin(tx: Tx) -> AdminRepository:
    return AdminRepository(tx.repos.db)
