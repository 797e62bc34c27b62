"""One error shape for every 4xx/5xx: `{"code", "message", ...}`.

Handlers turn validation errors, HTTP errors, domain refusals and storage failures into that
shape, so clients switch on `code` and never see FastAPI's default `{"detail": ...}`.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.domain.errors import DomainError
from shared.storage.db import StorageUnavailable

log = logging.getLogger(__name__)

#: HTTP status of each code; unknown codes of the domain become 409 (a refused command).
STATUS = {
    "bad_request": 422, "body_too_large": 413, "unauthorized": 401, "forbidden": 403,
    "not_found": 404, "unknown_ticket": 404, "unknown_service": 404, "unknown_counter": 404,
    "closed": 409, "capacity": 409, "queue_empty": 409, "illegal_transition": 409,
    "counter_taken": 409, "counter_required": 409, "counter_not_open": 409, "login_failed": 401,
    "too_many_attempts": 429, "storage_unavailable": 503, "conflict": 409,
}
#: Domain codes that mean "your input is wrong": answered as bad_request with `reason`.
_BAD_INPUT = {"bad_letter", "bad_number", "bad_priority", "bad_hours", "bad_request"}


class ErrorOut(BaseModel):
    """The error body (extra keys depend on the code, e.g. `next_opening`, `retry_after_s`)."""

    model_config = ConfigDict(extra="allow")
    code: str
    message: str


#: `responses=` for routes: documents the error shape in the OpenAPI schema.
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut} for status in (400, 401, 403, 404, 409, 413, 422, 429, 503)
}


class ApiError(Exception):
    """A refusal answered with `STATUS[code]` (or `status`) and the error shape."""

    def __init__(self, code: str, message: str, status: int | None = None, **extra: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status or STATUS.get(code, 409)
        self.extra = extra
        #: who was refused, when the hub knew it (`Hub.command_as`)
        self.caller: Any = None

    def body(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, **self.extra}


def from_domain(exc: DomainError) -> ApiError:
    details = {k: v for k, v in exc.details.items() if k not in {"code", "message"}}
    if exc.code in _BAD_INPUT:
        return ApiError("bad_request", exc.message, reason=exc.code, **details)
    if exc.code == "reserved_for_other_counter":
        return ApiError("conflict", exc.message, reason=exc.code, **details)
    return ApiError(exc.code, exc.message, **details)


def error_response(err: ApiError) -> JSONResponse:
    headers = None
    if "retry_after_s" in err.extra:
        headers = {"Retry-After": str(err.extra["retry_after_s"])}
    return JSONResponse(err.body(), status_code=err.status, headers=headers)


def _clean(errors: list[Any]) -> list[dict[str, Any]]:
    # Validation errors may carry the offending input (bytes, exceptions): keep it JSON-safe.
    return [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")),
         "type": str(e.get("type", ""))}
        for e in errors
    ]


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the one shape."""

    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(DomainError)
    async def _domain(_: Request, exc: DomainError) -> JSONResponse:
        return error_response(from_domain(exc))

    @app.exception_handler(StorageUnavailable)
    async def _storage(_: Request, exc: StorageUnavailable) -> JSONResponse:
        log.error("storage unavailable: %s", exc)
        return error_response(ApiError("storage_unavailable", "The database cannot be written now"))

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _clean(list(exc.errors()))
        decode = any(e["type"] == "json_invalid" for e in errors)
        message = "Malformed JSON body" if decode else "Invalid request"
        return error_response(ApiError("bad_request", message, status=422, details=errors))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "bad_request",
                413: "body_too_large"}.get(exc.status_code, "bad_request")
        message = exc.detail if isinstance(exc.detail, str) else code
        status = exc.status_code if exc.status_code >= 400 else 400
        return JSONResponse({"code": code, "message": message}, status_code=status,
                            headers=getattr(exc, "headers", None))


class BodyLimit:
    """ASGI middleware: refuse request bodies larger than `limit` bytes with 413."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await self._refuse(send)
            return
        seen = 0
        body_parts: list[Message] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                body_parts.append(message)
                break
            seen += len(message.get("body", b""))
            if seen > self.limit:
                await self._refuse(send)
                return
            body_parts.append(message)
            if not message.get("more_body", False):
                break

        await self.app(scope, replaying(body_parts, receive), send)

    async def _refuse(self, send: Send) -> None:
        response = JSONResponse(
            {"code": "body_too_large",
             "message": f"Request body is larger than {self.limit} bytes"},
            status_code=413,
        )
        await response({"type": "http"}, no_receive, send)


def replaying(messages: list[Message], receive: Receive) -> Receive:
    """A `receive` that first gives back `messages` (a body already read), then the rest."""

    async def replay() -> Message:
        if messages:
            return messages.pop(0)
        return await receive()

    return replay


async def no_receive() -> Message:
    """The `receive` of a response sent without reading anything more."""
    return {"type": "http.disconnect"}
