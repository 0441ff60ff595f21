"""modbot: moderates Discord text and Forum channels against a community's guidelines."""

__version__ = "0.1.0"
