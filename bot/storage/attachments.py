"""Attachments in a JSON text column, shared by hidden-post copies and report snapshots."""

from __future__ import annotations

import json
from typing import Any

from bot.core.cases import Attachment

__all__ = ["decode_attachments", "encode_attachments"]


def encode_attachments(attachments: tuple[Attachment, ...]) -> str:
    """Serialise attachments as a JSON array of objects."""
    return json.dumps(
        [
            {
                "filename": a.filename,
                "url": a.url,
                "content_type": a.content_type,
                "size": a.size,
                "kept": a.kept,
            }
            for a in attachments
        ],
        ensure_ascii=False,
    )


def decode_attachments(text: str) -> tuple[Attachment, ...]:
    """Parse an attachments column back into Attachments (rows before schema 5 lack size)."""
    items: list[dict[str, Any]] = json.loads(text)
    return tuple(
        Attachment(
            i["filename"], i["url"], i.get("content_type"), i.get("size", 0), i.get("kept", False)
        )
        for i in items
    )
