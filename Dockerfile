# syntax=docker/dockerfile:1
# modbot as a non-root process. Nothing private is in the image: the config and the rules are
# mounted (/config/config.yaml, /rules) and the token comes from the environment at run time.
# Build: docker build -t modbot .   Run both shards and PostgreSQL: docker compose up -d

# Wheels for modbot and every dependency (all ship binary wheels for CPython 3.11 on
# x86_64 and aarch64, so no compiler is needed), built from the files pyproject.toml reads.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY bot ./bot
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    MODBOT_CONFIG=/config/config.yaml \
    MODBOT_RULES=/rules
# The wheels are mounted for the install only, so no layer keeps them.
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install --no-cache-dir --no-index /wheels/*.whl
# A fixed UID, so files on mounted volumes have a known owner. /data is the working
# directory: a SQLite database (database: /data/modbot.sqlite3) and the global command-sync
# marker live there.
RUN groupadd --system --gid 10001 modbot \
    && useradd --system --uid 10001 --gid 10001 --home-dir /data --shell /usr/sbin/nologin modbot \
    && mkdir -p /data /config /rules \
    && chown 10001:10001 /data
WORKDIR /data
VOLUME ["/data"]
USER 10001:10001
# No HEALTHCHECK: the bot serves no port and writes no heartbeat, so there is nothing to
# probe; a process that loses Discord reconnects by itself, and one that fails exits (code 2).
# `modbot run` closes the gateway connection and the database on SIGTERM, as on Ctrl-C.
STOPSIGNAL SIGTERM
ENTRYPOINT ["modbot"]
CMD ["run", "--config", "/config/config.yaml"]
