"""Long answers as pages of embeds, with Previous/Next buttons only the invoker can press."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import discord

from bot.adapter.shared.notices import ECHO_SAFE

__all__ = ["DESCRIPTION_LIMIT", "Paginator", "embed_pages", "send_pages"]

log = logging.getLogger(__name__)

DESCRIPTION_LIMIT = 4096
# An interaction's token lasts 15 minutes; the buttons must stop working before it does.
DEFAULT_TIMEOUT = 600.0


def embed_pages(
    title: str,
    lines: Sequence[str],
    *,
    per_page: int = 10,
    header: str = "",
    empty: str = "Nothing to show.",
    colour: discord.Colour | None = None,
) -> list[discord.Embed]:
    """Split lines into embeds of at most ``per_page`` lines, each under Discord's limit.

    ``header`` opens every page. Each page's footer says ``Page i/n`` when there are several.
    """
    chunks: list[list[str]] = []
    room = DESCRIPTION_LIMIT - len(header) - 2
    for line in lines or [empty]:
        line = line[:room]
        current = chunks[-1] if chunks else None
        size = sum(len(x) + 1 for x in current) if current else 0
        if current is None or len(current) >= per_page or size + len(line) > room:
            chunks.append([line])
        else:
            current.append(line)
    pages = []
    for chunk in chunks:
        body = "\n".join(chunk)
        embed = discord.Embed(
            title=title, description=f"{header}\n\n{body}" if header else body, colour=colour
        )
        pages.append(embed)
    if len(pages) > 1:
        for number, embed in enumerate(pages, start=1):
            embed.set_footer(text=f"Page {number}/{len(pages)}")
    return pages


class Paginator(discord.ui.View):
    """Page through embeds; only ``owner_id`` may press, and the buttons stop after a timeout."""

    def __init__(
        self,
        pages: Sequence[discord.Embed],
        *,
        owner_id: int,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if not pages:
            raise ValueError("a paginator needs at least one page")
        super().__init__(timeout=timeout)
        self.pages = list(pages)
        self.owner_id = owner_id
        self.index = 0
        self.interaction: discord.Interaction[Any] | None = None
        self._sync_buttons()

    @property
    def page(self) -> discord.Embed:
        """The page shown now."""
        return self.pages[self.index]

    def _sync_buttons(self) -> None:
        """Disable Previous on the first page and Next on the last."""
        self.previous_page.disabled = self.index == 0
        self.next_page.disabled = self.index == len(self.pages) - 1

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        """Let only the moderator who asked turn the pages; tell anyone else privately."""
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "Only the moderator who ran this command can turn its pages.",
            ephemeral=True,
            allowed_mentions=ECHO_SAFE,
        )
        return False

    async def _show(self, interaction: discord.Interaction[Any], index: int) -> None:
        """Show page ``index`` in place of the current one."""
        self.index = max(0, min(index, len(self.pages) - 1))
        self._sync_buttons()
        await interaction.response.edit_message(
            embed=self.page, view=self, allowed_mentions=ECHO_SAFE
        )

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous_page(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Paginator]
    ) -> None:
        """Go back one page."""
        await self._show(interaction, self.index - 1)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next_page(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Paginator]
    ) -> None:
        """Go forward one page."""
        await self._show(interaction, self.index + 1)

    async def on_timeout(self) -> None:
        """Grey the buttons out once nobody can press them any more."""
        self.previous_page.disabled = self.next_page.disabled = True
        if self.interaction is None:
            return
        try:
            await self.interaction.edit_original_response(view=self)
        except discord.HTTPException as exc:
            log.info("paginator: could not disable the buttons: %s", exc.status)


async def send_pages(
    interaction: discord.Interaction[Any],
    pages: Sequence[discord.Embed],
    *,
    ephemeral: bool = True,
    idle_seconds: float = DEFAULT_TIMEOUT,
) -> Paginator | None:
    """Answer with the first page (buttons only if there are more); works deferred or not.

    Returns the paginator, or None when one page needed no buttons.
    """
    view = Paginator(pages, owner_id=interaction.user.id, timeout=idle_seconds)
    if len(view.pages) == 1:
        view.stop()
        if interaction.response.is_done():
            await interaction.edit_original_response(embed=view.page, allowed_mentions=ECHO_SAFE)
        else:
            await interaction.response.send_message(
                embed=view.page, ephemeral=ephemeral, allowed_mentions=ECHO_SAFE
            )
        return None
    view.interaction = interaction
    if interaction.response.is_done():
        await interaction.edit_original_response(
            embed=view.page, view=view, allowed_mentions=ECHO_SAFE
        )
    else:
        await interaction.response.send_message(
            embed=view.page, view=view, ephemeral=ephemeral, allowed_mentions=ECHO_SAFE
        )
    return view
