"""`create_app(store, clock, settings)`: the hub's FastAPI application."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI
from starlette.types import ASGIApp, Receive, Scope, Send

from shared.config import HubSettings
from shared.domain.clock import Clock, NonDecreasingClock
from shared.hub import (
    errors,
    events,
    routes_admin,
    routes_auth,
    routes_counters,
    routes_people,
    routes_public,
    routes_reports,
    routes_state,
    routes_steering,
    routes_tickets,
)
from shared.hub.auth import LoginThrottle
from shared.hub.fastpath import FastCommands
from shared.hub.hub import Hub
from shared.hub.routes_state import VERSION
from shared.storage.db import StorageUnavailable
from shared.storage.store import Store

log = logging.getLogger(__name__)

#: Period of the maintenance task (day roll-over, purges, opening/closing events).
MAINTAIN_EVERY_S = 20.0


async def _maintain_forever(hub: Hub) -> None:
    while True:
        try:
            await hub.maintain()
        except StorageUnavailable as exc:
            log.error("maintenance skipped, storage unavailable: %s", exc)
        except Exception:  # keep the hub alive; the next round tries again
            log.exception("maintenance failed")
        await asyncio.sleep(MAINTAIN_EVERY_S)


class HubApp(FastAPI):
    """FastAPI with a `front` that sees every request before the framework's own stack.

    The front is the body limit, then the hot commands (`shared.hub.fastpath`): a ticket
    issued or called passes no framework middleware at all, everything else goes on to
    `framework`, the full FastAPI application (its error handlers, routing, docs).
    """

    front: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.front is None:
            await super().__call__(scope, receive, send)
        else:
            await self.front(scope, receive, send)

    async def framework(self, scope: Scope, receive: Receive, send: Send) -> None:
        await super().__call__(scope, receive, send)


def create_app(store: Store, clock: Clock, settings: HubSettings) -> FastAPI:
    """Build the hub application around an opened store.

    Args:
        store: the database (migrated).
        clock: the hub's time; tests pass an `OffsetClock` or `FakeClock`.
        settings: tunables (max recalls, capacity margin, body limit, …).
    """
    # Time never runs backwards for the hub, not even across a restart after an NTP jump.
    floor = store.read_sync(lambda repos: repos.events.last_at())
    hub = Hub(store, NonDecreasingClock(clock, floor), settings)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        hub.bind_loop()
        store.start_checkpoints()
        task = asyncio.create_task(_maintain_forever(hub))
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            store.stop_checkpoints()

    app = HubApp(title="Wartemarke hub", version=VERSION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.hub = hub
    app.state.throttle = LoginThrottle()
    errors.install(app)
    for module in (routes_state, routes_tickets, routes_counters, routes_auth,
                   routes_steering, routes_admin, routes_people, routes_reports, events,
                   routes_public):
        app.include_router(module.router)
    try:
        from shared.hub import status_page  # written by the kiosk team; optional
    except ImportError:
        log.debug("no visitor status page module")
    else:
        app.include_router(status_page.router, responses=errors.ERRORS)
    # Bodies are bounded first, then the hot commands skip the framework.
    app.front = errors.BodyLimit(FastCommands(app.framework, hub=hub),
                                 limit=settings.max_body_bytes)
    return app
