"""The commands an office sends all day, answered without the framework's per-request work.

Issue a ticket, "next" at a counter and the ticket actions are most of the hub's traffic.
For a well-formed request (JSON body valid for the route's model, a bearer token) this
ASGI middleware runs the very same command body as the FastAPI route
(`routes_tickets.issue_command`, `act_command`, `routes_counters.next_command`) and answers
with the same JSON; it only skips routing, dependency injection and response-model work,
and resolves the token inside the command's own transaction (`Hub.command_as`).

Everything else — another path, a missing token, a body that does not validate, a form
body — goes on to FastAPI unchanged (the body is replayed), so errors keep exactly one
shape and the OpenAPI schema stays the routes' own.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from pydantic import BaseModel, ValidationError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.domain.errors import DomainError
from shared.hub import refusals
from shared.hub.auth import bearer
from shared.hub.errors import ApiError, error_response, from_domain, no_receive, replaying
from shared.hub.hub import Answer, Hub
from shared.hub.routes_counters import next_command
from shared.hub.routes_tickets import act_command, issue_command
from shared.hub.schemas import ActionIn, CommandIn, IssueIn
from shared.storage.db import StorageUnavailable

log = logging.getLogger(__name__)

_ACTION = re.compile(
    r"/api/tickets/([1-9][0-9]{0,18})/(call|recall|start|done|no-show|park|transfer|void)")
_NEXT = re.compile(r"/api/counters/([^/]{1,32})/next")
_MAX_TICKET_ID = 2**62
_JSON_HEADERS = [(b"content-type", b"application/json")]


class FastCommands:
    """ASGI middleware in front of the routes for the hot commands (see the module text)."""

    def __init__(self, app: ASGIApp, hub: Hub) -> None:
        self.app = app
        self.hub = hub

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or not (
                scope["path"].startswith(("/api/tickets", "/api/counters/"))):
            await self.app(scope, receive, send)
            return
        messages, body = await _read_body(receive)
        replay = replaying(messages, receive)
        handled = False
        if body is not None:
            handled = await self._try(scope, body, send)
        if not handled:
            await self.app(scope, replay, send)

    async def _try(self, scope: Scope, raw: bytes, send: Send) -> bool:
        """Answer the request if it is a plain hot command; False to let FastAPI do it."""
        token, json_ok = _token_and_type(scope)
        if token is None or not json_ok:
            return False
        path = scope["path"]
        run: Callable[[], Awaitable[Answer]]
        if path == "/api/tickets":
            issued = _model(IssueIn, raw, optional=False)
            if issued is None:
                return False
            run = lambda: self._issue(token, issued)  # noqa: E731
        elif (match := _ACTION.fullmatch(path)) is not None:
            ticket_id, action = int(match[1]), match[2]
            acted = _model(ActionIn, raw, optional=True)
            if acted is None or ticket_id > _MAX_TICKET_ID:
                return False
            run = lambda: self.hub.command_as(  # noqa: E731
                token, acted.request_id, lambda c: act_command(c, ticket_id, action, acted))
        elif (match := _NEXT.fullmatch(path)) is not None:
            counter_id = match[1]
            command = _model(CommandIn, raw, optional=True)
            if command is None:
                return False
            run = lambda: self.hub.command_as(  # noqa: E731
                token, command.request_id, lambda c: next_command(c, counter_id))
        else:
            return False
        await _answer(run, scope, send)
        return True

    async def _issue(self, token: str, body: IssueIn) -> Answer:
        try:
            return await self.hub.command_as(
                token, body.request_id, lambda caller: issue_command(caller, body))
        except ApiError as exc:  # count visitors turned away, as the route does
            if exc.caller is not None:
                await refusals.record(self.hub, exc.caller, body.service, exc.code,
                                      body.request_id)
            raise


async def _answer(run: Callable[[], Awaitable[Answer]], scope: Scope, send: Send) -> None:
    """Run the command and send its answer, or the error in the hub's one error shape."""
    try:
        answer = await run()
    except ApiError as exc:
        await error_response(exc)(scope, no_receive, send)
        return
    except DomainError as exc:
        await error_response(from_domain(exc))(scope, no_receive, send)
        return
    except StorageUnavailable as exc:
        log.error("storage unavailable: %s", exc)
        failed = ApiError("storage_unavailable", "The database cannot be written now")
        await error_response(failed)(scope, no_receive, send)
        return
    if answer.body is None:
        await send({"type": "http.response.start", "status": answer.status,
                    "headers": [(b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})
        return
    data = orjson.dumps(answer.body)
    await send({"type": "http.response.start", "status": answer.status,
                "headers": [(b"content-length", str(len(data)).encode()), *_JSON_HEADERS]})
    await send({"type": "http.response.body", "body": data})


def _token_and_type(scope: Scope) -> tuple[str | None, bool]:
    """The bearer token, and whether the body is JSON (or there is no content type)."""
    token, json_ok = None, True
    for name, value in scope["headers"]:
        if name == b"authorization":
            token = bearer(value.decode("latin-1"))
        elif name == b"content-type":
            json_ok = value.split(b";", 1)[0].strip().lower() == b"application/json"
    return token, json_ok


def _model(model: type[BaseModel], raw: bytes, *, optional: bool) -> Any:
    """The validated body, a default one for an empty optional body, or None to fall back."""
    if not raw.strip():
        return model() if optional else None
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    if data is None:
        return model() if optional else None
    try:
        return model.model_validate(data)
    except ValidationError:
        return None


async def _read_body(receive: Receive) -> tuple[list[Message], bytes | None]:
    """All request messages (for replay) and the body (None when the client went away)."""
    messages: list[Message] = []
    parts: list[bytes] = []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            return messages, None
        parts.append(message.get("body", b""))
        if not message.get("more_body", False):
            return messages, b"".join(parts)

