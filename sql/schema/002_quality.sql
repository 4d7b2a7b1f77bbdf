-- The quality gate's records: articles held out of `articles` by a row-level rule, and the
-- outcome of every expectation of every run.

create table if not exists quarantine (
    article_id varchar not null,
    title varchar,
    title_source varchar,
    authors varchar[],
    published_at timestamptz,
    published_date date,
    date_source varchar,
    url varchar,
    domain varchar,
    publisher varchar,
    dateline varchar,
    agency varchar,
    language varchar,
    body varchar,
    word_count integer,
    reading_minutes integer,
    source_path varchar,
    content_sha256 varchar,
    parser_version varchar,
    run_id varchar not null,
    ingested_at timestamptz,
    failed_rules varchar[] not null,
    failures json not null,
    quarantined_at timestamptz not null
);
comment on table quarantine is 'Articles that parsed but failed a row-level quality rule, so they were not published. Same columns as articles, plus why.';
comment on column quarantine.article_id is 'See articles.article_id.';
comment on column quarantine.title is 'Headline as parsed (see articles.title).';
comment on column quarantine.title_source is 'Where the title came from (see articles.title_source).';
comment on column quarantine.authors is 'People credited in the byline, as parsed (see articles.authors).';
comment on column quarantine.published_at is 'Publication time as parsed (see articles.published_at).';
comment on column quarantine.published_date is 'Publication day as parsed (see articles.published_date).';
comment on column quarantine.date_source is 'Where the date came from (see articles.date_source).';
comment on column quarantine.url is 'Source URL as parsed (see articles.url).';
comment on column quarantine.domain is 'Registered domain of url.';
comment on column quarantine.publisher is 'Outlet that published this copy.';
comment on column quarantine.dateline is 'Dateline place as printed.';
comment on column quarantine.agency is 'Wire agency, null for staff copy.';
comment on column quarantine.language is 'Detected ISO 639-1 language code of the body.';
comment on column quarantine.body is 'Main text as parsed.';
comment on column quarantine.word_count is 'Words in body, as counted by the parser.';
comment on column quarantine.reading_minutes is 'Reading time stated by the source page, in minutes.';
comment on column quarantine.source_path is 'Path of the raw file it was parsed from; its raw_files row has status quarantined.';
comment on column quarantine.content_sha256 is 'SHA-256 of the raw file''s bytes.';
comment on column quarantine.parser_version is 'Version of byline''s parser that produced the row.';
comment on column quarantine.run_id is 'The run whose quality gate quarantined it (see runs).';
comment on column quarantine.ingested_at is 'When the parser staged it, if recorded.';
comment on column quarantine.failed_rules is 'Names of the failed expectations, as in expectations/*.json and validation_results.expectation.';
comment on column quarantine.failures is 'For each failed expectation, the row''s observed values, e.g. [{"rule": "published_not_in_future", "observed": {"published_date": "2031-01-01"}}].';
comment on column quarantine.quarantined_at is 'When the quality gate quarantined it.';

create table if not exists validation_results (
    run_id varchar not null,
    suite varchar not null,
    expectation varchar not null,
    expectation_type varchar not null,
    level varchar not null,
    column_name varchar,
    success boolean,
    observed_value varchar,
    element_count bigint,
    unexpected_count bigint,
    unexpected_values varchar[],
    evaluated_at timestamptz not null
);
comment on table validation_results is 'Outcome of every expectation of every run''s quality gate, one row per run and expectation.';
comment on column validation_results.run_id is 'The run validated (see runs).';
comment on column validation_results.suite is 'Suite the expectation belongs to: articles, article_authors, article_images (one file each in expectations/) or runs.';
comment on column validation_results.expectation is 'Stable name of the expectation, e.g. body_min_words; the same name in expectations/*.json and quarantine.failed_rules.';
comment on column validation_results.expectation_type is 'Great Expectations type, e.g. expect_column_values_to_be_between.';
comment on column validation_results.level is 'row: failing rows are quarantined; batch: failing holds back the whole run.';
comment on column validation_results.column_name is 'Column the expectation looks at; helper columns such as body_words are computed from the staged rows.';
comment on column validation_results.success is 'True when met, false when not, null when skipped (batch rules on runs too small to judge).';
comment on column validation_results.observed_value is 'What was observed: for rules on rows, the share of rows meeting the rule (0 to 1); for aggregate rules, the aggregate; for skipped rules, why.';
comment on column validation_results.element_count is 'Rows the expectation looked at.';
comment on column validation_results.unexpected_count is 'Rows that did not meet it.';
comment on column validation_results.unexpected_values is 'Up to 10 of the values that did not meet it, as text.';
comment on column validation_results.evaluated_at is 'When the expectation was evaluated.';
