"""REST routes for channel webhooks and interaction answers (callback, followups, @original)."""

from __future__ import annotations

import copy
import secrets
from collections.abc import Callable

from tests.fakediscord import payloads
from tests.fakediscord.errors import ApiError
from tests.fakediscord.interactions import EPHEMERAL, LOADING, PendingInteraction
from tests.fakediscord.payloads import Json
from tests.fakediscord.recording import Upload
from tests.fakediscord.rest import Call, Reply, RestContext, Route, route
from tests.fakediscord.rest_channels import apply_allowed_mentions, message_fields
from tests.fakediscord.snowflakes import now_iso
from tests.fakediscord.state import sid

__all__ = ["WebhookRoutes"]

MESSAGE_RESPONSES = frozenset({4, 5})
UPDATE_RESPONSES = frozenset({6, 7})
RESPONSE_TYPES = frozenset({1, 4, 5, 6, 7, 8, 9, 10, 12})


class WebhookRoutes:
    """Handlers for ``/webhooks/...``, ``/channels/{id}/webhooks`` and interaction callbacks.

    ``/webhooks/{id}/{token}`` serves a channel webhook, or an interaction when the id is the
    application's and the token an interaction's.
    """

    def __init__(
        self,
        ctx: RestContext,
        interactions: dict[str, PendingInteraction],
        timeout: Callable[[], float],
    ) -> None:
        self._ctx = ctx
        self._state = ctx.state
        self._interactions = interactions
        self._timeout = timeout

    def routes(self) -> list[Route]:
        """Return this module's routes."""
        hook = "/webhooks/{webhook_id}/{token}"
        return [
            route(
                "POST", "/interactions/{interaction_id}/{token}/callback", self.callback, auth=False
            ),
            route("GET", "/channels/{channel_id}/webhooks", self.list_webhooks),
            route("POST", "/channels/{channel_id}/webhooks", self.create_webhook),
            route("GET", "/webhooks/{webhook_id}", self.get_webhook),
            route("GET", hook, self.get_webhook, auth=False),
            route("POST", hook, self.execute, auth=False),
            route("GET", hook + "/messages/{message_id}", self.get_message, auth=False),
            route("PATCH", hook + "/messages/{message_id}", self.edit_message, auth=False),
            route("DELETE", hook + "/messages/{message_id}", self.delete_message, auth=False),
        ]

    async def callback(self, call: Call) -> Reply:
        """Accept an interaction's first answer within the time limit; 10062 after it."""
        pending = self._interactions.get(call.params["interaction_id"])
        if (
            pending is None
            or pending.token != call.params["token"]
            or pending.age() > self._timeout()
        ):
            raise ApiError.unknown(10062, "interaction")
        if pending.responded:
            raise ApiError(400, 40060, "Interaction has already been acknowledged.")
        body = call.body()
        kind = body.get("type")
        if kind not in RESPONSE_TYPES:
            raise ApiError.bad_request(f"unknown interaction response type {kind}")
        pending.response = body
        message = await self._answer(
            pending, int(kind), body.get("data") or {}, call.request.uploads
        )
        if not call.flag("with_response"):
            return Reply(204)
        return Reply(body=_callback_body(pending, int(kind), message))

    async def list_webhooks(self, call: Call) -> Reply:
        """Return a channel's webhooks."""
        channel_id = self._state.channel(call.params["channel_id"])["id"]
        return Reply(
            body=[w for w in self._state.webhooks.values() if w["channel_id"] == channel_id]
        )

    async def create_webhook(self, call: Call) -> Reply:
        """Create an incoming webhook in a channel."""
        channel = self._state.channel(call.params["channel_id"])
        name = call.body().get("name") or "Webhook"
        hook = payloads.webhook(
            self._state.new_id(),
            secrets.token_urlsafe(48),
            channel["id"],
            channel["guild_id"],
            name,
            self._ctx.bot_user(),
        )
        self._state.webhooks[hook["id"]] = hook
        return Reply(body=hook)

    async def get_webhook(self, call: Call) -> Reply:
        """Return a webhook, by id alone (with the bot token) or by id and token."""
        hook = self._state.webhooks.get(sid(call.params["webhook_id"]))
        if hook is None or call.params.get("token", hook["token"]) != hook["token"]:
            raise ApiError.unknown(10015, "Webhook")
        return Reply(body=hook)

    async def execute(self, call: Call) -> Reply:
        """Post through a webhook (``?wait=true`` returns the message), or send a followup."""
        target = self._target(call)
        if isinstance(target, PendingInteraction):
            if not target.responded:
                raise ApiError.unknown(10015, "Webhook")
            message = await self._interaction_message(target, call.body(), call.request.uploads)
        else:
            message = await self._webhook_message(target, call)
        return Reply(body=message) if call.flag("wait") else Reply(204)

    async def get_message(self, call: Call) -> Reply:
        """Return a message sent through a webhook or an interaction."""
        return Reply(body=self._message(call))

    async def edit_message(self, call: Call) -> Reply:
        """Edit a webhook or interaction message; editing a deferred answer ends its loading."""
        message = self._message(call)
        message.update(message_fields(call.body(), self._state, call.request.uploads))
        message["flags"] = int(message.get("flags", 0)) & ~LOADING
        message["edited_timestamp"] = now_iso()
        if not message["flags"] & EPHEMERAL:
            await self._ctx.emit("MESSAGE_UPDATE", message)
        return Reply(body=message)

    async def delete_message(self, call: Call) -> Reply:
        """Delete a webhook or interaction message."""
        message = self._message(call)
        target = self._target(call)
        if isinstance(target, PendingInteraction):
            target.messages.pop(message["id"], None)
        if self._state.drop_message(message["id"]) is not None:
            event = {k: message[k] for k in ("id", "channel_id", "guild_id") if k in message}
            await self._ctx.emit("MESSAGE_DELETE", event)
        return Reply(204)

    def _target(self, call: Call) -> PendingInteraction | Json:
        """Return the interaction or channel webhook that ``/webhooks/{id}/{token}`` names."""
        webhook_id, token = sid(call.params["webhook_id"]), call.params["token"]
        if webhook_id == str(self._ctx.world.application_id):
            for pending in self._interactions.values():
                if pending.token == token:
                    return pending
        hook = self._state.webhooks.get(webhook_id)
        if hook is None or hook["token"] != token:
            raise ApiError.unknown(10015, "Webhook")
        return hook

    def _message(self, call: Call) -> Json:
        """Return the message a webhook message route names (``@original`` for interactions)."""
        target = self._target(call)
        message_id = call.params["message_id"]
        if isinstance(target, PendingInteraction):
            if message_id == "@original":
                message_id = target.original_id or ""
            found = target.messages.get(message_id) or self._state.messages.get(message_id)
        else:
            found = self._state.messages.get(message_id)
            if found is not None and found.get("webhook_id") != target["id"]:
                found = None
        if found is None:
            raise ApiError.unknown(10008, "Message")
        return found

    async def _webhook_message(self, hook: Json, call: Call) -> Json:
        """Create a message authored by a channel webhook, in its channel or ``thread_id``."""
        body = call.body()
        channel_id = call.request.query.get("thread_id") or hook["channel_id"]
        channel = self._state.channel(channel_id)
        if channel["id"] != hook["channel_id"] and channel.get("parent_id") != hook["channel_id"]:
            raise ApiError.bad_request("thread_id is not a thread of the webhook's channel")
        author = {
            "id": hook["id"],
            "username": body.get("username") or hook["name"],
            "discriminator": "0000",
            "global_name": None,
            "avatar": None,
            "bot": True,
        }
        fields = message_fields(body, self._state, call.request.uploads)
        content = str(fields.pop("content", ""))
        message = self._state.new_message(
            channel_id, author, content, webhook_id=hook["id"], **fields
        )
        apply_allowed_mentions(message, body.get("allowed_mentions"))
        await self._ctx.emit("MESSAGE_CREATE", message)
        return message

    async def _answer(
        self, pending: PendingInteraction, kind: int, data: Json, files: list[Upload]
    ) -> Json | None:
        """Carry out a callback: post the answer, or update the component's message."""
        if kind in MESSAGE_RESPONSES:
            message = await self._interaction_message(pending, data, files, loading=kind == 5)
            pending.original_id = message["id"]
            return message
        if kind not in UPDATE_RESPONSES or "message" not in pending.payload:
            return None
        message = self._state.messages.get(pending.payload["message"]["id"])
        if message is None:
            return None
        pending.original_id = message["id"]
        if kind == 7:
            message.update(message_fields(data, self._state, files))
            await self._ctx.emit("MESSAGE_UPDATE", message)
        return message

    async def _interaction_message(
        self, pending: PendingInteraction, data: Json, files: list[Upload], *, loading: bool = False
    ) -> Json:
        """Create an interaction's answer or followup; ephemeral ones stay out of the channel."""
        fields = message_fields(data, self._state, files)
        content = str(fields.pop("content", ""))
        flags = int(fields.pop("flags", 0)) | (LOADING if loading else 0)
        application_id = str(self._ctx.world.application_id)
        message = self._state.new_message(
            pending.channel_id,
            self._ctx.bot_user(),
            content,
            store=not flags & EPHEMERAL,
            flags=flags,
            type=_message_type(pending),
            webhook_id=application_id,
            application_id=application_id,
            interaction_metadata=_metadata(pending),
            **fields,
        )
        apply_allowed_mentions(message, data.get("allowed_mentions"))
        pending.messages[message["id"]] = message
        if not flags & EPHEMERAL:
            await self._ctx.emit("MESSAGE_CREATE", message)
        return message


def _message_type(pending: PendingInteraction) -> int:
    """Return the message type of an answer: 20 slash command, 23 context menu, 0 otherwise."""
    if pending.type != 2:
        return 0
    return 20 if pending.payload["data"].get("type", 1) == 1 else 23


def _metadata(pending: PendingInteraction) -> Json:
    """Return the ``interaction_metadata`` of an interaction's messages."""
    payload = pending.payload
    who = payload["member"]["user"] if "member" in payload else payload["user"]
    return {
        "id": pending.id,
        "type": pending.type,
        "user": copy.deepcopy(who),
        "authorizing_integration_owners": payload["authorizing_integration_owners"],
    }


def _callback_body(pending: PendingInteraction, kind: int, message: Json | None) -> Json:
    """Build the ``?with_response=1`` body: ``{"interaction": ..., "resource": ...}``."""
    flags = int(message.get("flags", 0)) if message else 0
    interaction: Json = {
        "id": pending.id,
        "type": pending.type,
        "response_message_loading": kind == 5,
        "response_message_ephemeral": bool(flags & EPHEMERAL),
    }
    resource: Json = {"type": kind}
    if message is not None:
        interaction["response_message_id"] = message["id"]
        resource["message"] = message
    return {"interaction": interaction, "resource": resource}
