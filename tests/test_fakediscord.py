"""The fake Discord against the real discord.py client: login, gateway, events, REST, faults."""

from __future__ import annotations

import asyncio
import json
import zlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import aiohttp
import discord
import pytest
from discord import app_commands

from tests.fakediscord import EPHEMERAL, FakeDiscord, seed_server, shard_of
from tests.fakediscord.recording import Journal

INTENTS = discord.Intents.default() | discord.Intents(members=True, message_content=True)
Seen = tuple[str, tuple[Any, ...]]


class RecordingClient(discord.Client):
    """A real discord.Client that journals the events it dispatches, so tests wait without races."""

    def __init__(self, intents: discord.Intents = INTENTS, **options: Any) -> None:
        super().__init__(intents=intents, guild_ready_timeout=0.1, **options)
        self.seen: Journal[Seen] = Journal()
        self.tree = app_commands.CommandTree(self)

    def dispatch(self, event: str, /, *args: Any, **kwargs: Any) -> None:
        """Journal the event, then dispatch it as usual."""
        self.seen.append((event, args))
        super().dispatch(event, *args, **kwargs)

    async def next(
        self, event: str, *, since: int = 0, check: Callable[..., bool] | None = None
    ) -> tuple[Any, ...]:
        """Return the arguments of the first ``event`` from ``since`` that passes ``check``."""

        def wanted(item: Seen) -> bool:
            return item[0] == event and (check is None or check(*item[1]))

        _, args = await self.seen.wait_for(wanted, since=since, timeout=5.0, what=event)
        return args


async def start(client: discord.Client, token: str) -> asyncio.Task[None]:
    """Start a client and return its task once ready; raise what ``start`` raised if it failed."""
    task = asyncio.create_task(client.start(token))
    ready = asyncio.create_task(client.wait_until_ready())
    done, _ = await asyncio.wait({task, ready}, timeout=5, return_when=asyncio.FIRST_COMPLETED)
    if ready not in done:
        ready.cancel()
        await client.close()
        await task
        raise AssertionError("client did not become ready")
    return task


@pytest.fixture
async def client(fake_discord: FakeDiscord) -> AsyncIterator[RecordingClient]:
    """Yield a ready client connected to the fake, closed afterwards."""
    client = RecordingClient()
    task = await start(client, fake_discord.token)
    yield client
    await client.close()
    await task


async def test_ready_caches_guild_channels_forum_and_thread(
    fake_discord: FakeDiscord, client: RecordingClient
) -> None:
    world = fake_discord.world
    assert client.seen.find(lambda item: item[0] == "ready")
    guild = client.get_guild(world.guild_id)
    assert guild is not None and not guild.unavailable
    assert {c.name for c in guild.text_channels} == {"general", "mod-queue", "mod-log"}
    forum = guild.get_channel(world.forum_id)
    assert isinstance(forum, discord.ForumChannel)
    assert [t.name for t in forum.available_tags] == ["Politics"]
    assert forum.category_id == world.category_id
    thread = guild.get_thread(world.thread_id)
    assert thread is not None and thread.parent == forum and not thread.locked
    assert [t.id for t in thread.applied_tags] == [world.forum_tag_id]
    assert guild.me.get_role(world.bot_role_id) is not None
    assert guild.me.guild_permissions.manage_messages
    assert guild.chunked and guild.member_count == 4


async def test_message_create_reaches_on_message(
    fake_discord: FakeDiscord, client: RecordingClient
) -> None:
    world = fake_discord.world
    mark = len(client.seen)
    await fake_discord.events.message_create(
        world.general_id, world.member_id, f"hi <@{world.moderator_id}>", attachments=["a.png"]
    )
    (message,) = await client.next("message", since=mark)
    assert message.content == f"hi <@{world.moderator_id}>"
    assert isinstance(message.author, discord.Member) and message.author.id == world.member_id
    assert message.channel.id == world.general_id
    assert [a.filename for a in message.attachments] == ["a.png"]
    assert [m.id for m in message.mentions] == [world.moderator_id]


async def test_delete_is_recorded_and_a_second_delete_is_unknown_message(
    fake_discord: FakeDiscord, client: RecordingClient
) -> None:
    world = fake_discord.world
    mark = len(client.seen)
    await fake_discord.events.message_create(world.general_id, world.member_id, "delete me")
    (message,) = await client.next("message", since=mark)
    await message.delete()
    path = f"/api/v10/channels/{world.general_id}/messages/{message.id}"
    (request,) = fake_discord.requests_matching("DELETE", path)
    assert request.status == 204 and request.authorized
    with pytest.raises(discord.NotFound) as error:
        await message.delete()
    assert error.value.code == 10008


