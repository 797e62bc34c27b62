"""FastAPI dependencies: the hub object and the authenticated caller."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import JSONResponse, Response

from shared.hub.auth import Caller, bearer, require, resolve
from shared.hub.hub import Answer, Hub, Tx


async def get_hub(request: Request) -> Hub:
    # async on purpose: FastAPI runs a plain `def` dependency in a worker thread, a thread
    # hop per request for a dictionary look-up.
    return request.app.state.hub  # type: ignore[no-any-return]


async def get_caller(request: Request) -> Caller:
    """The caller of the bearer token; 401 when missing or unknown."""
    token = bearer(request.headers.get("authorization"))
    hub: Hub = request.app.state.hub
    caller = await hub.store.read(lambda repos: resolve(repos, token)) if token else None
    return require(caller)


HubDep = Annotated[Hub, Depends(get_hub)]
CallerDep = Annotated[Caller, Depends(get_caller)]


async def respond(hub: Hub, caller: Caller | None, request_id: str | None,
                  run: Callable[[Tx], Answer]) -> Response:
    """Run a command and turn its `Answer` into a response (204 when it has no body)."""
    answer = await hub.command(caller, request_id, run)
    if answer.body is None:
        return Response(status_code=answer.status)
    return JSONResponse(answer.body, status_code=answer.status)
