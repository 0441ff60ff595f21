"""Hidden posts: their kept files, how /hidden show shows one, and restoring them."""