async def test_rate_limit_is_retried_once_then_succeeds(
    fake_discord: FakeDiscord, client: RecordingClient
) -> None:
    channel = client.get_channel(fake_discord.world.general_id)
    assert isinstance(channel, discord.TextChannel)
    fault = fake_discord.fail_next("POST", r"/channels/\d+/messages", 429, retry_after=0.05)
    sent = await channel.send("after the limit")
    assert sent.content == "after the limit" and fault.remaining == 0
    statuses = [r.status for r in fake_discord.requests_matching("POST", r"/channels/\d+/messages")]
    assert statuses == [429, 200]


async def test_injected_forbidden_surfaces_discord_error(
    fake_discord: FakeDiscord, client: RecordingClient
) -> None:
    channel = client.get_channel(fake_discord.world.general_id)
    assert isinstance(channel, discord.TextChannel)
    fake_discord.fail_next("POST", r"/channels/\d+/messages", 403)
    with pytest.raises(discord.Forbidden) as error:
        await channel.send("nope")
    assert error.value.code == 50013


@pytest.mark.parametrize("abort", [False, True], ids=["close-4000", "tcp-abort"])
async def test_dropped_connection_is_resumed_and_missed_events_replayed(
    fake_discord: FakeDiscord, client: RecordingClient, abort: bool
) -> None:
    world = fake_discord.world
    frames, seen = len(fake_discord.frames), len(client.seen)
    await fake_discord.drop_connection(4000, abort=abort)
    await fake_discord.events.message_create(world.general_id, world.member_id, "while away")
    resume = await fake_discord.wait_for_frame(6, since=frames)
    assert resume.data["session_id"] in fake_discord.gateway.sessions
    await client.next("resumed", since=seen)
    (missed,) = await client.next("message", since=seen)
    assert missed.content == "while away"
    await fake_discord.events.message_create(world.general_id, world.member_id, "after")
    await client.next("message", since=seen, check=lambda m: m.content == "after")


async def test_gateway_frames_share_one_zlib_stream_and_bad_token_closes_4004(
    fake_discord: FakeDiscord,
) -> None:
    url = f"{fake_discord.gateway_url}?v=10&encoding=json&compress=zlib-stream"
    inflate = zlib.decompressobj()
    async with aiohttp.ClientSession() as session, session.ws_connect(url) as ws:
        hello = await ws.receive_bytes(timeout=5)
        assert hello.endswith(b"\x00\x00\xff\xff")
        assert json.loads(inflate.decompress(hello))["d"]["heartbeat_interval"] == 250
        await ws.send_json({"op": 1, "d": None})
        assert json.loads(inflate.decompress(await ws.receive_bytes(timeout=5)))["op"] == 11
        await ws.send_json({"op": 2, "d": {"token": "wrong", "intents": 0, "properties": {}}})
        closing = await ws.receive(timeout=5)
    assert (closing.type, closing.data) == (aiohttp.WSMsgType.CLOSE, 4004)


async def test_json_responses_have_a_bare_content_type(fake_discord: FakeDiscord) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{fake_discord.api_base}/gateway") as response,
    ):
        assert response.headers["Content-Type"] == "application/json"
        assert await response.json() == {"url": fake_discord.gateway_url}


async def test_rate_limit_without_via_is_not_retried(
    fake_discord: FakeDiscord, client: RecordingClient
) -> None:
    channel = client.get_channel(fake_discord.world.general_id)
    assert isinstance(channel, discord.TextChannel)
    fake_discord.fail_next("POST", r"/channels/\d+/messages", 429, via=False)
    with pytest.raises(discord.HTTPException) as error:
        await channel.send("banned")
    assert error.value.status == 429


@pytest.mark.parametrize("direct_messages", [False, True])
async def test_a_dms_events_reach_only_a_client_asking_for_direct_messages(
    fake_discord: FakeDiscord, direct_messages: bool
) -> None:
    """As on Discord: without the intent a bot gets none of a DM's message events, not even
    the MESSAGE_CREATE of a DM it sent; a guild's messages come either way."""
    world = fake_discord.world
    intents = discord.Intents(INTENTS.value)
    intents.dm_messages = direct_messages
    client = RecordingClient(intents)
    task = await start(client, fake_discord.token)
    try:
        alice = await client.fetch_user(world.member_id)
        seen = len(client.seen)
        await alice.send("Your post was hidden.")
        await fake_discord.events.message_create(world.general_id, world.member_id, "later")
        await client.next("message", since=seen, check=lambda m: m.content == "later")
        messages = client.seen.find(lambda item: item[0] == "message", since=seen)
        contents = [args[0].content for _, args in messages]
        assert ("Your post was hidden." in contents) is direct_messages
    finally:
        await client.close()
        await task


