-- Copy what failed a row-level rule into quarantine, with why: whole articles, and single author or
-- image rows (their article's columns come along, to read the row in context).
-- `gate_failures` is the registered table (row_table, article_id, position, failed_rules, failures)
-- of this run's failures.
insert into quarantine by name
select
    s.article_id, s.title, s.title_source, s.authors, s.credit, s.published_at, s.published_date,
    s.date_source, s.url, s.domain, s.publisher, s.dateline, s.agency, s.language, s.body,
    s.word_count, s.reading_minutes, s.source_path, s.content_sha256, s.parser_version,
    s.run_id, s.ingested_at,
    f.row_table,
    f.position,
    f.failed_rules,
    f.failures::json as failures,
    now() as quarantined_at
from staging.articles as s
join gate_failures as f on f.article_id = s.article_id
where s.run_id = $run_id
