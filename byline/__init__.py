"""byline: raw news-article files to a validated DuckDB database.

The package is the pure domain: parsing, identity, dedup and storage helpers.
It never imports Prefect; the orchestration lives in `tasks/` and `flows/`.
"""

__version__ = "0.1.0"
