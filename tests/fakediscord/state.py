"""The fake's model of Discord: users, guilds, roles, members, channels, messages as JSON."""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tests.fakediscord import payloads
from tests.fakediscord.errors import ApiError
from tests.fakediscord.payloads import Json
from tests.fakediscord.snowflakes import SnowflakeFactory, iso, snowflake_time

__all__ = ["ALL_PERMISSIONS", "DiscordState", "Snowflake", "sid"]

Snowflake = int | str

ADMINISTRATOR = 1 << 3
ALL_PERMISSIONS = (1 << 53) - 1
THREAD_TYPES = frozenset({10, 11, 12})
_USER_MENTION = re.compile(r"<@!?(\d+)>")


def sid(value: Snowflake) -> str:
    """Normalise an id given as int or str (request bodies use both) to its JSON string form."""
    return str(int(value))


@dataclass
class DiscordState:
    """Every object the fake knows, keyed by id; the REST routes and gateway read and mutate it."""

    base_url: str = ""
    snowflakes: SnowflakeFactory = field(default_factory=SnowflakeFactory)
    users: dict[str, Json] = field(default_factory=dict)
    guilds: dict[str, Json] = field(default_factory=dict)
    roles: dict[str, dict[str, Json]] = field(default_factory=dict)
    members: dict[str, dict[str, Json]] = field(default_factory=dict)
    channels: dict[str, Json] = field(default_factory=dict)
    messages: dict[str, Json] = field(default_factory=dict)
    webhooks: dict[str, Json] = field(default_factory=dict)
    commands: dict[str, list[Json]] = field(default_factory=dict)
    # The bytes behind each attachment URL, by attachment id; dropped with their message.
    cdn: dict[str, bytes] = field(default_factory=dict)

    def new_id(self) -> str:
        """Return a fresh snowflake."""
        return self.snowflakes.next()

    def add_user(self, username: str, *, bot: bool = False) -> str:
        """Create a user and return its id."""
        user_id = self.new_id()
        self.users[user_id] = payloads.user(user_id, username, bot=bot)
        return user_id

    def add_guild(
        self,
        name: str,
        owner_id: str,
        application_id: str,
        everyone: int,
        shard: tuple[int, int] | None = None,
    ) -> str:
        """Create a guild with its @everyone role (whose id is the guild's) and return its id.

        ``shard`` (id, count) picks an id that shard serves.
        """
        guild_id = self.snowflakes.next(shard)
        self.guilds[guild_id] = payloads.guild(guild_id, name, owner_id, application_id)
        everyone_role = payloads.role(guild_id, "@everyone", permissions=everyone)
        self.roles[guild_id] = {guild_id: everyone_role}
        self.members[guild_id] = {}
        return guild_id

    def add_role(self, guild_id: Snowflake, name: str, permissions: int, **options: Any) -> str:
        """Create a role in a guild, placed above the existing ones, and return its id."""
        role_id = self.new_id()
        position = len(self.roles[sid(guild_id)])
        self.roles[sid(guild_id)][role_id] = payloads.role(
            role_id, name, permissions=permissions, position=position, **options
        )
        return role_id

    def add_member(
        self,
        guild_id: Snowflake,
        user_id: Snowflake,
        role_ids: Sequence[Snowflake] = (),
        *,
        joined_at: datetime | None = None,
    ) -> Json:
        """Make a user a member of a guild with the given roles; return the member."""
        roles = [sid(r) for r in role_ids]
        joined = joined_at or datetime.now(UTC)
        member = payloads.member(self.user(user_id), roles, joined_at=joined)
        self.members[sid(guild_id)][sid(user_id)] = member
        return member

    def add_channel(self, channel: Json) -> str:
        """Store a channel or thread payload and return its id."""
        self.channels[channel["id"]] = channel
        return str(channel["id"])

    def user(self, user_id: Snowflake) -> Json:
        """Return a user, or raise Unknown User."""
        try:
            return self.users[sid(user_id)]
        except KeyError:
            raise ApiError.unknown(10013, "User") from None

    def guild(self, guild_id: Snowflake) -> Json:
        """Return a guild's REST payload (with roles), or raise Unknown Guild."""
        try:
            base = self.guilds[sid(guild_id)]
        except KeyError:
            raise ApiError.unknown(10004, "Guild") from None
        return {**base, "roles": list(self.roles[base["id"]].values())}

    def member(self, guild_id: Snowflake, user_id: Snowflake) -> Json:
        """Return a member with its user, or raise Unknown Member."""
        try:
            return self.members[sid(guild_id)][sid(user_id)]
        except KeyError:
            raise ApiError.unknown(10007, "Member") from None

    def channel(self, channel_id: Snowflake) -> Json:
        """Return a channel or thread, or raise Unknown Channel."""
        try:
            return self.channels[sid(channel_id)]
        except KeyError:
            raise ApiError.unknown(10003, "Channel") from None

    def guild_channels(self, guild_id: Snowflake) -> list[Json]:
        """Return a guild's channels, threads excluded."""
        gid = sid(guild_id)
        return [
            c
            for c in self.channels.values()
            if c.get("guild_id") == gid and c["type"] not in THREAD_TYPES
        ]

    def active_threads(self, guild_id: Snowflake) -> list[Json]:
        """Return a guild's unarchived threads."""
        gid = sid(guild_id)
        return [
            c
            for c in self.channels.values()
            if c.get("guild_id") == gid
            and c["type"] in THREAD_TYPES
            and not c["thread_metadata"]["archived"]
        ]

    def guild_create(self, guild_id: Snowflake) -> Json:
        """Return the full GUILD_CREATE payload: roles, members, channels and active threads."""
        gid = sid(guild_id)
        members = [copy.deepcopy(m) for m in self.members[gid].values()]
        return {
            **self.guild(gid),
            "unavailable": False,
            "large": False,
            "joined_at": iso(snowflake_time(gid)),
            "member_count": len(members),
            "members": members,
            "channels": [_without_guild_id(c) for c in self.guild_channels(gid)],
            "threads": copy.deepcopy(self.active_threads(gid)),
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }

    def permissions(self, guild_id: Snowflake, user_id: Snowflake) -> int:
        """Return a member's guild-level permissions (roles OR'ed; owner and admins get all)."""
        gid = sid(guild_id)
        if self.guilds[gid]["owner_id"] == sid(user_id):
            return ALL_PERMISSIONS
        roles = self.roles[gid]
        value = int(roles[gid]["permissions"])
        for role_id in self.member(gid, user_id)["roles"]:
            value |= int(roles[role_id]["permissions"])
        return ALL_PERMISSIONS if value & ADMINISTRATOR else value

    def mentions(self, content: str, guild_id: str | None) -> list[Json]:
        """Return the users mentioned in ``content``, each with its member when in a guild."""
        found: list[Json] = []
        for user_id in dict.fromkeys(_USER_MENTION.findall(content)):
            if user_id not in self.users:
                continue
            mentioned = copy.deepcopy(self.users[user_id])
            if guild_id is not None and user_id in self.members[guild_id]:
                mentioned["member"] = _without_user(self.members[guild_id][user_id])
            found.append(mentioned)
        return found

    def new_message(
        self,
        channel_id: Snowflake,
        author: Json,
        content: str,
        *,
        store: bool = True,
        **fields: Any,
    ) -> Json:
        """Return a new message in a channel, with guild_id, member and mentions filled in.

        Ephemeral messages pass ``store=False``: nobody can fetch them from the channel.
        """
        channel = self.channel(channel_id)
        guild_id = channel.get("guild_id")
        extra: Json = {"mentions": self.mentions(content, guild_id)}
        if guild_id is not None:
            extra["guild_id"] = guild_id
            if author["id"] in self.members[guild_id]:
                extra["member"] = _without_user(self.members[guild_id][author["id"]])
        extra.update(fields)
        message_id = extra.pop("id", None) or self.new_id()
        message = payloads.message(message_id, channel["id"], author, content, **extra)
        if store:
            self.messages[message_id] = message
            if "last_message_id" in channel or channel["type"] in THREAD_TYPES:
                channel["last_message_id"] = message_id
        return message

    def new_attachment(self, filename: str, data: bytes) -> Json:
        """Return an attachment whose bytes the fake's CDN serves until its message goes."""
        found = payloads.attachment(self.new_id(), filename, base_url=self.base_url, size=len(data))
        self.cdn[found["id"]] = data
        return found

    def drop_message(self, message_id: str) -> Json | None:
        """Forget a message and, as Discord does, its attachments' files; None if unknown."""
        message = self.messages.pop(message_id, None)
        for attachment in (message or {}).get("attachments", []):
            self.cdn.pop(attachment["id"], None)
        return message

    def message(self, channel_id: Snowflake, message_id: Snowflake) -> Json:
        """Return a message in a channel, or raise Unknown Message (10008)."""
        self.channel(channel_id)
        found = self.messages.get(sid(message_id))
        if found is None or found["channel_id"] != sid(channel_id):
            raise ApiError.unknown(10008, "Message")
        return found

    def channel_messages(self, channel_id: Snowflake) -> list[Json]:
        """Return a channel's messages, newest first, as GET /channels/{id}/messages does."""
        cid = sid(self.channel(channel_id)["id"])
        found = [m for m in self.messages.values() if m["channel_id"] == cid]
        return sorted(found, key=lambda m: int(m["id"]), reverse=True)

    def find_command(self, name: str, kind: int, guild_id: str | None) -> Json | None:
        """Return the synced command with this name and type, guild commands first."""
        scopes = [guild_id, ""] if guild_id else [""]
        for scope in scopes:
            for command in self.commands.get(scope or "", []):
                if command["name"] == name and command.get("type", 1) == kind:
                    return command
        return None

    def open_dm(self, user_id: Snowflake) -> Json:
        """Return the DM channel with a user, creating it on first use."""
        recipient = self.user(user_id)
        for channel in self.channels.values():
            if channel["type"] == 1 and channel["recipients"][0]["id"] == recipient["id"]:
                return channel
        channel = payloads.dm_channel(self.new_id(), recipient)
        self.add_channel(channel)
        return channel


def _without_user(member: Json) -> Json:
    """Return a member payload without its user, as message.member carries it."""
    return {k: copy.deepcopy(v) for k, v in member.items() if k != "user"}


def _without_guild_id(channel: Json) -> Json:
    """Return a channel as GUILD_CREATE lists it (no guild_id key)."""
    return {k: copy.deepcopy(v) for k, v in channel.items() if k != "guild_id"}