async def test_wrong_token_fails_login(fake_discord: FakeDiscord) -> None:
    client = discord.Client(intents=INTENTS)
    with pytest.raises(discord.LoginFailure):
        await client.login("not-the-token")
    await client.close()
    (request,) = fake_discord.requests_matching("GET", "/users/@me")
    assert request.status == 401


async def test_missing_privileged_intents_close_with_4014(fake_discord: FakeDiscord) -> None:
    fake_discord.gateway.privileged_intents = False
    client = discord.Client(intents=INTENTS)
    with pytest.raises(discord.PrivilegedIntentsRequired):
        await client.start(fake_discord.token)
    await client.close()


async def test_forum_post_and_title_edit(
    fake_discord: FakeDiscord, client: RecordingClient
) -> None:
    world = fake_discord.world
    mark = len(client.seen)
    thread_data, _ = await fake_discord.events.thread_create(
        world.forum_id, world.member_id, "Budget leaks", "Read this", tags=[world.forum_tag_id]
    )
    (thread,) = await client.next("thread_create", since=mark)
    assert thread.parent_id == world.forum_id and thread.name == "Budget leaks"
    (starter,) = await client.next("message", since=mark)
    assert starter.id == thread.id and starter.channel.id == thread.id
    await fake_discord.events.thread_update(thread_data["id"], name="Budget leak (edited)")
    before, after = await client.next("thread_update", since=mark)
    assert (before.name, after.name) == ("Budget leaks", "Budget leak (edited)")


async def test_message_updates_full_and_partial(
    fake_discord: FakeDiscord, client: RecordingClient
) -> None:
    world = fake_discord.world
    mark = len(client.seen)
    data = await fake_discord.events.message_create(world.general_id, world.member_id, "first")
    await client.next("message", since=mark)
    await fake_discord.events.message_update(world.general_id, data["id"], "second")
    before, after = await client.next("message_edit", since=mark)
    assert (before.content, after.content) == ("first", "second")
    await fake_discord.events.message_update(
        world.thread_id, world.thread_id, "edited starter", partial=True
    )
    (raw,) = await client.next("raw_message_edit", since=len(client.seen) - 1)
    assert raw.cached_message is None and raw.message.content == "edited starter"
    assert raw.message.channel.id == world.thread_id


async def test_rest_routes_a_moderation_bot_uses(
    fake_discord: FakeDiscord, client: RecordingClient
) -> None:
    world = fake_discord.world
    guild = client.get_guild(world.guild_id)
    assert guild is not None
    alice = guild.get_member(world.member_id)
    assert alice is not None
    dm = await alice.send("Your post was hidden.")
    assert dm.channel.type is discord.ChannelType.private
    await alice.timeout(timedelta(minutes=10), reason="3 warnings")
    patch = await fake_discord.wait_for_request("PATCH", rf"/guilds/\d+/members/{alice.id}")
    assert patch.json["communication_disabled_until"] and patch.reason == "3 warnings"
    thread = guild.get_thread(world.thread_id)
    assert thread is not None
    edited = await thread.edit(locked=True, archived=True)
    assert edited.locked and edited.archived
    starter = await thread.fetch_message(world.thread_id)
    assert starter.content == "The vote passed 7-2."
    with pytest.raises(discord.NotFound) as error:
        await thread.fetch_message(1)
    assert error.value.code == 10008


async def test_webhook_repost_under_the_authors_name(
    fake_discord: FakeDiscord, client: RecordingClient
) -> None:
    channel = client.get_channel(fake_discord.world.general_id)
    assert isinstance(channel, discord.TextChannel)
    webhook = await channel.create_webhook(name="modbot restore")
    assert await channel.webhooks() == [webhook]
    restored = await webhook.send("restored text", username="alice", wait=True)
    assert restored.author.name == "alice" and restored.webhook_id == webhook.id
    execute = await fake_discord.wait_for_request("POST", rf"/webhooks/{webhook.id}/[^/]+")
    assert execute.query["wait"] == "1" and not execute.authorized


