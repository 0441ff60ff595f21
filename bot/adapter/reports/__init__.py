"""Members' reports: filing them, the moderators' queue cards and their actions, /reports."""
