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
            {"filename": a.filename, "url": a.url, "content_type": a.content_type}
            for a in attachments
        ],
        ensure_ascii=False,
    )


def decode_attachments(text: str) -> tuple[Attachment, ...]:
    """Parse an attachments column back into Attachments."""
    items: list[dict[str, Any]] = json.loads(text)
    return tuple(Attachment(i["filename"], i["url"], i.get("content_type")) for i in items)
