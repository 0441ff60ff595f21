"""Cogs: every module here with a ``setup(bot)`` function is loaded as an extension."""
