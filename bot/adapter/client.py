"""The ``commands.Bot`` subclass: intents, endpoints, database, cogs and command sync."""

from __future__ import annotations

import gc
import logging
from typing import Any

import discord
import yarl
from discord import app_commands
from discord.ext import commands

from bot.adapter.command_sync import sync_global, synced_marker
from bot.adapter.hidden.held import RestoreButton
from bot.adapter.identify import IdentifyPacer, max_concurrency
from bot.adapter.services import Services
from bot.adapter.shared.notices import ECHO_SAFE
from bot.adapter.shared.paginator import PageButton
from bot.config import Config, DiscordConfig, ShardConfig
from bot.core.behaviour.evaluator import Behaviour
from bot.core.engine import Engine
from bot.storage import Database
from bot.storage.identify_slots import IdentifySlots

__all__ = ["EXTENSIONS", "ModBot", "point_at", "shard_options"]

log = logging.getLogger(__name__)


def point_at(endpoints: DiscordConfig) -> None:
    """Send discord.py's REST calls and gateway connection to the configured endpoints."""
    discord.http.Route.BASE = endpoints.api_base.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(endpoints.gateway_url)


# The cog modules, loaded in this order; each has a ``setup`` that takes its services.
EXTENSIONS = (
    "bot.adapter.moderation.mod_tools",
    "bot.adapter.moderation.listener",
    "bot.adapter.moderation.raids",
    "bot.adapter.reports.filing",
    "bot.adapter.reports.admin",
    "bot.adapter.rules.admin",
)


def intents() -> discord.Intents:
    """Guilds, members and message content: what moderation needs, nothing more."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    wanted.members = True
    wanted.guild_messages = True
    wanted.message_content = True
    wanted.dm_messages = False
    return wanted


def shard_options(shards: ShardConfig) -> dict[str, Any]:
    """discord.py's client options for these shards: none unsharded, which is today's client."""
    if shards.auto or not shards.sharded:
        return {}  # auto: AutoShardedClient asks Discord for the count itself
    if shards.several:
        return {"shard_ids": list(shards.ids), "shard_count": shards.count}
    return {"shard_id": shards.ids[0], "shard_count": shards.count}


class ModBot(commands.Bot):
    """modbot on Discord. Mentions are off by default: nothing the bot sends can ping @everyone."""

    def __init__(
        self, config: Config, engine: Engine, db: Database, *, guild_ready_timeout: float = 2.0
    ) -> None:
        point_at(config.discord)
        # The bot never joins voice: without this discord.py warns at every start that PyNaCl
        # and davey (voice-only libraries) are missing.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents(),
            allowed_mentions=ECHO_SAFE,
            help_command=None,
            guild_ready_timeout=guild_ready_timeout,
            **shard_options(config.shards),
        )
        self.config = config
        self.db = db
        self._pacer: IdentifyPacer | None = None
        if config.shards.sharded:
            slots = IdentifySlots(db)
            spacing = config.shards.identify_spacing
            self._pacer = IdentifyPacer(slots, spacing, lambda: max_concurrency(self.http))
        self._start_engine = engine
        self._services: Services | None = None  # built in setup_hook
        # Webhook id -> whether this bot made it: restores re-post through its own webhooks.
        self.own_webhooks: dict[int, bool] = {}
        self._frozen = False

    async def is_own_webhook(self, webhook_id: int) -> bool:
        """Whether this bot made the webhook; asked of Discord once per webhook, and a failed
        lookup counts as not ours, so its posts are checked like any other."""
        known = self.own_webhooks.get(webhook_id)
        if known is None:
            try:
                hook = await self.fetch_webhook(webhook_id)
            except discord.HTTPException as exc:
                log.info("webhook %s: cannot tell who made it (%s)", webhook_id, exc.status)
                known = False
            else:
                maker, me = hook.user, self.user
                known = maker is not None and me is not None and maker.id == me.id
            self.own_webhooks[webhook_id] = known
        return known

    @property
    def services(self) -> Services:
        """The services the cogs, buttons and views share, built once in ``setup_hook``."""
        if self._services is None:
            raise RuntimeError("the bot's services are built in setup_hook, which has not run")
        return self._services

    def engine_for(self, guild_id: int | None) -> Engine:
        """The compiled rules that apply in a guild; read per message so a reload takes effect."""
        return self.services.rules.engine_for(guild_id)

    def behaviour_for(self, guild_id: int | None) -> Behaviour:
        """The behaviour rules that apply in a guild, swapped with its engine on a reload."""
        return self.services.rules.behaviour_for(guild_id)

    async def setup_hook(self) -> None:
        """Build the services, add the cogs and sync slash commands: to the dev guild, globally
        only on request."""
        self._services = Services.build(self, self._start_engine)
        await self._services.rules.start()
        self.add_dynamic_items(RestoreButton, PageButton)
        for name in EXTENSIONS:
            await self.load_extension(name)
        self.tree.error(self.on_app_command_error)
        dev_guild = self.config.discord.dev_guild
        if dev_guild is not None:
            guild = discord.Object(dev_guild)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to dev guild %s", len(synced), dev_guild)
        if self.config.discord.sync_global:
            # Processes sharing one database sync one at a time; a later one finds it done.
            async with self.db.held("command-sync"):
                marker = synced_marker(self.config.database)
                await sync_global(self.tree, self.application_id, marker)

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """Sharded: wait for the shard's turn, which the database shares between processes;
        unsharded: discord.py's own pause before a repeated IDENTIFY."""
        if self._pacer is None:
            await super().before_identify_hook(shard_id, initial=initial)
        else:
            await self._pacer.wait_turn(shard_id or 0)

    async def on_app_command_error(
        self, interaction: discord.Interaction[ModBot], error: app_commands.AppCommandError
    ) -> None:
        """Every command failure becomes an ephemeral reply; unexpected ones are logged."""
        if isinstance(error, app_commands.CheckFailure):
            text = str(error) or "You cannot use this command here."
        else:
            log.exception("command %s failed", interaction.command and interaction.command.name)
            text = "Something went wrong; the moderators' log has the details."
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=ECHO_SAFE)
        else:
            await interaction.response.send_message(
                text, ephemeral=True, allowed_mentions=ECHO_SAFE
            )

    async def close(self) -> None:
        """Stop watching the rule files, then disconnect."""
        if self._services is not None:
            await self._services.rules.stop()
        await super().close()

    async def on_ready(self) -> None:
        """One line when the gateway is ready; long-lived start-up objects leave the GC's view."""
        if not self._frozen:
            # Guild caches and compiled rules live for the whole run: freezing them keeps full
            # collections short, which the end-to-end latency benchmark showed as pauses.
            gc.freeze()
            self._frozen = True
        log.info("ready as %s in %d guilds", self.user.id if self.user else "?", len(self.guilds))
