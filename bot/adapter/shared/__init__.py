"""What several features use: the moderator gate, translation to core posts, texts, links."""
