"""`council-archive import`: a council's PDF, DOCX, ODT, HTML and text reports read into draft reports (read -> normalise -> find -> draft, walked by batch). May import content and model."""
