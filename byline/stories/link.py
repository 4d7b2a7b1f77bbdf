"""Link one run's published articles into stories, in the database.

Sign the run's articles page by page (memory stays bounded), find candidates by joining their
LSH band keys with every signed article, keep the pairs that are one story, group them, fill
missing titles and dates from siblings, and rebuild the touched stories rows.

Articles signed by an older SIGNATURE_VERSION (a database from before an upgrade) are signed again
and linked with the run's own, up to RESIGN_PER_RUN a run, so an upgrade needs no separate step.
"""

from __future__ import annotations

from concurrent.futures import Executor
from dataclasses import dataclass

import duckdb
import numpy as np
import pyarrow as pa

from byline.kill_points import kill_point
from byline.store import registered, run, transaction
from byline.stories.cluster import PairScore, assign_stories, same_story
from byline.stories.fill import fill_date, fill_title
from byline.stories.minhash import (
    BANDS,
    NUM_PERM,
    SIGNATURE_VERSION,
    Signature,
    band_keys_of,
    signature,
    without_lines,
)

PAGE_SIZE = 2000  # bodies signed and saved per statement; larger pages cost fewer statements
SIGN_CHUNK = 100  # bodies sent to a pool worker at once
MAX_BUCKET = 200  # a bucket shared by more articles than this is boilerplate, not a story
TEMPLATE_MIN_ARTICLES = 3  # a line on this many pages of one site is the site's template
TEMPLATE_RECENT = 500  # pages per site read to find template lines
# Sites searched for template lines per query. The search's grouping does not spill to disk, so the
# query's memory follows the text it reads: at most 50 x TEMPLATE_RECENT pages, about 125 MB at 5 KB a
# page, where a 256 MB DuckDB limit was measured to hold about 170 MB of lines. Not bounded per batch,
# a run of a crawl archive touching thousands of sites would run out of memory.
TEMPLATE_SITES_PER_QUERY = 50
RESIGN_PER_RUN = 50_000  # older signatures renewed by one run: an upgrade spreads over runs, not one long one


@dataclass(frozen=True, slots=True)
class LinkResult:
    signed: int  # articles signed: the run's, and older-version signatures renewed
    linked: int  # articles of the run that share a story with at least one other article
    duplicates: int  # articles of the run whose body repeats another article's of their story word for word
    stories: int  # stories created or changed
    dates_filled: int
    titles_filled: int


def sign_batch(
    con: duckdb.DuckDBPyConnection, run_id: str, pool: Executor | None = None, page_size: int = PAGE_SIZE
) -> int:
    """Compute and store signatures and band keys for the articles of the registered link_batch.

    Lines a site repeats across its pages are left out first: two different stories from one
    outlet must not look alike because both carry its subscription pitch. Given a process pool,
    the signatures are computed in it. Returns how many articles were signed.
    """
    template = template_lines(con)
    after, total = "", 0
    while True:
        rows = run(con, "stories/batch_bodies", {"after": after, "page_size": page_size}).fetchall()
        if not rows:
            return total
        ids = [article_id for article_id, _, _ in rows]
        texts = [without_lines(body, template.get(site, frozenset())) for _, site, body in rows]
        sigs = list(pool.map(signature, texts, chunksize=SIGN_CHUNK) if pool else map(signature, texts))
        minhashes = np.stack([sig.minhash for sig in sigs])
        with registered(
            con,
            new_signatures=_signature_table(ids, sigs, minhashes, run_id),
            new_bands=_band_table(ids, minhashes),
        ):
            run(con, "stories/save_signatures")
        total += len(rows)
        after = ids[-1]


def _signature_table(ids: list[str], sigs: list[Signature], minhashes: np.ndarray, run_id: str) -> pa.Table:
    offsets = np.arange(0, minhashes.size + 1, NUM_PERM, dtype=np.int32)
    return pa.table(
        {
            "article_id": ids,
            "n_shingles": pa.array([sig.n_shingles for sig in sigs], pa.int32()),
            "minhash": pa.ListArray.from_arrays(offsets, pa.array(minhashes.ravel(), pa.uint32())),
            "run_id": pa.repeat(run_id, len(ids)),
            "signature_version": pa.repeat(pa.scalar(SIGNATURE_VERSION, pa.int32()), len(ids)),
        }
    )


def _band_table(ids: list[str], minhashes: np.ndarray) -> pa.Table:
    """One row per article and band, article by article."""
    return pa.table(
        {
            "article_id": pa.array(ids).take(np.repeat(np.arange(len(ids)), BANDS)),
            "band": pa.array(np.tile(np.arange(BANDS, dtype=np.int16), len(ids))),
            "bucket": pa.array(band_keys_of(minhashes).ravel()),
        }
    )


