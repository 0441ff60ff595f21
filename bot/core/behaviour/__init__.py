"""Behaviour rules: rates per author, links, invites, files, who posts and raids, decided
from plain events with the time they carry (no clock reads, no I/O)."""
