"""What residents read: page and file kinds (kinds/), templates, charts, assets and the HTML they render. May import model and content."""
