"""Checking messages and carrying out verdicts, and the moderators' look-up commands."""
