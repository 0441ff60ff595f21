"""REST routes for channels, threads, messages and DMs, echoing the gateway events Discord sends."""

from __future__ import annotations

import copy
from collections.abc import Sequence

from tests.fakediscord.errors import ApiError
from tests.fakediscord.payloads import Json
from tests.fakediscord.recording import Upload
from tests.fakediscord.rest import Call, Reply, RestContext, Route, route
from tests.fakediscord.snowflakes import now_iso
from tests.fakediscord.state import THREAD_TYPES, DiscordState, sid

__all__ = ["ChannelRoutes", "apply_allowed_mentions", "message_fields"]

MESSAGE_KEYS = ("content", "embeds", "components", "flags", "tts", "nonce")
THREAD_METADATA_KEYS = ("archived", "locked", "auto_archive_duration", "invitable")
CHANNEL_KEYS = (
    "name",
    "topic",
    "position",
    "nsfw",
    "rate_limit_per_user",
    "parent_id",
    "permission_overwrites",
    "available_tags",
    "applied_tags",
    "flags",
)


def message_fields(body: Json, state: DiscordState, files: Sequence[Upload]) -> Json:
    """Pick the message fields from a create or edit body; uploaded files become attachments."""
    fields = {k: copy.deepcopy(body[k]) for k in MESSAGE_KEYS if k in body}
    if files:
        fields["attachments"] = [state.new_attachment(f.filename, f.data) for f in files]
    return fields


def apply_allowed_mentions(message: Json, allowed: Json | None) -> None:
    """Keep the mentions ``allowed_mentions`` lets through; add a pinged replied-to author."""
    if allowed is not None:
        users = {sid(u) for u in allowed.get("users") or []}
        parse_users = "users" in (allowed.get("parse") or [])
        message["mentions"] = [m for m in message["mentions"] if parse_users or m["id"] in users]
    replied = message.get("referenced_message")
    ping_replied = allowed is None or allowed.get("replied_user", False)
    if (
        replied
        and ping_replied
        and all(m["id"] != replied["author"]["id"] for m in message["mentions"])
    ):
        message["mentions"].append(copy.deepcopy(replied["author"]))


