"""REST routes for application commands: global and guild bulk overwrite, list and create."""

from __future__ import annotations

import copy

from tests.fakediscord.errors import ApiError
from tests.fakediscord.payloads import Json
from tests.fakediscord.rest import Call, Reply, RestContext, Route, route
from tests.fakediscord.state import sid

__all__ = ["CommandRoutes"]


class CommandRoutes:
    """Handlers for global (``/applications/{id}/commands``) and guild commands."""

    def __init__(self, ctx: RestContext) -> None:
        self._ctx = ctx
        self._state = ctx.state

    def routes(self) -> list[Route]:
        """Return this module's routes."""
        routes: list[Route] = []
        for template in (
            "/applications/{application_id}/commands",
            "/applications/{application_id}/guilds/{guild_id}/commands",
        ):
            routes += [
                route("GET", template, self.list_commands),
                route("PUT", template, self.overwrite),
                route("POST", template, self.upsert),
            ]
        return routes

    async def list_commands(self, call: Call) -> Reply:
        """Return the synced commands of one scope."""
        return Reply(body=self._state.commands.get(self._scope(call), []))

    async def overwrite(self, call: Call) -> Reply:
        """Replace every command of one scope, keeping the ids of commands that still exist."""
        scope = self._scope(call)
        body = call.request.json
        if not isinstance(body, list):
            raise ApiError.bad_request("expected a list of commands")
        previous = self._state.commands.get(scope, [])
        stored = [self._store(scope, c, _same(previous, c)) for c in body]
        self._state.commands[scope] = stored
        return Reply(body=stored)

    async def upsert(self, call: Call) -> Reply:
        """Create or replace one command of a scope."""
        scope = self._scope(call)
        command = call.body()
        existing = self._state.commands.setdefault(scope, [])
        previous = _same(existing, command)
        stored = self._store(scope, command, previous)
        self._state.commands[scope] = [c for c in existing if c is not previous] + [stored]
        return Reply(201 if previous is None else 200, stored)

    def _scope(self, call: Call) -> str:
        """Return the scope key ("" for global, else the guild id), checking the application."""
        if sid(call.params["application_id"]) != str(self._ctx.world.application_id):
            raise ApiError.unknown(10002, "Application")
        guild_id = call.params.get("guild_id")
        if guild_id is None:
            return ""
        return sid(self._state.guild(guild_id)["id"])

    def _store(self, scope: str, command: Json, previous: Json | None) -> Json:
        """Return the command as Discord echoes it: id, application, version and defaults."""
        stored: Json = {
            "type": 1,
            "description": "",
            "options": [],
            "default_member_permissions": None,
            "dm_permission": True,
            "nsfw": False,
            "integration_types": [0],
            "contexts": None,
            **copy.deepcopy(command),
            "id": previous["id"] if previous else self._state.new_id(),
            "application_id": str(self._ctx.world.application_id),
            "version": self._state.new_id(),
        }
        if scope:
            stored["guild_id"] = scope
        return stored


def _same(commands: list[Json], command: Json) -> Json | None:
    """Return the stored command with the same name and type, if any."""
    kind = command.get("type", 1)
    for stored in commands:
        if stored["name"] == command.get("name") and stored.get("type", 1) == kind:
            return stored
    return None