async def test_command_sync_and_unknown_routes_are_recorded(
    fake_discord: FakeDiscord, client: RecordingClient
) -> None:
    @client.tree.command(name="ping", description="Check the bot answers.")
    async def ping(interaction: discord.Interaction) -> None:
        """Answer."""

    guild = discord.Object(fake_discord.world.guild_id)
    client.tree.copy_global_to(guild=guild)
    synced = await client.tree.sync(guild=guild)
    assert [(c.name, c.guild_id) for c in synced] == [("ping", guild.id)]
    await fake_discord.wait_for_request("PUT", rf"/applications/\d+/guilds/{guild.id}/commands")
    with pytest.raises(discord.NotFound):
        await client.http.request(discord.http.Route("GET", "/no/such/route"))
    assert [r.route for r in fake_discord.unknown_requests] == ["/no/such/route"]


async def test_slash_command_answered_ephemerally(
    fake_discord: FakeDiscord, client: RecordingClient
) -> None:
    world = fake_discord.world

    @client.tree.command(name="warnings", description="Show a member's warnings.")
    async def warnings(interaction: discord.Interaction, member: discord.Member) -> None:
        """Answer with the member's name."""
        await interaction.response.send_message(f"none for {member.name}", ephemeral=True)

    pending = await fake_discord.events.slash_command(
        "warnings",
        user_id=world.moderator_id,
        channel_id=world.mod_log_id,
        options=[{"name": "member", "type": 6, "value": str(world.member_id)}],
    )
    callback = await fake_discord.wait_for_response(pending)
    assert callback.query == {"with_response": "1"} and callback.status == 200
    assert pending.response_type == 4 and pending.response is not None
    assert pending.response["data"]["content"] == "none for alice"
    assert pending.response["data"]["flags"] & EPHEMERAL


async def test_late_interaction_answer_is_unknown_interaction(
    fake_discord: FakeDiscord, client: RecordingClient
) -> None:
    world = fake_discord.world
    fake_discord.interaction_timeout = 0.05
    failures: list[discord.HTTPException] = []

    @client.tree.command(name="slow", description="Answer too late.")
    async def slow(interaction: discord.Interaction) -> None:
        """Answer after the deadline."""
        await asyncio.sleep(0.1)
        try:
            await interaction.response.send_message("late")
        except discord.NotFound as exc:
            failures.append(exc)

    pending = await fake_discord.events.slash_command(
        "slow", user_id=world.member_id, channel_id=world.general_id
    )
    callback = await fake_discord.wait_for_response(pending)
    assert callback.status == 404 and not pending.responded
    await asyncio.sleep(0)
    assert [f.code for f in failures] == [10062]


async def test_report_context_menu_then_modal(
    fake_discord: FakeDiscord, client: RecordingClient
) -> None:
    world = fake_discord.world
    reasons: list[str] = []

    class ReportModal(discord.ui.Modal, title="Report"):
        reason: discord.ui.TextInput[ReportModal] = discord.ui.TextInput(
            label="Why?", custom_id="reason"
        )

        async def on_submit(self, interaction: discord.Interaction) -> None:
            """Store the reason and acknowledge privately."""
            reasons.append(self.reason.value)
            await interaction.response.send_message("Thanks", ephemeral=True)

    async def report(interaction: discord.Interaction, message: discord.Message) -> None:
        """Open the report modal for the message."""
        assert message.content == "The vote passed 7-2."
        await interaction.response.send_modal(ReportModal(custom_id="report-modal"))

    client.tree.add_command(app_commands.ContextMenu(name="Report to moderators", callback=report))
    menu = await fake_discord.events.message_command(
        "Report to moderators", user_id=world.moderator_id, message_id=world.thread_id
    )
    await fake_discord.wait_for_response(menu)
    assert menu.response_type == 9
    submit = await fake_discord.events.modal_submit(
        "report-modal",
        user_id=world.moderator_id,
        channel_id=world.thread_id,
        fields={"reason": "misinformation"},
    )
    await fake_discord.wait_for_response(submit)
    assert reasons == ["misinformation"] and submit.response_type == 4


