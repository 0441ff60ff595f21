"""The fake gateway websocket: HELLO, IDENTIFY, READY, heartbeats, RESUME with replay, dispatch.

Each session serves one shard, ``[shard_id, shard_count]`` from its IDENTIFY: it gets the
events of the guilds routed to that shard, and shard 0 gets the events of no guild (DMs).
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import secrets
import zlib
from collections.abc import Callable, Collection
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakediscord.identify import SessionStarts, shard_of
from tests.fakediscord.payloads import Json
from tests.fakediscord.recording import GatewayFrame, Journal
from tests.fakediscord.state import DiscordState, sid
from tests.fakediscord.world import World

__all__ = ["PRIVILEGED_INTENTS", "Connection", "Gateway", "Session"]

log = logging.getLogger(__name__)

PRIVILEGED_INTENTS = 1 << 1 | 1 << 8 | 1 << 15  # members, presences, message content
DIRECT_MESSAGES = 1 << 12
# What a DM channel's events need: without DIRECT_MESSAGES Discord sends none of them, not even
# the MESSAGE_CREATE of a DM the bot itself sent.
DM_EVENTS = frozenset(
    {
        "MESSAGE_CREATE",
        "MESSAGE_UPDATE",
        "MESSAGE_DELETE",
        "MESSAGE_DELETE_BULK",
        "CHANNEL_PINS_UPDATE",
    }
)
ALL_INTENTS = (1 << 26) - 1
TRACE = ["fake-discord"]
Encoder = Callable[[str], str | bytes]


def make_encoder(compress: str | None) -> Encoder:
    """Return how to encode each frame for the ``compress`` query the client sent."""
    if compress is None:
        return lambda text: text
    if compress == "zlib-stream":
        context = zlib.compressobj()
        return lambda text: context.compress(text.encode()) + context.flush(zlib.Z_SYNC_FLUSH)
    if compress == "zstd-stream":
        import zstandard  # only installed where discord.py itself picks zstd

        stream = zstandard.ZstdCompressor().compressobj()
        flush = zstandard.COMPRESSOBJ_FLUSH_BLOCK
        return lambda text: stream.compress(text.encode()) + stream.flush(flush)
    raise web.HTTPBadRequest(text=f"unsupported compress={compress}")


class Connection:
    """One client websocket; every frame goes through one shared compression context, in order."""

    def __init__(self, ws: web.WebSocketResponse, encode: Encoder, request: web.Request) -> None:
        self.ws = ws
        self.session: Session | None = None
        self.closed_by_server = False
        self._encode = encode
        self._request = request
        self._lock = asyncio.Lock()

    async def send(self, payload: Json) -> None:
        """Encode and send one payload; compression and sending stay in step under a lock."""
        async with self._lock:
            frame = self._encode(json.dumps(payload))
            if isinstance(frame, bytes):
                await self.ws.send_bytes(frame)
            else:
                await self.ws.send_str(frame)

    async def close(self, code: int) -> None:
        """Close the websocket with a close frame carrying ``code``."""
        self.closed_by_server = True
        await self.ws.close(code=code)

    def abort(self) -> None:
        """Drop the TCP connection without a close frame, like a network failure."""
        self.closed_by_server = True
        transport = self._request.transport
        if transport is not None:
            transport.abort()


class Session:
    """A gateway session: sequence numbers and the events sent, kept so a RESUME can replay them."""

    def __init__(
        self,
        session_id: str,
        journal: Journal[GatewayFrame],
        shard: tuple[int, int] = (0, 1),
        intents: int = ALL_INTENTS,
    ) -> None:
        self.id = session_id
        self.shard_id, self.shard_count = shard
        self.intents = intents
        self.seq = 0
        self.conn: Connection | None = None
        self._backlog: list[Json] = []
        self._journal = journal
        self._lock = asyncio.Lock()

    def serves(self, guild_id: str | None) -> bool:
        """Whether this session's shard gets a guild's events (shard 0: those of no guild)."""
        if guild_id is None:
            return self.shard_id == 0
        return shard_of(guild_id, self.shard_count) == self.shard_id

    def wants(self, event: str, data: Any) -> bool:
        """Whether this session's intents ask for the event: a DM's messages need
        DIRECT_MESSAGES (the other intents are not enforced)."""
        if event not in DM_EVENTS or _guild_of(event, data) is not None:
            return True
        return bool(self.intents & DIRECT_MESSAGES)

    async def dispatch(self, event: str, data: Any) -> int:
        """Send an op 0 event (or keep it for replay when disconnected) and return its sequence."""
        async with self._lock:
            self.seq += 1
            payload = {"op": 0, "t": event, "s": self.seq, "d": copy.deepcopy(data)}
            self._backlog.append(payload)
            await self._deliver(payload)
            return self.seq

    async def attach(self, conn: Connection, after_seq: int) -> None:
        """Bind a resuming connection, replay the events it missed, then send RESUMED."""
        async with self._lock:
            self.conn = conn
            for payload in self._backlog:
                if payload["s"] > after_seq:
                    await self._deliver(payload)
        await self.dispatch("RESUMED", {"_trace": TRACE})

    async def detach(self, conn: Connection) -> None:
        """Unbind a connection that is going away; later events wait for a RESUME."""
        async with self._lock:
            if self.conn is conn:
                self.conn = None

    async def _deliver(self, payload: Json) -> None:
        """Send a payload on the live connection, if any, and journal it."""
        if self.conn is None:
            return
        try:
            await self.conn.send(payload)
        except ConnectionError:
            log.debug("session %s lost its connection at seq %s", self.id, payload["s"])
            self.conn = None
            return
        frame = GatewayFrame(True, 0, payload["d"], payload["t"], payload["s"])
        self._journal.append(frame)


class Gateway:
    """The websocket endpoint and the sessions it serves."""

    def __init__(
        self,
        state: DiscordState,
        world: World,
        token: str,
        journal: Journal[GatewayFrame],
        *,
        heartbeat_interval: float,
        privileged_intents: bool,
        starts: SessionStarts,
    ) -> None:
        self.url = ""
        self.starts = starts
        self.sessions: dict[str, Session] = {}
        self.privileged_intents = privileged_intents
        self._state = state
        self._world = world
        self._token = token
        self._journal = journal
        self._heartbeat_ms = int(heartbeat_interval * 1000)
        self._connections: set[Connection] = set()

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        """Serve one websocket connection from HELLO until it closes."""
        encode = make_encoder(request.query.get("compress"))
        ws = web.WebSocketResponse(compress=False, max_msg_size=0, timeout=2.0)
        await ws.prepare(request)
        conn = Connection(ws, encode, request)
        self._connections.add(conn)
        try:
            await self._send(conn, 10, {"heartbeat_interval": self._heartbeat_ms, "_trace": TRACE})
            async for message in ws:
                if message.type is WSMsgType.TEXT:
                    await self._on_frame(conn, json.loads(message.data))
        finally:
            self._connections.discard(conn)
            await self._on_closed(conn, ws.close_code)
        return ws

    async def dispatch(
        self, event: str, data: Any, *, shards: Collection[int] | None = None
    ) -> list[int]:
        """Send an event to the sessions of its guild's shard (or of the given ``shards``)
        and return the sequence numbers used."""
        guild_id = _guild_of(event, data)
        return [
            await session.dispatch(event, data)
            for session in list(self.sessions.values())
            if (session.shard_id in shards if shards is not None else session.serves(guild_id))
            and session.wants(event, data)
        ]

    async def drop(self, code: int = 4000, *, abort: bool = False) -> None:
        """Cut every connection (close frame with ``code``, or a bare TCP abort); sessions stay."""
        for conn in list(self._connections):
            if conn.session is not None:
                await conn.session.detach(conn)
            if abort:
                conn.abort()
            else:
                await conn.close(code)

    async def close(self) -> None:
        """Close every connection as a server going away would."""
        for conn in list(self._connections):
            await conn.close(1001)

    async def _send(self, conn: Connection, op: int, data: Any) -> None:
        """Send a non-dispatch payload on one connection and journal it."""
        try:
            await conn.send({"op": op, "d": data, "s": None, "t": None})
        except ConnectionError:
            log.debug("op %s not sent: connection closed", op)
            return
        self._journal.append(GatewayFrame(True, op, data))

    async def _on_frame(self, conn: Connection, frame: Json) -> None:
        """Journal a client payload and act on its opcode."""
        op = frame.get("op")
        data = frame.get("d")
        shown = {k: v for k, v in data.items() if k != "token"} if isinstance(data, dict) else data
        self._journal.append(GatewayFrame(False, int(op or 0), shown))
        if op == 1:
            await self._send(conn, 11, None)
        elif op == 2:
            await self._identify(conn, data)
        elif op == 6:
            await self._resume(conn, data)
        elif op == 8 and conn.session is not None:
            await self._request_members(conn.session, data)
        else:
            log.debug("ignoring gateway op %s", op)

    async def _identify(self, conn: Connection, data: Json) -> None:
        """Check the token and intents, then send READY and one GUILD_CREATE per guild."""
        if data.get("token") != self._token:
            await conn.close(4004)
            return
        if conn.session is not None:
            await conn.close(4005)
            return
        if not self.privileged_intents and data.get("intents", 0) & PRIVILEGED_INTENTS:
            await conn.close(4014)
            return
        shard_id, shard_count = data.get("shard") or (0, 1)
        if not 0 <= shard_id < shard_count:
            await conn.close(4010)  # Invalid shard
            return
        if not self.starts.admit(shard_id, shard_count):
            await self._send(conn, 9, False)
            return
        intents = int(data.get("intents", ALL_INTENTS))
        session = Session(secrets.token_hex(16), self._journal, (shard_id, shard_count), intents)
        session.conn = conn
        conn.session = session
        self.sessions[session.id] = session
        guilds = [g for g in list(self._state.guilds) if session.serves(g)]
        await session.dispatch("READY", self._ready(session, guilds))
        for guild_id in guilds:
            await session.dispatch("GUILD_CREATE", self._state.guild_create(guild_id))

    async def _resume(self, conn: Connection, data: Json) -> None:
        """Re-attach a known session and replay what it missed; invalidate unknown ones."""
        if data.get("token") != self._token:
            await conn.close(4004)
            return
        session = self.sessions.get(str(data.get("session_id")))
        if session is None:
            await self._send(conn, 9, False)
            return
        if session.conn is not None:
            await session.detach(session.conn)
        conn.session = session
        await session.attach(conn, int(data.get("seq") or 0))

    async def _request_members(self, session: Session, data: Json) -> None:
        """Answer op 8 with one GUILD_MEMBERS_CHUNK of the matching members."""
        guild_id = sid(data["guild_id"])
        wanted = {sid(u) for u in data.get("user_ids") or []}
        query = str(data.get("query") or "").lower()
        members = [
            m
            for user_id, m in self._state.members[guild_id].items()
            if (not wanted or user_id in wanted) and m["user"]["username"].startswith(query)
        ]
        chunk: Json = {"guild_id": guild_id, "members": members, "chunk_index": 0, "chunk_count": 1}
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        await session.dispatch("GUILD_MEMBERS_CHUNK", chunk)

    async def _on_closed(self, conn: Connection, code: int | None) -> None:
        """Detach a closed connection; a client closing with 1000/1001 ends its session.

        aiohttp reports 1000 for closes the server started, hence ``closed_by_server``.
        """
        session = conn.session
        if session is None:
            return
        await session.detach(conn)
        if not conn.closed_by_server and code in (1000, 1001) and session.conn is None:
            self.sessions.pop(session.id, None)

    def _ready(self, session: Session, guilds: list[str]) -> Json:
        """Build the READY payload for a new session: its shard's guilds, unavailable for now."""
        return {
            "v": 10,
            "user": {
                **self._state.user(self._world.bot_id),
                "verified": True,
                "mfa_enabled": False,
            },
            "guilds": [{"id": g, "unavailable": True} for g in guilds],
            "session_id": session.id,
            "resume_gateway_url": self.url,
            "shard": [session.shard_id, session.shard_count],
            "application": {"id": str(self._world.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "session_type": "normal",
            "auth": {},
            "user_settings": {},
            "_trace": TRACE,
        }


def _guild_of(event: str, data: Any) -> str | None:
    """The id of the guild an event belongs to (a GUILD_CREATE's own id), if any."""
    if not isinstance(data, dict):
        return None
    if event in ("GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE"):
        return sid(data["id"])
    guild_id = data.get("guild_id")
    return None if guild_id is None else sid(guild_id)
