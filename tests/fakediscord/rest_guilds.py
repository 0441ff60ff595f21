"""REST routes for guilds, members (timeouts), users, the application and the gateway URL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from tests.fakediscord.errors import ApiError
from tests.fakediscord.identify import SessionStarts
from tests.fakediscord.rest import Call, Reply, RestContext, Route, route
from tests.fakediscord.state import ALL_PERMISSIONS, sid

__all__ = ["GuildRoutes"]

MEMBER_KEYS = ("nick", "mute", "deaf", "communication_disabled_until")
MAX_TIMEOUT = timedelta(days=28)


class GuildRoutes:
    """Handlers for ``/guilds/...``, ``/users/...`` and ``/gateway``."""

    def __init__(
        self, ctx: RestContext, gateway_url: Callable[[], str], starts: SessionStarts
    ) -> None:
        self._ctx = ctx
        self._state = ctx.state
        self._gateway_url = gateway_url
        self._starts = starts

    def routes(self) -> list[Route]:
        """Return this module's routes."""
        member = "/guilds/{guild_id}/members/{user_id}"
        return [
            route("GET", "/gateway", self.gateway, auth=False),
            route("GET", "/gateway/bot", self.gateway_bot),
            route("GET", "/users/@me", self.me),
            route("GET", "/oauth2/applications/@me", self.application),
            route("GET", "/users/{user_id}", self.get_user),
            route("GET", "/guilds/{guild_id}", self.get_guild),
            route("PATCH", "/guilds/{guild_id}", self.edit_guild),
            route("PUT", "/guilds/{guild_id}/incident-actions", self.incident_actions),
            route("GET", "/guilds/{guild_id}/channels", self.guild_channels),
            route("GET", "/guilds/{guild_id}/roles", self.guild_roles),
            route("GET", "/guilds/{guild_id}/threads/active", self.active_threads),
            route("GET", "/guilds/{guild_id}/members", self.list_members),
            route("GET", member, self.get_member),
            route("PATCH", member, self.edit_member),
        ]

    async def gateway(self, call: Call) -> Reply:
        """Return the gateway URL."""
        return Reply(body={"url": self._gateway_url()})

    async def gateway_bot(self, call: Call) -> Reply:
        """Return the gateway URL, the recommended shard count and the session start limit."""
        return Reply(body=self._starts.gateway_bot(self._gateway_url()))

    async def me(self, call: Call) -> Reply:
        """Return the bot user; discord.py calls this at login to check the token."""
        return Reply(body={**self._ctx.bot_user(), "verified": True, "mfa_enabled": False})

    async def application(self, call: Call) -> Reply:
        """Return the bot's application; discord.py fetches it at login."""
        world = self._ctx.world
        bot = self._ctx.bot_user()
        return Reply(
            body={
                "id": str(world.application_id),
                "name": bot["username"],
                "icon": None,
                "description": "",
                "summary": "",
                "verify_key": "0" * 64,
                "flags": 0,
                "bot_public": False,
                "bot_require_code_grant": False,
                "owner": self._state.user(world.owner_id),
                "bot": bot,
                "interactions_endpoint_url": None,
            }
        )

    async def get_user(self, call: Call) -> Reply:
        """Return a user."""
        return Reply(body=self._state.user(call.params["user_id"]))

    async def get_guild(self, call: Call) -> Reply:
        """Return a guild with its roles."""
        return Reply(body=self._state.guild(call.params["guild_id"]))

    async def edit_guild(self, call: Call) -> Reply:
        """Edit a guild's name (discord.py sends this PATCH with every ``Guild.edit``)."""
        guild = self._state.guilds[sid(self._state.guild(call.params["guild_id"])["id"])]
        body = call.body()
        if "name" in body:
            guild["name"] = body["name"]
        return Reply(body=self._state.guild(guild["id"]))

    async def incident_actions(self, call: Call) -> Reply:
        """Pause or resume invites and DMs: Discord allows at most 24 hours ahead."""
        guild = self._state.guilds[sid(self._state.guild(call.params["guild_id"])["id"])]
        body = call.body()
        incidents = dict(guild.get("incidents_data") or {})
        for key in ("invites_disabled_until", "dms_disabled_until"):
            if key in body:
                until = body[key]
                ahead = datetime.fromisoformat(until) - datetime.now(UTC) if until else None
                if ahead is not None and ahead > timedelta(hours=24, minutes=1):
                    raise ApiError.bad_request(f"{key} is more than 24 hours away")
                incidents[key] = until
        guild["incidents_data"] = incidents
        return Reply(body=incidents)

    async def guild_channels(self, call: Call) -> Reply:
        """Return a guild's channels."""
        self._state.guild(call.params["guild_id"])
        return Reply(body=self._state.guild_channels(call.params["guild_id"]))

    async def guild_roles(self, call: Call) -> Reply:
        """Return a guild's roles."""
        return Reply(body=self._state.guild(call.params["guild_id"])["roles"])

    async def active_threads(self, call: Call) -> Reply:
        """Return a guild's active threads."""
        self._state.guild(call.params["guild_id"])
        threads = self._state.active_threads(call.params["guild_id"])
        return Reply(body={"threads": threads, "members": []})

    async def list_members(self, call: Call) -> Reply:
        """Return members ordered by id, honouring ``after`` and ``limit``."""
        guild_id = sid(self._state.guild(call.params["guild_id"])["id"])
        after = int(call.request.query.get("after", 0))
        limit = int(call.request.query.get("limit", 1))
        members = sorted(self._state.members[guild_id].items(), key=lambda kv: int(kv[0]))
        return Reply(body=[m for uid, m in members if int(uid) > after][:limit])

    async def get_member(self, call: Call) -> Reply:
        """Return a member."""
        return Reply(body=self._state.member(call.params["guild_id"], call.params["user_id"]))

    async def edit_member(self, call: Call) -> Reply:
        """Edit a member (roles, nick, timeout) and emit GUILD_MEMBER_UPDATE."""
        guild_id, user_id = call.params["guild_id"], call.params["user_id"]
        member = self._state.member(guild_id, user_id)
        body = call.body()
        if "communication_disabled_until" in body:
            self._check_timeout(guild_id, user_id, body["communication_disabled_until"])
        member.update({k: body[k] for k in MEMBER_KEYS if k in body})
        if "roles" in body:
            member["roles"] = [sid(r) for r in body["roles"]]
        await self._ctx.emit("GUILD_MEMBER_UPDATE", {"guild_id": sid(guild_id), **member})
        return Reply(body=member)

    def _check_timeout(self, guild_id: str, user_id: str, until: str | None) -> None:
        """Refuse timeouts Discord refuses: of the owner or admins, or longer than 28 days."""
        if until is None:
            return
        if self._state.permissions(guild_id, user_id) == ALL_PERMISSIONS:
            raise ApiError(403, 50013, "Missing Permissions")
        if datetime.fromisoformat(until) - datetime.now(UTC) > MAX_TIMEOUT:
            raise ApiError.bad_request("communication_disabled_until is more than 28 days away")
