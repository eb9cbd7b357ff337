"""`council-archive new`: the next report of a portfolio drafted from its latest one, for an officer to fill in. May import model and content."""
