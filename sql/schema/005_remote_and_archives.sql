-- Object storage and crawl archives as sources.
-- raw_files keeps each object's ETag beside size and modification time, so a re-run over an
-- unchanged bucket reads nothing; an archive's records are raw files of their own, named
-- <archive>#<offset>. Articles keep the time their page was fetched.

alter table raw_files add column if not exists etag varchar;
alter table raw_files add column if not exists superseded_by varchar;
comment on column raw_files.etag is 'Object-store ETag when listed from a bucket (with size and mtime, decides whether the object changed); null for local files.';
comment on column raw_files.superseded_by is 'For status superseded: the record of the same URL crawled later with another body, which replaced this one.';
comment on column raw_files.status is 'published, duplicate, rejected, quarantined, staged (waiting for the gate), held (batch failed the gate), archive (a WARC file whose records are rows of their own), or superseded (the same URL was crawled later with another body).';
comment on column raw_files.path is 'Absolute path or URL of the raw file; an archive record is <archive>#<byte offset of the record>.';

alter table articles add column if not exists fetched_at timestamptz;
alter table staging.articles add column if not exists fetched_at timestamptz;
comment on column articles.fetched_at is 'When a crawler fetched the page (WARC-Date of its archive record); null for plain files. A published date after it is dropped as impossible.';

create table if not exists archives (
    path varchar primary key,
    run_id varchar not null,
    n_records bigint not null,
    n_articles bigint not null,
    n_requests bigint not null,
    n_metadata bigint not null,
    n_non_200 bigint not null,
    n_non_html bigint not null,
    n_other bigint not null,
    damaged_at bigint,
    read_at timestamptz not null
);
comment on table archives is 'One row per WARC archive read: what its records were. Its HTML responses are raw_files rows named <archive>#<offset>.';
comment on column archives.path is 'Path or URL of the archive (see raw_files.path).';
comment on column archives.run_id is 'The run that last read the archive.';
comment on column archives.n_records is 'Records read before the end of the archive or the damage.';
comment on column archives.n_articles is 'HTTP 200 responses with an HTML payload: each one became a raw_files row.';
comment on column archives.n_requests is 'request records (what the crawler sent), counted, not read.';
comment on column archives.n_metadata is 'warcinfo and metadata records, counted, not read.';
comment on column archives.n_non_200 is 'Responses with a status other than 200 (redirects, errors), counted, not read.';
comment on column archives.n_non_html is 'Responses whose payload is not HTML (images, scripts, PDFs), counted, not read.';
comment on column archives.n_other is 'Other records (revisit, resource, conversion, continuation), counted, not read.';
comment on column archives.damaged_at is 'Where reading stopped: the offset of the record cut short, or of the last record read whole before a corrupt stretch; null when read to its end.';
comment on column archives.read_at is 'When it was last read.';
