"""Learned scorer models shipped as JSON (see bot/core/scorer.py)."""
