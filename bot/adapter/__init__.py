"""The Discord adapter: the only package that imports discord. Events in, actions out."""
