-- Core tables: the files byline has seen, its runs, what it rejected, and the published articles.
-- Published tables live in schema main; each run's parsed batch waits in schema staging
-- until the quality gate lets it through.

create table if not exists raw_files (
    path varchar primary key,
    size bigint not null,
    mtime timestamptz not null,
    sha256 varchar,
    format varchar,
    status varchar not null,
    reason varchar,
    article_id varchar,
    duplicate_of varchar,
    first_seen_run varchar not null,
    last_run varchar not null,
    updated_at timestamptz not null
);
comment on table raw_files is 'Every raw file byline has seen, one row per path, with what became of it.';
comment on column raw_files.path is 'Absolute path or URL of the raw file.';
comment on column raw_files.size is 'Size in bytes when last read.';
comment on column raw_files.mtime is 'Modification time when last read; with size, decides whether the file changed.';
comment on column raw_files.sha256 is 'SHA-256 of the file''s bytes as stored (before gunzip); null when the file was refused unread.';
comment on column raw_files.format is 'Detected format: text or html; null when rejected before detection.';
comment on column raw_files.status is 'published, duplicate, rejected, quarantined, staged (waiting for the gate) or held (batch failed the gate).';
comment on column raw_files.reason is 'Why the file was rejected, quarantined or held; null otherwise.';
comment on column raw_files.article_id is 'The article this file became (see articles.article_id).';
comment on column raw_files.duplicate_of is 'For status duplicate: the path that first had the same bytes.';
comment on column raw_files.first_seen_run is 'run_id of the run that first saw this path.';
comment on column raw_files.last_run is 'run_id of the run that last read this file.';
comment on column raw_files.updated_at is 'When this row last changed.';

create table if not exists runs (
    run_id varchar primary key,
    flow_run_id varchar,
    started_at timestamptz not null,
    finished_at timestamptz,
    n_discovered bigint default 0,
    n_unchanged bigint default 0,
    n_parsed bigint default 0,
    n_duplicate bigint default 0,
    n_rejected bigint default 0,
    n_quarantined bigint default 0,
    n_published bigint default 0,
    validation_outcome varchar,
    message varchar
);
comment on table runs is 'One row per ingest run, with counts for each outcome and the quality gate''s verdict.';
comment on column runs.run_id is 'byline''s id for the run; every row a run writes carries it.';
comment on column runs.flow_run_id is 'Prefect flow run id, to find the run''s logs and artifacts in the Prefect UI.';
comment on column runs.started_at is 'When the run started.';
comment on column runs.finished_at is 'When the run finished; null while running or if it died.';
comment on column runs.n_discovered is 'Files found under the sources.';
comment on column runs.n_unchanged is 'Files skipped because they were already processed with the same size and mtime.';
comment on column runs.n_parsed is 'Files parsed into an article and staged.';
comment on column runs.n_duplicate is 'Files whose bytes were already seen under another path.';
comment on column runs.n_rejected is 'Files that could not become an article (see rejects).';
comment on column runs.n_quarantined is 'Articles that failed a row-level quality rule (see quarantine).';
comment on column runs.n_published is 'Articles published to the articles table.';
comment on column runs.validation_outcome is 'passed, failed (batch held back), forced, nothing_to_validate, or null if the run died first.';
comment on column runs.message is 'Human-readable note on the outcome, e.g. the failed batch rule and its observed value.';

create table if not exists rejects (
    file varchar not null,
    stage varchar not null,
    reason varchar not null,
    detail varchar,
    run_id varchar not null,
    sha256 varchar,
    rejected_at timestamptz not null
);
comment on table rejects is 'Raw files that could not become an article, with the reason. One row per file and run.';
comment on column rejects.file is 'Path of the raw file.';
comment on column rejects.stage is 'Pipeline stage that rejected it: discover (refused unread), read or parse.';
comment on column rejects.reason is 'Stable reason code: empty, binary, undecodable, too_large, corrupt_gzip, no_article, unsupported_format, unreadable, outside_root, parse_error.';
comment on column rejects.detail is 'Human-readable explanation.';
comment on column rejects.run_id is 'The run that rejected it.';
comment on column rejects.sha256 is 'SHA-256 of the bytes rejected, when they could be read.';
comment on column rejects.rejected_at is 'When it was rejected.';

create table if not exists articles (
    article_id varchar primary key,
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
    run_id varchar,
    ingested_at timestamptz
);
comment on table articles is 'Published articles: one row per raw file that parsed and passed the quality gate.';
comment on column articles.article_id is 'Stable id: the first 16 hex digits of the SHA-256 of the raw file''s bytes.';
comment on column articles.title is 'Headline, without site name or section.';
comment on column articles.title_source is 'Where the title came from: text (first line), url (the URL slug), story (a syndicated sibling), or an HTML source such as jsonld, og, h1.';
comment on column articles.authors is 'People credited in the byline, in order; agencies go to agency, never here.';
comment on column articles.published_at is 'Publication time, when the source gives a time; times without a zone are read as UTC.';
comment on column articles.published_date is 'Publication day as the source states it (local to the source, not converted to UTC).';
comment on column articles.date_source is 'Where the date came from, e.g. text:published, jsonld, meta, url, story.';
comment on column articles.url is 'Canonical source URL.';
comment on column articles.domain is 'Registered domain of url, e.g. nationalpost.com.';
comment on column articles.publisher is 'Outlet that published this copy, e.g. National Post.';
comment on column articles.dateline is 'Dateline place, e.g. BEIJING, as printed.';
comment on column articles.agency is 'Wire agency the story comes from (AP, Reuters, AFP, ...), null for staff copy.';
comment on column articles.language is 'ISO 639-1 language code of the body, detected.';
comment on column articles.body is 'Main text with boilerplate and captions removed; paragraphs separated by blank lines.';
comment on column articles.word_count is 'Words in body.';
comment on column articles.reading_minutes is 'Reading time stated by the source page, in minutes; null when not stated.';
comment on column articles.source_path is 'Path of the raw file it was parsed from.';
comment on column articles.content_sha256 is 'SHA-256 of the raw file''s bytes.';
comment on column articles.parser_version is 'Version of byline''s parser that produced the row; reparse with byline ingest --reparse.';
comment on column articles.run_id is 'Run that published it (see runs).';
comment on column articles.ingested_at is 'When it was published.';

create table if not exists article_authors (
    article_id varchar not null,
    position integer not null,
    name varchar not null,
    primary key (article_id, position)
);
comment on table article_authors is 'One row per credited person per article, for joins and counts; mirrors articles.authors.';
comment on column article_authors.article_id is 'See articles.article_id.';
comment on column article_authors.position is 'Order in the byline, from 1.';
comment on column article_authors.name is 'The person''s name as credited, cleaned of By, titles and roles.';

create table if not exists article_images (
    article_id varchar not null,
    position integer not null,
    caption varchar not null,
    credit varchar,
    primary key (article_id, position)
);
comment on table article_images is 'Photo captions taken out of article bodies, with their credits.';
comment on column article_images.article_id is 'See articles.article_id.';
comment on column article_images.position is 'Order in the article, from 1.';
comment on column article_images.caption is 'Caption text without the credit.';
comment on column article_images.credit is 'Photo credit, e.g. Lian Yi / The Associated Press; null when none was printed.';

-- Staging: the same shapes plus run_id, filled per batch, audited, then published or kept for inspection.
create schema if not exists staging;
create table if not exists staging.articles as select * from articles limit 0;
create table if not exists staging.article_authors as select *, ''::varchar as run_id from article_authors limit 0;
create table if not exists staging.article_images as select *, ''::varchar as run_id from article_images limit 0;
