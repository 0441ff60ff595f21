"""Add cases in an endless concurrent burst, printing each id once its commit returned.

Run as ``python -m tests.storage.burst DATABASE`` (a file or URL); the kill -9 test kills it
mid-burst.
"""

from __future__ import annotations

import asyncio
import sys

from bot.storage import Database
from tests.storage.conftest import warning


async def writer(db: Database, minutes: int) -> None:
    """Add cases forever, printing each committed id."""
    while True:
        case = await db.cases.add(warning(minutes))
        print(case.id, flush=True)


async def main(path: str) -> None:
    """Open the database and run a few writers at once until killed."""
    db = await Database.open(path)
    await asyncio.gather(*(writer(db, n) for n in range(8)))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