async def test_persistent_button_click_defers_then_edits_original(
    fake_discord: FakeDiscord, client: RecordingClient
) -> None:
    world = fake_discord.world

    class Card(discord.ui.View):
        def __init__(self) -> None:
            super().__init__(timeout=None)

        @discord.ui.button(label="Dismiss", custom_id="report:dismiss")
        async def dismiss(
            self, interaction: discord.Interaction, button: discord.ui.Button[Card]
        ) -> None:
            """Defer, then edit the card."""
            await interaction.response.defer()
            await interaction.edit_original_response(content="Dismissed", view=None)

    client.add_view(Card())
    queue = client.get_channel(world.mod_queue_id)
    assert isinstance(queue, discord.TextChannel)
    card = await queue.send("New report", view=Card())
    click = await fake_discord.events.component(
        "report:dismiss", user_id=world.moderator_id, message_id=card.id
    )
    await fake_discord.wait_for_request("PATCH", rf"/webhooks/\d+/{click.token}/messages/@original")
    assert click.response_type == 6
    assert fake_discord.state.messages[str(card.id)]["content"] == "Dismissed"


@asynccontextmanager
async def fake_with(**options: Any) -> AsyncIterator[FakeDiscord]:
    """A fake Discord with these options, discord.py pointed at it."""
    async with FakeDiscord(**options) as fake:
        with fake.redirect():
            yield fake


async def test_gateway_bot_reports_the_shard_count_and_session_start_limit() -> None:
    async with fake_with(shards=4, max_concurrency=2) as fake:
        client = discord.AutoShardedClient(intents=INTENTS)
        await client.login(fake.token)
        try:
            count, url, _ = await client.http.get_bot_gateway()
            limits = await client.fetch_session_start_limits()
        finally:
            await client.close()
    assert (count, url) == (4, fake.gateway_url)
    assert (limits.total, limits.remaining, limits.max_concurrency) == (1000, 1000, 2)
    assert limits.reset_after == 24 * 60 * 60 * 1000


async def identify(fake: FakeDiscord, shard: list[int]) -> tuple[int, Any]:
    """IDENTIFY on a fresh uncompressed connection as ``shard``; the first answer's op and d."""
    async with aiohttp.ClientSession() as session, session.ws_connect(fake.gateway_url) as ws:
        await ws.receive_json(timeout=5)  # HELLO
        data = {"token": fake.token, "intents": 0, "properties": {}, "shard": shard}
        await ws.send_json({"op": 2, "d": data})
        answer = await ws.receive(timeout=5)
    if answer.type is aiohttp.WSMsgType.CLOSE:
        return -1, answer.data
    frame = json.loads(answer.data)
    return frame["op"], frame["d"]


async def test_an_identify_past_max_concurrency_is_refused_with_op_9() -> None:
    async with FakeDiscord(shards=4, max_concurrency=2, identify_window=0.5) as fake:
        first = [await identify(fake, [shard, 4]) for shard in (0, 1, 2, 3)]
        await asyncio.sleep(0.5)
        later = await identify(fake, [2, 4])
        too_far = await identify(fake, [4, 4])
    assert [op for op, _ in first] == [0, 0, 9, 9]
    assert [d for op, d in first if op == 9] == [False, False]
    assert [d["shard"] for op, d in first if op == 0] == [[0, 4], [1, 4]]
    assert later[0] == 0 and later[1]["shard"] == [2, 4]
    assert too_far == (-1, 4010)
    assert [a.shard_id for a in fake.starts.refused] == [2, 3]
    assert fake.starts.remaining == 1000 - 3


async def test_each_shard_session_gets_the_events_of_its_guilds() -> None:
    async with fake_with(max_concurrency=2, identify_window=0.05) as fake:
        servers = [seed_server(fake.state, fake.world, f"s{n}", (n % 2, 2)) for n in range(4)]
        clients = [RecordingClient(shard_id=shard, shard_count=2) for shard in (0, 1)]
        tasks = [await start(client, fake.token) for client in clients]
        try:
            for shard, client in enumerate(clients):
                routed = {g for g in map(int, fake.state.guilds) if shard_of(g, 2) == shard}
                assert {g.id for g in client.guilds} == routed
                (ready,) = [f for f in fake.frames.items if f.event == "READY"][shard : shard + 1]
                assert {int(g["id"]) for g in ready.data["guilds"]} == routed
            marks = [len(client.seen) for client in clients]
            for server in reversed(servers):
                await fake.events.message_create(server.general_id, fake.world.member_id, "hi")
            await clients[0].next("message", since=marks[0], check=lambda m: m.guild.name == "s0")
            await clients[1].next("message", since=marks[1], check=lambda m: m.guild.name == "s1")
            for shard, client in enumerate(clients):
                seen = client.seen.items[marks[shard] :]
                got = {args[0].guild.name for event, args in seen if event == "message"}
                assert got == {f"s{shard}", f"s{shard + 2}"}
        finally:
            for client, task in zip(clients, tasks, strict=True):
                await client.close()
                await task
