"""The rules in force: reloading them while the bot runs, and the /rules commands."""
