"""What residents read: page and file kinds (kinds/) and their parts (parts/), the one Jinja environment, open-data rows, charts, templates and assets. May import model and content."""
