"""The PostgreSQL server the tests use (``make test`` starts one): its URL and fresh schemas."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
import pytest

__all__ = ["URL_ENV", "postgres_schema", "server_url"]

URL_ENV = "MODBOT_TEST_DATABASE_URL"


def server_url() -> str:
    """The test server's URL, or skip the test where none runs (as the storage tests are)."""
    url = os.environ.get(URL_ENV)
    if not url:
        pytest.skip(f"{URL_ENV} is not set (make test and .ci/with-postgres start a server)")
    return url


@asynccontextmanager
async def postgres_schema(url: str) -> AsyncIterator[str]:
    """A new schema on the server at ``url``, dropped on the way out; the URL that uses it."""
    schema = f"test_{uuid.uuid4().hex}"
    admin = await asyncpg.connect(url)
    try:
        await admin.execute(f"CREATE SCHEMA {schema}")
        separator = "&" if "?" in url else "?"
        yield f"{url}{separator}search_path={schema}"
    finally:
        await admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        await admin.close()