def template_lines(con: duckdb.DuckDBPyConnection) -> dict[str, frozenset[str]]:
    """Per site of the registered link_batch, the lines its page template repeats."""
    params = {"min_articles": TEMPLATE_MIN_ARTICLES, "recent": TEMPLATE_RECENT}
    sites = [site for (site,) in run(con, "stories/batch_sites").fetchall()]
    by_site: dict[str, set[str]] = {}
    for start in range(0, len(sites), TEMPLATE_SITES_PER_QUERY):
        some = pa.table({"site": pa.array(sites[start : start + TEMPLATE_SITES_PER_QUERY], pa.string())})
        with registered(con, template_sites=some):
            for site, line in run(con, "stories/template_lines", params).fetchall():
                by_site.setdefault(site, set()).add(line)
    return {site: frozenset(lines) for site, lines in by_site.items()}


def candidate_scores(con: duckdb.DuckDBPyConnection) -> list[PairScore]:
    """Scored candidate pairs of the registered link_batch's articles with every signed article."""
    rows = run(con, "stories/candidate_pairs", {"max_bucket": MAX_BUCKET}).fetchall()
    return [PairScore.of(a, b, float(j), n_a, n_b, days) for a, b, j, n_a, n_b, days in rows]


def link_run(con: duckdb.DuckDBPyConnection, run_id: str, pool: Executor | None = None) -> LinkResult:
    """Sign and link the run's articles, with any whose signature an upgrade made stale."""
    params = {"run_id": run_id, "version": SIGNATURE_VERSION, "limit": RESIGN_PER_RUN}
    batch = [article_id for (article_id,) in run(con, "stories/articles_to_link", params).fetchall()]
    with registered(con, link_batch=pa.table({"article_id": pa.array(batch, pa.string())})):
        signed = sign_batch(con, run_id, pool)
        kill_point("link-stories")  # signed, not yet linked
        touched, dates, titles = _link_batch(con, batch)
    linked, duplicates = run(con, "stories/count_linked", {"run_id": run_id}).fetchone()
    return LinkResult(signed, int(linked), int(duplicates), touched, dates, titles)


def _link_batch(con: duckdb.DuckDBPyConnection, batch: list[str]) -> tuple[int, int, int]:
    """Group the signed link_batch into stories; returns stories touched, dates and titles filled."""
    in_batch = set(batch)
    edges = [(s.a, s.b) for s in candidate_scores(con) if same_story(s)]
    nodes = sorted(in_batch | {x for edge in edges for x in edge})
    with registered(con, story_nodes=pa.table({"article_id": pa.array(nodes, pa.string())})):
        existing = dict(run(con, "stories/current_stories").fetchall())
    # A batch article's old story (it was published before) is rebuilt, but must not pull it back.
    left = {v for k, v in existing.items() if k in in_batch and v}
    left |= {r[0] for r in run(con, "stories/stories_of_batch").fetchall()}
    existing = {k: v for k, v in existing.items() if k not in in_batch}
    assignment = assign_stories(batch, edges, existing)

    touched = sorted(set(assignment.story_of.values()) | set(assignment.merged) | left)
    assigned = pa.table(
        {"article_id": list(assignment.story_of), "story_id": list(assignment.story_of.values())},
        schema=pa.schema([("article_id", pa.string()), ("story_id", pa.string())]),
    )
    merged = pa.table(
        {"old_story_id": list(assignment.merged), "story_id": list(assignment.merged.values())},
        schema=pa.schema([("old_story_id", pa.string()), ("story_id", pa.string())]),
    )
    touched_stories = pa.table({"story_id": touched}, schema=pa.schema([("story_id", pa.string())]))
    with registered(con, assigned=assigned, merged=merged, touched_stories=touched_stories), transaction(con):
        run(con, "stories/apply_assignment")
        dates, titles = _fill_from_siblings(con)
        run(con, "stories/refresh_stories")
    return len(touched), dates, titles


def _fill_from_siblings(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """Fill gaps in the touched stories (registered as touched_stories); returns dates, titles filled."""
    ids, titles, days = [], [], []
    for article_id, body, title, own_day, sibling_titles, sibling_days in run(
        con, "stories/fill_candidates"
    ).fetchall():
        new_title = fill_title(title, sibling_titles or [])
        new_day = fill_date(body, own_day, sibling_days or [])
        if new_title or new_day:
            ids.append(article_id)
            titles.append(new_title)
            days.append(new_day)
    if ids:
        fills = pa.table(
            {
                "article_id": ids,
                "title": pa.array(titles, pa.string()),
                "published_date": pa.array(days, pa.date32()),
            }
        )
        with registered(con, fills=fills):
            run(con, "stories/apply_fills")
    return sum(d is not None for d in days), sum(t is not None for t in titles)
