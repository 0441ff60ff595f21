"""Long answers as pages of embeds, with Previous/Next buttons only the invoker can press.

The buttons are dynamic items found by custom id, and a paged answer is kept in this process's
``OpenPages`` before it is sent: a click is answered even if it comes before discord.py has
stored the view, and a click on an answer this process no longer holds (a restart, or after
its timeout) is told the list has expired instead of failing silently.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import discord

from bot.adapter.shared.notices import ECHO_SAFE

if TYPE_CHECKING:
    from bot.adapter.client import ModBot

__all__ = ["DESCRIPTION_LIMIT", "OpenPages", "PageButton", "Paginator", "embed_pages", "send_pages"]

log = logging.getLogger(__name__)

DESCRIPTION_LIMIT = 4096
# An interaction's token lasts 15 minutes; the buttons must stop working before it does, so
# the timeout counts from the answer, not from the last click.
DEFAULT_TIMEOUT = 600.0
PAGE_TEMPLATE = r"modbot:page:(?P<key>[0-9]{1,20}):(?P<step>previous|next)"
NOT_OWNER = "Only the moderator who ran this command can turn its pages."
EXPIRED = "This list has expired; run the command again to page through it."


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


class OpenPages:
    """The paged answers this process can still turn, by the id of the command's interaction."""

    def __init__(self) -> None:
        self._open: dict[int, Paginator] = {}

    def add(self, view: Paginator) -> None:
        """Hold ``view`` until it stops."""
        self._open[view.key] = view

    def get(self, key: int) -> Paginator | None:
        """The paged answer ``key``, if this process still holds it."""
        return self._open.get(key)

    def drop(self, key: int) -> None:
        """Forget a paged answer whose buttons no longer work."""
        self._open.pop(key, None)


class PageButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=PAGE_TEMPLATE):
    """Previous or Next on a paged answer, found by custom id whichever view sent it."""

    def __init__(self, key: int, step: str, *, disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label=step.capitalize(),
                style=discord.ButtonStyle.secondary,
                custom_id=f"modbot:page:{key}:{step}",
                disabled=disabled,
            )
        )
        self.key = key
        self.step = step

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> PageButton:
        """Rebuild the button from its custom id."""
        return cls(int(match["key"]), match["step"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Turn the page for its owner; anyone else, or a click on an expired list, is told."""
        bot: ModBot = interaction.client
        view = bot.services.pages.get(self.key)
        if view is None:
            problem = EXPIRED
        elif interaction.user.id != view.owner_id:
            problem = NOT_OWNER
        else:
            await view.show(interaction, view.index + (1 if self.step == "next" else -1))
            return
        await interaction.response.send_message(problem, ephemeral=True, allowed_mentions=ECHO_SAFE)


class Paginator(discord.ui.View):
    """Page through embeds; only ``owner_id`` may press, and the buttons stop after a timeout."""

    def __init__(
        self,
        pages: Sequence[discord.Embed],
        *,
        key: int,
        owner_id: int,
        open_pages: OpenPages,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if not pages:
            raise ValueError("a paginator needs at least one page")
        super().__init__(timeout=timeout)
        self.pages = list(pages)
        self.key = key
        self.owner_id = owner_id
        self.index = 0
        self.interaction: discord.Interaction[Any] | None = None
        self._open_pages = open_pages
        self._sync_buttons()

    @property
    def page(self) -> discord.Embed:
        """The page shown now."""
        return self.pages[self.index]

    def _sync_buttons(self, *, expired: bool = False) -> None:
        """Previous and Next, disabled on the first and last page and once expired."""
        self.clear_items()
        last = len(self.pages) - 1
        self.add_item(PageButton(self.key, "previous", disabled=expired or self.index == 0))
        self.add_item(PageButton(self.key, "next", disabled=expired or self.index == last))

    async def show(self, interaction: discord.Interaction[Any], index: int) -> None:
        """Show page ``index`` in place of the current one."""
        self.index = max(0, min(index, len(self.pages) - 1))
        self._sync_buttons()
        await interaction.response.edit_message(
            embed=self.page, view=self, allowed_mentions=ECHO_SAFE
        )

    async def on_timeout(self) -> None:
        """Grey the buttons out once nobody can press them any more."""
        self._open_pages.drop(self.key)
        self._sync_buttons(expired=True)
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
    if len(pages) == 1:
        if interaction.response.is_done():
            await interaction.edit_original_response(embed=pages[0], allowed_mentions=ECHO_SAFE)
        else:
            await interaction.response.send_message(
                embed=pages[0], ephemeral=ephemeral, allowed_mentions=ECHO_SAFE
            )
        return None
    bot: ModBot = interaction.client
    view = Paginator(
        pages,
        key=interaction.id,
        owner_id=interaction.user.id,
        open_pages=bot.services.pages,
        timeout=idle_seconds,
    )
    view.interaction = interaction
    bot.services.pages.add(view)
    try:
        if interaction.response.is_done():
            await interaction.edit_original_response(
                embed=view.page, view=view, allowed_mentions=ECHO_SAFE
            )
        else:
            await interaction.response.send_message(
                embed=view.page, view=view, ephemeral=ephemeral, allowed_mentions=ECHO_SAFE
            )
    except discord.HTTPException:
        # Never shown, so never timed out: let it go now rather than hold it for good.
        bot.services.pages.drop(view.key)
        view.stop()
        raise
    return view
