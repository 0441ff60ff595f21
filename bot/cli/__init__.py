"""The command line: `modbot check`, `scan`, `run`, `db` and the rest."""
