"""The guild the fake serves: a news site's server with text, forum and moderation channels."""

from __future__ import annotations

from dataclasses import dataclass

from tests.fakediscord import payloads
from tests.fakediscord.state import DiscordState

__all__ = [
    "BOT_PERMISSIONS",
    "EVERYONE_PERMISSIONS",
    "MODERATOR_PERMISSIONS",
    "Server",
    "World",
    "seed_server",
    "seed_world",
]

EVERYONE_PERMISSIONS = (
    1 << 6  # add reactions
    | 1 << 10  # view channel
    | 1 << 11  # send messages
    | 1 << 14  # embed links
    | 1 << 15  # attach files
    | 1 << 16  # read message history
    | 1 << 31  # use application commands
    | 1 << 35  # create public threads
    | 1 << 38  # send messages in threads
)
MODERATOR_PERMISSIONS = (
    EVERYONE_PERMISSIONS
    | 1 << 13  # manage messages
    | 1 << 34  # manage threads
    | 1 << 40  # moderate members
)
BOT_PERMISSIONS = MODERATOR_PERMISSIONS | 1 << 29  # manage webhooks


@dataclass(frozen=True, slots=True)
class World:
    """The ids of the seeded objects, as ints like discord.py exposes them."""

    application_id: int
    bot_id: int
    guild_id: int
    owner_id: int
    member_id: int
    moderator_id: int
    everyone_role_id: int
    moderator_role_id: int
    bot_role_id: int
    category_id: int
    general_id: int
    mod_queue_id: int
    mod_log_id: int
    forum_id: int
    forum_tag_id: int
    thread_id: int

    @property
    def thread_starter_id(self) -> int:
        """Return the forum post's starter message id, which Discord makes equal to the thread's."""
        return self.thread_id


def seed_world(state: DiscordState, bot_name: str = "modbot") -> World:
    """Fill ``state`` with one guild, its roles, members and channels, and return their ids."""
    bot_id = state.add_user(bot_name, bot=True)
    owner_id = state.add_user("owner")
    member_id = state.add_user("alice")
    moderator_id = state.add_user("mod")
    guild_id = state.add_guild("The Daily Fake", owner_id, bot_id, EVERYONE_PERMISSIONS)
    moderator_role_id = state.add_role(guild_id, "Moderator", MODERATOR_PERMISSIONS)
    bot_role_id = state.add_role(guild_id, bot_name, BOT_PERMISSIONS, bot_id=bot_id)
    state.add_member(guild_id, owner_id, [])
    state.add_member(guild_id, member_id, [])
    state.add_member(guild_id, moderator_id, [moderator_role_id])
    state.add_member(guild_id, bot_id, [bot_role_id])
    category_id = state.add_channel(payloads.category_channel(state.new_id(), guild_id, "News"))
    general_id = _text(state, guild_id, "general", category_id, 1)
    mod_queue_id = _text(state, guild_id, "mod-queue", None, 3)
    mod_log_id = _text(state, guild_id, "mod-log", None, 4)
    tag = payloads.forum_tag(state.new_id(), "Politics")
    forum = payloads.forum_channel(
        state.new_id(), guild_id, "comments", tags=[tag], parent_id=category_id, position=2
    )
    forum_id = state.add_channel(forum)
    thread_id = _forum_post(state, guild_id, forum_id, member_id, [tag["id"]])
    return World(
        application_id=int(bot_id),
        bot_id=int(bot_id),
        guild_id=int(guild_id),
        owner_id=int(owner_id),
        member_id=int(member_id),
        moderator_id=int(moderator_id),
        everyone_role_id=int(guild_id),
        moderator_role_id=int(moderator_role_id),
        bot_role_id=int(bot_role_id),
        category_id=int(category_id),
        general_id=int(general_id),
        mod_queue_id=int(mod_queue_id),
        mod_log_id=int(mod_log_id),
        forum_id=int(forum_id),
        forum_tag_id=int(tag["id"]),
        thread_id=int(thread_id),
    )


@dataclass(frozen=True, slots=True)
class Server:
    """The ids of a further guild: the world's users as members, a moderator role, channels."""

    guild_id: int
    moderator_role_id: int
    general_id: int
    mod_queue_id: int
    mod_log_id: int


def seed_server(
    state: DiscordState, world: World, name: str, shard: tuple[int, int] | None = None
) -> Server:
    """Add a guild with the world's owner, member, moderator and bot, and three text channels.

    ``shard`` (id, count) gives it an id that shard serves.
    """
    bot_id, owner_id = str(world.bot_id), str(world.owner_id)
    guild_id = state.add_guild(name, owner_id, bot_id, EVERYONE_PERMISSIONS, shard)
    moderator_role_id = state.add_role(guild_id, "Moderator", MODERATOR_PERMISSIONS)
    bot_role_id = state.add_role(guild_id, "modbot", BOT_PERMISSIONS, bot_id=bot_id)
    state.add_member(guild_id, owner_id, [])
    state.add_member(guild_id, world.member_id, [])
    state.add_member(guild_id, world.moderator_id, [moderator_role_id])
    state.add_member(guild_id, bot_id, [bot_role_id])
    return Server(
        guild_id=int(guild_id),
        moderator_role_id=int(moderator_role_id),
        general_id=int(_text(state, guild_id, "general", None, 1)),
        mod_queue_id=int(_text(state, guild_id, "mod-queue", None, 2)),
        mod_log_id=int(_text(state, guild_id, "mod-log", None, 3)),
    )


def _text(
    state: DiscordState, guild_id: str, name: str, parent_id: str | None, position: int
) -> str:
    """Add a text channel and return its id."""
    channel = payloads.text_channel(
        state.new_id(), guild_id, name, parent_id=parent_id, position=position
    )
    return state.add_channel(channel)


def _forum_post(
    state: DiscordState, guild_id: str, forum_id: str, author_id: str, tags: list[str]
) -> str:
    """Add an active forum thread and its starter message (same id) and return the id."""
    thread = payloads.thread(
        state.new_id(),
        guild_id,
        forum_id,
        author_id,
        "Council approves new bridge",
        applied_tags=tags,
    )
    thread_id = state.add_channel(thread)
    state.new_message(thread_id, state.user(author_id), "The vote passed 7-2.", id=thread_id)
    state.channel(forum_id)["last_message_id"] = thread_id
    return thread_id
