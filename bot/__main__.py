"""Allow ``python -m bot`` as well as the ``modbot`` console script."""

from bot.cli.main import main

raise SystemExit(main())
