"""FakeDiscord: REST API and gateway on one ephemeral 127.0.0.1 port, plus the test-facing API."""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any, Self

from aiohttp import web

from tests.fakediscord.events import Events
from tests.fakediscord.faults import Fault, FaultPlan
from tests.fakediscord.gateway import Gateway
from tests.fakediscord.identify import IDENTIFY_WINDOW, SessionStarts
from tests.fakediscord.interactions import InteractionFactory, PendingInteraction
from tests.fakediscord.recording import GatewayFrame, Journal, RecordedRequest, route_matches
from tests.fakediscord.redirect import redirect_discord
from tests.fakediscord.rest import RestApi, RestContext
from tests.fakediscord.rest_channels import ChannelRoutes
from tests.fakediscord.rest_commands import CommandRoutes
from tests.fakediscord.rest_guilds import GuildRoutes
from tests.fakediscord.rest_webhooks import WebhookRoutes
from tests.fakediscord.state import DiscordState
from tests.fakediscord.world import seed_world

__all__ = ["DEFAULT_TOKEN", "FakeDiscord"]

log = logging.getLogger(__name__)

DEFAULT_TOKEN = "fake.discord.token"


class FakeDiscord:
    """An in-process Discord for end-to-end tests with the real discord.py client.

    Use it as an async context manager; it listens on an ephemeral port of 127.0.0.1.
    """

    def __init__(
        self,
        *,
        token: str = DEFAULT_TOKEN,
        heartbeat_interval: float = 0.5,
        privileged_intents: bool = True,
        interaction_timeout: float = 3.0,
        echo_events: bool = True,
        bot_name: str = "modbot",
        shards: int = 1,
        max_concurrency: int = 1,
        identify_window: float = IDENTIFY_WINDOW,
    ) -> None:
        """``shards`` is the count ``/gateway/bot`` recommends; an IDENTIFY of a rate-limit key
        (``shard_id % max_concurrency``) within ``identify_window`` s of its last is refused."""
        self.token = token
        self.echo_events = echo_events
        self.interaction_timeout = interaction_timeout
        self.state = DiscordState()
        self.world = seed_world(self.state, bot_name)
        self.requests: Journal[RecordedRequest] = Journal()
        self.frames: Journal[GatewayFrame] = Journal()
        self.interactions: dict[str, PendingInteraction] = {}
        self.faults = FaultPlan()
        self.starts = SessionStarts(shards, max_concurrency, identify_window)
        self.gateway = Gateway(
            self.state,
            self.world,
            token,
            self.frames,
            heartbeat_interval=heartbeat_interval,
            privileged_intents=privileged_intents,
            starts=self.starts,
        )
        self.events = Events(
            self.state,
            self.dispatch,
            InteractionFactory(self.state, self.world),
            self.interactions,
        )
        self._rest = self._build_rest()
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def http_url(self) -> str:
        """Return the fake's base URL, ``http://127.0.0.1:{port}``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        """Return the value for ``discord.api_base`` (discord.py's ``Route.BASE``)."""
        return f"{self.http_url}/api/v10"

    @property
    def gateway_url(self) -> str:
        """Return the value for ``discord.gateway_url`` (discord.py's ``DEFAULT_GATEWAY``)."""
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> None:
        """Listen on an ephemeral port of 127.0.0.1."""
        app = web.Application()
        app.router.add_get("/gateway", self.gateway.handle)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest.handle)
        app.router.add_get("/attachments/{attachment_id}/{filename}", self._rest.handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        self.state.base_url = self.http_url
        self.gateway.url = self.gateway_url
        log.debug("fake Discord listening on %s", self.http_url)

    async def stop(self) -> None:
        """Close the gateway connections and the server."""
        if self._runner is None:
            return
        await self.gateway.close()
        await self._runner.cleanup()
        self._runner = None

    async def __aenter__(self) -> Self:
        """Start the server."""
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Stop the server."""
        await self.stop()

    @contextmanager
    def redirect(self) -> Iterator[None]:
        """Point discord.py's REST base and default gateway at this fake for a block."""
        with redirect_discord(self.api_base, self.gateway_url):
            yield

    async def dispatch(
        self, event: str, data: Any, *, shards: Collection[int] | None = None
    ) -> list[int]:
        """Send a raw gateway event to its guild's shard (or to the sessions of ``shards``);
        return the sequence numbers used."""
        return await self.gateway.dispatch(event, data, shards=shards)

    async def drop_connection(self, code: int = 4000, *, abort: bool = False) -> None:
        """Cut the gateway connections (close ``code`` or TCP abort); the client should RESUME."""
        await self.gateway.drop(code, abort=abort)

    def fail_next(self, method: str, pattern: str, status: int, **options: Any) -> Fault:
        """Make the next matching request(s) fail; see :class:`Fault` for ``times``, ``code``..."""
        return self.faults.add(Fault(method.upper(), pattern, status, **options))

    def requests_matching(
        self, method: str, pattern: str, *, since: int = 0
    ) -> list[RecordedRequest]:
        """Return the recorded requests with this method whose path fully matches the regex."""
        return self.requests.find(lambda r: route_matches(r, method, pattern), since)

    @property
    def unknown_requests(self) -> list[RecordedRequest]:
        """Return the requests no route served (answered 404), so tests notice gaps."""
        return self.requests.find(lambda r: not r.known_route)

    async def wait_for_request(
        self,
        method: str,
        pattern: str,
        *,
        since: int = 0,
        timeout: float = 5.0,  # noqa: ASYNC109 - on timeout, fail listing the requests seen
    ) -> RecordedRequest:
        """Return the first matching request from index ``since`` (see ``len(fake.requests)``)."""
        return await self.requests.wait_for(
            lambda r: route_matches(r, method, pattern),
            since=since,
            timeout=timeout,
            what=f"{method} {pattern}",
        )

    async def wait_for_frame(
        self,
        op: int,
        *,
        sent: bool = False,
        event: str | None = None,
        since: int = 0,
        timeout: float = 5.0,  # noqa: ASYNC109 - on timeout, fail listing the frames seen
    ) -> GatewayFrame:
        """Return the first gateway frame with this op (and event) from index ``since``.

        ``sent=False`` looks at the client's frames (e.g. op 6 RESUME), ``True`` at the fake's.
        """
        return await self.frames.wait_for(
            lambda f: f.sent == sent and f.op == op and (event is None or f.event == event),
            since=since,
            timeout=timeout,
            what=f"{'sent' if sent else 'received'} op {op} {event or ''}",
        )

    async def wait_for_response(
        self,
        interaction: PendingInteraction,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109 - on timeout, fail listing the requests seen
    ) -> RecordedRequest:
        """Return the callback request that answered an interaction."""
        return await self.wait_for_request(
            "POST", rf"/interactions/{interaction.id}/{interaction.token}/callback", timeout=timeout
        )

    async def _emit(self, event: str, data: Any) -> None:
        """Send the gateway event Discord sends after a REST change, when echo is on."""
        if self.echo_events:
            await self.dispatch(event, data)

    def _build_rest(self) -> RestApi:
        """Assemble the REST route table."""
        ctx = RestContext(self.state, self.world, self._emit)
        routes = [
            *GuildRoutes(ctx, lambda: self.gateway_url, self.starts).routes(),
            *ChannelRoutes(ctx).routes(),
            *CommandRoutes(ctx).routes(),
            *WebhookRoutes(ctx, self.interactions, lambda: self.interaction_timeout).routes(),
        ]
        return RestApi(self.token, routes, self.requests, self.faults)
