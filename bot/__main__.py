"""Allow ``python -m bot`` as well as the ``modbot`` console script."""

from bot.cli import main

raise SystemExit(main())
