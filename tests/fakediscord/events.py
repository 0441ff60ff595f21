"""Gateway events tests trigger: members post, edit, open forum threads, use commands."""

from __future__ import annotations

import copy
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from tests.fakediscord import payloads
from tests.fakediscord.interactions import InteractionFactory, PendingInteraction
from tests.fakediscord.payloads import Json
from tests.fakediscord.rest_channels import THREAD_METADATA_KEYS
from tests.fakediscord.snowflakes import now_iso
from tests.fakediscord.state import DiscordState, Snowflake, sid

__all__ = ["Events"]


class Dispatch(Protocol):
    """Send a gateway event to its guild's shard, or to the sessions of the given shards."""

    async def __call__(
        self, event: str, data: Any, *, shards: Collection[int] | None = None
    ) -> object:
        """Send the event."""
        ...


# What discord.py needs to build a Message from MESSAGE_UPDATE; a partial update sends only these.
PARTIAL_UPDATE_KEYS = (
    "id",
    "channel_id",
    "guild_id",
    "type",
    "content",
    "author",
    "timestamp",
    "edited_timestamp",
)


class Events:
    """Build event payloads from the fake's state, update that state, and dispatch them."""

    def __init__(
        self,
        state: DiscordState,
        dispatch: Dispatch,
        interactions: InteractionFactory,
        pending: dict[str, PendingInteraction],
    ) -> None:
        self._state = state
        self._dispatch = dispatch
        self._interactions = interactions
        self._pending = pending

    async def message_create(
        self,
        channel_id: Snowflake,
        author_id: Snowflake,
        content: str,
        *,
        attachments: Sequence[str | tuple[str, bytes]] = (),
        embeds: Sequence[Json] = (),
        **fields: Any,
    ) -> Json:
        """Post a message as a member, ``fields`` adding keys.

        ``attachments`` are file names (their bytes then say "contents of <name>") or
        (name, bytes) pairs.
        """
        message = self._state.new_message(
            channel_id,
            self._state.user(author_id),
            content,
            attachments=self._attachments(attachments),
            embeds=copy.deepcopy(list(embeds)),
            **fields,
        )
        await self._dispatch("MESSAGE_CREATE", message)
        return message

    async def member_join(self, guild_id: Snowflake, name: str, joined_at: datetime) -> Json:
        """A new user joins the guild at ``joined_at``: GUILD_MEMBER_ADD; returns the member."""
        user_id = self._state.add_user(name)
        member = self._state.add_member(guild_id, user_id, joined_at=joined_at)
        await self._dispatch("GUILD_MEMBER_ADD", {"guild_id": sid(guild_id), **member})
        return member

    async def message_update(
        self,
        channel_id: Snowflake,
        message_id: Snowflake,
        content: str,
        *,
        partial: bool = False,
        author_id: Snowflake | None = None,
        **fields: Any,
    ) -> Json:
        """Edit a message and dispatch MESSAGE_UPDATE.

        A message the fake does not know is created silently first (needs ``author_id``), so
        the client sees an edit of a message it never cached. ``partial`` sends only the keys
        discord.py requires, without member, mentions, attachments or embeds.
        """
        key = sid(message_id)
        if key not in self._state.messages:
            if author_id is None:
                raise ValueError("author_id is required to edit a message the fake never saw")
            self._state.new_message(channel_id, self._state.user(author_id), content, id=key)
        message = self._state.message(channel_id, key)
        message.update(content=content, edited_timestamp=now_iso(), **fields)
        event = {k: message[k] for k in (*PARTIAL_UPDATE_KEYS, *fields) if k in message}
        await self._dispatch("MESSAGE_UPDATE", event if partial else message)
        return message

    async def message_delete(self, channel_id: Snowflake, message_id: Snowflake) -> None:
        """Delete a message as its author or another bot would, and dispatch MESSAGE_DELETE."""
        message = self._state.message(channel_id, message_id)
        self._state.drop_message(message["id"])
        event = {k: message[k] for k in ("id", "channel_id", "guild_id") if k in message}
        await self._dispatch("MESSAGE_DELETE", event)

    def _attachments(self, items: Sequence[str | tuple[str, bytes]]) -> list[Json]:
        """Attachments on the fake's CDN from file names or (name, bytes) pairs."""
        return [
            self._state.new_attachment(*(item if isinstance(item, tuple) else _named(item)))
            for item in items
        ]

    async def thread_create(
        self,
        forum_id: Snowflake,
        author_id: Snowflake,
        title: str,
        content: str,
        *,
        tags: Sequence[Snowflake] = (),
        attachments: Sequence[str | tuple[str, bytes]] = (),
    ) -> tuple[Json, Json]:
        """Open a forum post: THREAD_CREATE, then MESSAGE_CREATE of its starter (same id).

        ``attachments`` are the starter's, as for ``message_create``.
        """
        forum = self._state.channel(forum_id)
        thread = payloads.thread(
            self._state.new_id(),
            forum["guild_id"],
            forum["id"],
            sid(author_id),
            title,
            applied_tags=[sid(t) for t in tags],
        )
        self._state.add_channel(thread)
        forum["last_message_id"] = thread["id"]
        starter = self._state.new_message(
            thread["id"],
            self._state.user(author_id),
            content,
            id=thread["id"],
            attachments=self._attachments(attachments),
        )
        await self._dispatch("THREAD_CREATE", {**thread, "newly_created": True})
        await self._dispatch("MESSAGE_CREATE", starter)
        return thread, starter

    async def thread_update(self, thread_id: Snowflake, **changes: Any) -> Json:
        """Change a thread (``name``, ``applied_tags`` or thread_metadata keys) and dispatch it."""
        thread = self._state.channel(thread_id)
        for key, value in changes.items():
            target = thread["thread_metadata"] if key in THREAD_METADATA_KEYS else thread
            target[key] = value
        await self._dispatch("THREAD_UPDATE", thread)
        return thread

    async def slash_command(
        self,
        name: str,
        *,
        user_id: Snowflake,
        channel_id: Snowflake,
        options: Sequence[Json] = (),
    ) -> PendingInteraction:
        """Run a slash command as a member; user, channel and role options get resolved."""
        pending = self._interactions.command(
            name, user_id=user_id, channel_id=channel_id, options=options
        )
        return await self._send(pending)

    async def message_command(
        self, name: str, *, user_id: Snowflake, message_id: Snowflake
    ) -> PendingInteraction:
        """Use a message context menu (``data.type`` 3) on a message."""
        pending = self._interactions.message_command(name, user_id=user_id, message_id=message_id)
        return await self._send(pending)

    async def component(
        self,
        custom_id: str,
        *,
        user_id: Snowflake,
        message_id: Snowflake,
        component_type: int = 2,
        values: Sequence[str] = (),
        shards: Collection[int] | None = None,
    ) -> PendingInteraction:
        """Click a button (component_type 2) or pick select ``values`` on a message.

        ``shards`` delivers it to those shards' sessions instead of the guild's: a session in
        each of the bot's processes, say, as if two moderators pressed the same card at once.
        """
        pending = self._interactions.component(
            custom_id,
            user_id=user_id,
            message_id=message_id,
            component_type=component_type,
            values=values,
        )
        return await self._send(pending, shards=shards)

    async def modal_submit(
        self,
        custom_id: str,
        *,
        user_id: Snowflake,
        channel_id: Snowflake,
        fields: Mapping[str, str],
    ) -> PendingInteraction:
        """Submit a modal whose text inputs have the given custom ids and values."""
        pending = self._interactions.modal_submit(
            custom_id, user_id=user_id, channel_id=channel_id, fields=fields
        )
        return await self._send(pending)

    async def _send(
        self, pending: PendingInteraction, *, shards: Collection[int] | None = None
    ) -> PendingInteraction:
        """Register an interaction (its 3 s clock starts now) and dispatch INTERACTION_CREATE."""
        self._pending[pending.id] = pending
        await self._dispatch("INTERACTION_CREATE", pending.payload, shards=shards)
        return pending


def _named(filename: str) -> tuple[str, bytes]:
    """A file name with distinct placeholder bytes, so tests can tell files apart."""
    return filename, f"contents of {filename}".encode()
