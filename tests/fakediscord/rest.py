"""The REST pipeline: record each request, apply faults and auth, route it, answer like Discord."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakediscord.errors import ApiError
from tests.fakediscord.faults import FaultPlan
from tests.fakediscord.payloads import Json
from tests.fakediscord.recording import Journal, RecordedRequest, Upload
from tests.fakediscord.state import DiscordState
from tests.fakediscord.world import World

__all__ = ["Call", "Reply", "RestApi", "RestContext", "Route", "route"]

log = logging.getLogger(__name__)

Emit = Callable[[str, Any], Awaitable[object]]


@dataclass(slots=True)
class Reply:
    """A response to send: JSON ``body``, raw ``data`` (a CDN file), or neither for none."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    data: bytes | None = None


@dataclass(slots=True)
class Call:
    """A routed request: the recorded request plus the ids captured from its path."""

    request: RecordedRequest
    params: dict[str, str]

    def body(self) -> Json:
        """Return the JSON object body, or raise 400 when it is not one."""
        data = self.request.json
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise ApiError.bad_request("expected a JSON object")
        return data

    def flag(self, name: str) -> bool:
        """Tell whether a boolean query parameter (``1``/``true``) is set."""
        return self.request.query.get(name, "").lower() in {"1", "true"}


Handler = Callable[[Call], Awaitable[Reply]]


@dataclass(frozen=True, slots=True)
class Route:
    """A method and path regex served by a handler; ``auth`` demands the bot token."""

    method: str
    pattern: re.Pattern[str]
    handler: Handler
    auth: bool = True


def route(method: str, template: str, handler: Handler, *, auth: bool = True) -> Route:
    """Build a route from a template such as ``/channels/{channel_id}/messages/{message_id}``."""
    regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
    return Route(method, re.compile(regex), handler, auth)


@dataclass(slots=True)
class RestContext:
    """What route handlers share: the state, the seeded ids and a way to emit gateway events."""

    state: DiscordState
    world: World
    emit: Emit

    def bot_user(self) -> Json:
        """Return the bot's user object, the author of what the bot sends."""
        return self.state.user(self.world.bot_id)


class RestApi:
    """The ``/api/v10`` endpoint and the CDN: one aiohttp handler in front of a route table."""

    def __init__(
        self, token: str, routes: list[Route], journal: Journal[RecordedRequest], faults: FaultPlan
    ) -> None:
        self._token = token
        self._routes = routes
        self._journal = journal
        self._faults = faults

    async def handle(self, request: web.Request) -> web.Response:
        """Answer one request and record it with the status sent."""
        try:
            recorded = await _read(request)
        except ValueError as exc:
            return _respond(Reply(400, ApiError.bad_request(str(exc)).body()))
        reply = await self._reply(request, recorded)
        recorded.status = reply.status
        self._journal.append(recorded)
        log.debug("%s", recorded)
        return _respond(reply)

    async def _reply(self, request: web.Request, recorded: RecordedRequest) -> Reply:
        """Pick the fault, the auth error, the route's answer or a 404 for this request."""
        fault = self._faults.take(recorded)
        if fault is not None:
            return Reply(fault.status, fault.body(), fault.headers())
        found = self._resolve(recorded)
        if found is None:
            recorded.known_route = False
            return Reply(404, ApiError(404, 0, "404: Not Found").body())
        handler_route, params = found
        if handler_route.auth and request.headers.get("Authorization") != f"Bot {self._token}":
            return Reply(401, ApiError.unauthorized().body())
        try:
            return await handler_route.handler(Call(recorded, params))
        except ApiError as exc:
            return Reply(exc.status, exc.body())

    def _resolve(self, recorded: RecordedRequest) -> tuple[Route, dict[str, str]] | None:
        """Return the route serving this method and path, with its captured ids."""
        for candidate in self._routes:
            match = candidate.pattern.fullmatch(recorded.route)
            if match and candidate.method == recorded.method:
                return candidate, match.groupdict()
        return None


async def _read(request: web.Request) -> RecordedRequest:
    """Record a request: JSON body (or multipart ``payload_json``), file names and headers."""
    body: Any = None
    uploads: list[Upload] = []
    if request.content_type == "multipart/form-data":
        form = await request.post()
        for name, value in form.items():
            if isinstance(value, web.FileField):
                uploads.append(Upload(value.filename, value.file.read()))
            elif name == "payload_json":
                body = json.loads(str(value))
    elif request.can_read_body:
        raw = await request.read()
        body = json.loads(raw) if raw else None
    headers = {k: v for k, v in request.headers.items() if k.lower() != "authorization"}
    return RecordedRequest(
        method=request.method,
        path=request.path,
        query=dict(request.query),
        json=body,
        headers=headers,
        authorized="Authorization" in request.headers,
        uploads=uploads,
    )


def _respond(reply: Reply) -> web.Response:
    """Build the response; JSON bodies get ``Content-Type: application/json`` with no charset."""
    if reply.data is not None:
        return web.Response(body=reply.data, content_type="application/octet-stream")
    if reply.body is None:
        status = 204 if reply.status == 200 else reply.status
        return web.Response(status=status, headers=reply.headers)
    headers = {"Content-Type": "application/json", **reply.headers}
    return web.Response(status=reply.status, body=json.dumps(reply.body).encode(), headers=headers)