class ChannelRoutes:
    """Handlers for ``/channels/...`` and ``/users/@me/channels``."""

    def __init__(self, ctx: RestContext) -> None:
        self._ctx = ctx
        self._state = ctx.state

    def routes(self) -> list[Route]:
        """Return this module's routes."""
        msg = "/channels/{channel_id}/messages/{message_id}"
        return [
            route("GET", "/channels/{channel_id}", self.get_channel),
            route("PATCH", "/channels/{channel_id}", self.edit_channel),
            route("GET", "/channels/{channel_id}/messages", self.history),
            route("POST", "/channels/{channel_id}/messages", self.send_message),
            route("POST", "/channels/{channel_id}/messages/bulk-delete", self.bulk_delete),
            route("GET", msg, self.get_message),
            route("PATCH", msg, self.edit_message),
            route("DELETE", msg, self.delete_message),
            route("PUT", msg + "/reactions/{emoji}/@me", self.no_content),
            route("POST", "/channels/{channel_id}/typing", self.no_content),
            route("POST", "/users/@me/channels", self.open_dm),
            route("GET", "/attachments/{attachment_id}/{filename}", self.cdn_file, auth=False),
        ]

    async def cdn_file(self, call: Call) -> Reply:
        """Serve an attachment's bytes, as Discord's CDN does until its message is deleted."""
        data = self._state.cdn.get(call.params["attachment_id"])
        if data is None:
            raise ApiError(404, 0, "404: Not Found")
        return Reply(data=data)

    async def no_content(self, call: Call) -> Reply:
        """Accept a request that has no effect worth modelling (typing, reactions)."""
        self._state.channel(call.params["channel_id"])
        return Reply(204)

    async def get_channel(self, call: Call) -> Reply:
        """Return a channel or thread."""
        return Reply(body=self._state.channel(call.params["channel_id"]))

    async def edit_channel(self, call: Call) -> Reply:
        """Edit a channel, or a thread's name, tags and lock/archive state; emit the update."""
        channel = self._state.channel(call.params["channel_id"])
        body = call.body()
        if channel["type"] in THREAD_TYPES:
            _edit_thread(channel, body)
            await self._ctx.emit("THREAD_UPDATE", channel)
        else:
            channel.update({k: copy.deepcopy(body[k]) for k in CHANNEL_KEYS if k in body})
            await self._ctx.emit("CHANNEL_UPDATE", channel)
        return Reply(body=channel)

    async def history(self, call: Call) -> Reply:
        """Return up to ``limit`` messages, newest first, honouring ``before`` and ``after``."""
        query = call.request.query
        found = self._state.channel_messages(call.params["channel_id"])
        if "before" in query:
            found = [m for m in found if int(m["id"]) < int(query["before"])]
        if "after" in query:
            found = [m for m in found if int(m["id"]) > int(query["after"])]
        return Reply(body=found[: int(query.get("limit", 50))])

    async def send_message(self, call: Call) -> Reply:
        """Post a message as the bot (replies become type 19) and emit MESSAGE_CREATE."""
        body = call.body()
        channel_id = call.params["channel_id"]
        self._state.channel(channel_id)
        fields = message_fields(body, self._state, call.request.uploads)
        if not any(fields.get(k) for k in ("content", "embeds", "attachments", "components")):
            raise ApiError(400, 50006, "Cannot send an empty message")
        reference = body.get("message_reference")
        if reference:
            fields.update(self._reply_fields(channel_id, reference))
        content = str(fields.pop("content", ""))
        message = self._state.new_message(channel_id, self._ctx.bot_user(), content, **fields)
        apply_allowed_mentions(message, body.get("allowed_mentions"))
        await self._ctx.emit("MESSAGE_CREATE", message)
        return Reply(body=message)

    async def get_message(self, call: Call) -> Reply:
        """Return one message or 404 Unknown Message."""
        return Reply(body=self._state.message(call.params["channel_id"], call.params["message_id"]))

    async def edit_message(self, call: Call) -> Reply:
        """Edit a message's content, embeds, components or flags and emit MESSAGE_UPDATE."""
        message = self._state.message(call.params["channel_id"], call.params["message_id"])
        body = call.body()
        if "attachments" in body:
            kept = {sid(a["id"]) for a in body["attachments"] if "id" in a}
            message["attachments"] = [a for a in message["attachments"] if a["id"] in kept]
        fields = message_fields(body, self._state, call.request.uploads)
        message["attachments"] = message["attachments"] + fields.pop("attachments", [])
        message.update(fields)
        message["edited_timestamp"] = now_iso()
        await self._ctx.emit("MESSAGE_UPDATE", message)
        return Reply(body=message)

    async def delete_message(self, call: Call) -> Reply:
        """Delete a message and emit MESSAGE_DELETE; 404 Unknown Message when already gone."""
        message = self._state.message(call.params["channel_id"], call.params["message_id"])
        self._state.drop_message(message["id"])
        await self._ctx.emit("MESSAGE_DELETE", _deleted(message))
        return Reply(204)

    async def bulk_delete(self, call: Call) -> Reply:
        """Delete several messages of one channel and emit MESSAGE_DELETE_BULK."""
        channel = self._state.channel(call.params["channel_id"])
        ids = [sid(m) for m in call.body().get("messages", [])]
        gone = [m for m in ids if self._state.drop_message(m) is not None]
        event: Json = {"ids": gone, "channel_id": channel["id"]}
        if "guild_id" in channel:
            event["guild_id"] = channel["guild_id"]
        await self._ctx.emit("MESSAGE_DELETE_BULK", event)
        return Reply(204)

    async def open_dm(self, call: Call) -> Reply:
        """Open (or return) the DM channel with ``recipient_id``."""
        recipient = call.body().get("recipient_id")
        if recipient is None:
            raise ApiError.bad_request("recipient_id is required")
        return Reply(body=self._state.open_dm(recipient))

    def _reply_fields(self, channel_id: str, reference: Json) -> Json:
        """Return the type, reference and referenced message of a reply."""
        target = sid(reference["message_id"])
        referenced = self._state.messages.get(target)
        if referenced is None and reference.get("fail_if_not_exists", True):
            raise ApiError.bad_request("message_reference: Unknown message")
        normalised = {"type": 0, "message_id": target, "channel_id": sid(channel_id)}
        if reference.get("guild_id") is not None:
            normalised["guild_id"] = sid(reference["guild_id"])
        return {
            "type": 19,
            "message_reference": normalised,
            "referenced_message": copy.deepcopy(referenced),
        }


def _edit_thread(thread: Json, body: Json) -> None:
    """Apply a thread PATCH; an archived thread only accepts edits that unarchive it."""
    metadata = thread["thread_metadata"]
    if metadata["archived"] and body.get("archived") is not False:
        raise ApiError(400, 50083, "Thread is archived")
    for key in ("name", "applied_tags", "rate_limit_per_user", "flags"):
        if key in body:
            thread[key] = [sid(t) for t in body[key]] if key == "applied_tags" else body[key]
    for key in THREAD_METADATA_KEYS:
        if key in body:
            metadata[key] = body[key]
    if "archived" in body:
        metadata["archive_timestamp"] = now_iso()


def _deleted(message: Json) -> Json:
    """Return the MESSAGE_DELETE payload for a message."""
    event = {"id": message["id"], "channel_id": message["channel_id"]}
    if "guild_id" in message:
        event["guild_id"] = message["guild_id"]
    return event
