"""INTERACTION_CREATE payloads (commands, context menus, components, modals) and their answers."""

from __future__ import annotations

import copy
import secrets
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from tests.fakediscord.payloads import Json
from tests.fakediscord.state import DiscordState, sid
from tests.fakediscord.world import World

__all__ = ["EPHEMERAL", "LOADING", "InteractionFactory", "PendingInteraction"]

ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024
EPHEMERAL = 1 << 6
LOADING = 1 << 7
_RESOLVED_KINDS = {6: "users", 7: "channels", 8: "roles"}


@dataclass(slots=True)
class PendingInteraction:
    """An interaction the fake sent, and what the bot answered: callback body and messages."""

    id: str
    token: str
    type: int
    payload: Json
    created: float = field(default_factory=time.monotonic)
    response: Json | None = None
    original_id: str | None = None
    messages: dict[str, Json] = field(default_factory=dict)

    @property
    def responded(self) -> bool:
        """Tell whether the initial callback was accepted."""
        return self.response is not None

    @property
    def response_type(self) -> int | None:
        """Return the callback type: 4 message, 5 deferred, 6 deferred update, 7 update, 9 modal."""
        return None if self.response is None else int(self.response["type"])

    @property
    def channel_id(self) -> str:
        """Return the id of the channel the interaction happened in."""
        return str(self.payload["channel_id"])

    @property
    def guild_id(self) -> str | None:
        """Return the guild id, or None in DMs."""
        return self.payload.get("guild_id")

    def age(self) -> float:
        """Return the seconds since the interaction was dispatched."""
        return time.monotonic() - self.created


class InteractionFactory:
    """Builds interaction payloads from the fake's state, as Discord would fill them in."""

    def __init__(self, state: DiscordState, world: World) -> None:
        self._state = state
        self._world = world

    def command(
        self,
        name: str,
        *,
        user_id: int | str,
        channel_id: int | str,
        options: Sequence[Json] = (),
        kind: int = 1,
        target_id: int | str | None = None,
        resolved: Json | None = None,
    ) -> PendingInteraction:
        """Build an application command interaction; ``kind`` 1 is slash, 2 user, 3 message."""
        guild_id = self._state.channel(channel_id).get("guild_id")
        command = self._state.find_command(name, kind, guild_id)
        data: Json = {
            "id": command["id"] if command else self._state.new_id(),
            "name": name,
            "type": kind,
            "resolved": resolved or self._resolve(options, guild_id),
        }
        if kind == 1:
            data["options"] = copy.deepcopy(list(options))
        if command and command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        if target_id is not None:
            data["target_id"] = sid(target_id)
        return self._new(2, user_id, channel_id, data)

    def message_command(
        self, name: str, *, user_id: int | str, message_id: int | str
    ) -> PendingInteraction:
        """Build a message context menu interaction with the target in ``resolved.messages``."""
        target = self._state.messages[sid(message_id)]
        resolved = {"messages": {target["id"]: copy.deepcopy(target)}}
        return self.command(
            name,
            user_id=user_id,
            channel_id=target["channel_id"],
            kind=3,
            target_id=message_id,
            resolved=resolved,
        )

    def component(
        self,
        custom_id: str,
        *,
        user_id: int | str,
        message_id: int | str,
        component_type: int = 2,
        values: Sequence[str] = (),
    ) -> PendingInteraction:
        """Build a component interaction (type 3): a button click or a select choice."""
        message = self._state.messages[sid(message_id)]
        data: Json = {"custom_id": custom_id, "component_type": component_type}
        if component_type != 2:
            data["values"] = list(values)
        return self._new(3, user_id, message["channel_id"], data, message=copy.deepcopy(message))

    def modal_submit(
        self,
        custom_id: str,
        *,
        user_id: int | str,
        channel_id: int | str,
        fields: Mapping[str, str],
    ) -> PendingInteraction:
        """Build a modal submit (type 5) with one text input row per ``fields`` item."""
        rows = [
            {"type": 1, "components": [{"type": 4, "custom_id": key, "value": value}]}
            for key, value in fields.items()
        ]
        return self._new(5, user_id, channel_id, {"custom_id": custom_id, "components": rows})

    def _new(
        self, kind: int, user_id: int | str, channel_id: int | str, data: Json, **extra: Json
    ) -> PendingInteraction:
        """Build the fields every interaction has and wrap them in a PendingInteraction."""
        interaction_id = self._state.new_id()
        token = f"aW50ZXJhY3Rpb24{secrets.token_urlsafe(24)}"
        channel = copy.deepcopy(self._state.channel(channel_id))
        payload: Json = {
            "id": interaction_id,
            "application_id": str(self._world.application_id),
            "type": kind,
            "token": token,
            "version": 1,
            "data": data,
            "channel_id": channel["id"],
            "channel": channel,
            "locale": "en-US",
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
            **extra,
        }
        payload.update(self._who(channel, sid(user_id)))
        return PendingInteraction(interaction_id, token, kind, payload)

    def _who(self, channel: Json, user_id: str) -> Json:
        """Return the guild, member and permission fields, or the DM user fields."""
        guild_id = channel.get("guild_id")
        if guild_id is None:
            return {
                "user": copy.deepcopy(self._state.user(user_id)),
                "context": 1,
                "authorizing_integration_owners": {"0": "0"},
            }
        permissions = str(self._state.permissions(guild_id, user_id))
        channel["permissions"] = permissions
        guild = self._state.guilds[guild_id]
        return {
            "guild_id": guild_id,
            "guild": {"id": guild_id, "locale": "en-US", "features": guild["features"]},
            "guild_locale": "en-US",
            "member": {
                **copy.deepcopy(self._state.member(guild_id, user_id)),
                "permissions": permissions,
            },
            "app_permissions": str(self._state.permissions(guild_id, self._world.bot_id)),
            "context": 0,
            "authorizing_integration_owners": {"0": guild_id},
        }

    def _resolve(self, options: Sequence[Json], guild_id: str | None) -> Json:
        """Fill ``resolved`` for user, channel and role options, as Discord does."""
        resolved: Json = {}
        for option in _flatten(options):
            key = _RESOLVED_KINDS.get(option.get("type", 0))
            if key is None:
                continue
            value = sid(option["value"])
            if key == "users":
                resolved.setdefault("users", {})[value] = self._state.user(value)
                if guild_id and value in self._state.members[guild_id]:
                    member = {
                        k: v for k, v in self._state.member(guild_id, value).items() if k != "user"
                    }
                    resolved.setdefault("members", {})[value] = member
            elif key == "channels":
                resolved.setdefault("channels", {})[value] = self._state.channel(value)
            elif guild_id:
                resolved.setdefault("roles", {})[value] = self._state.roles[guild_id][value]
        return copy.deepcopy(resolved)


def _flatten(options: Sequence[Json]) -> list[Json]:
    """Return the value options, descending into subcommands and groups."""
    found: list[Json] = []
    for option in options:
        found.extend(
            _flatten(option.get("options", [])) if option.get("type") in (1, 2) else [option]
        )
    return found
