"""`python -m scraper` runs the `jobs` command line."""

from scraper.cli import main

main()
