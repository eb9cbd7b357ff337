"""Reading and checking what officers write: site_config/ and the reports, with the problems and stage timings every stage reports into. Imports nothing else of generator."""
