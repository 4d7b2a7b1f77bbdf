-- Stories: articles that are copies or light edits of one story share a story_id.
-- Each published article keeps a MinHash signature and its LSH band keys, so a new batch is
-- matched against everything published so far by a join on (band, bucket).

alter table articles add column if not exists story_id varchar;
comment on column articles.story_id is 'Story this article belongs to (see stories); null until stories are linked.';

create table if not exists article_signatures (
    article_id varchar primary key,
    n_shingles integer not null,
    minhash uinteger[] not null,
    run_id varchar,
    signed_at timestamptz not null
);
comment on table article_signatures is 'MinHash signature of each published article''s body, for near-duplicate detection.';
comment on column article_signatures.article_id is 'See articles.article_id.';
comment on column article_signatures.n_shingles is 'Distinct word shingles in the normalized body; turns Jaccard into containment.';
comment on column article_signatures.minhash is 'MinHash values, one per permutation; equal positions estimate Jaccard similarity.';
comment on column article_signatures.run_id is 'Run whose articles were being linked when the signature was computed.';
comment on column article_signatures.signed_at is 'When the signature was computed.';

create table if not exists story_lsh_bands (
    article_id varchar not null,
    band smallint not null,
    bucket bigint not null
);
comment on table story_lsh_bands is 'LSH band keys: two articles sharing a (band, bucket) are candidate near-duplicates.';
comment on column story_lsh_bands.article_id is 'See articles.article_id.';
comment on column story_lsh_bands.band is 'Band number, from 0.';
comment on column story_lsh_bands.bucket is 'Hash of the band''s MinHash values.';

create table if not exists stories (
    story_id varchar primary key,
    headline varchar,
    first_published_at timestamptz,
    n_articles integer not null,
    n_publishers integer not null,
    agencies varchar[],
    article_ids varchar[] not null,
    updated_at timestamptz not null
);
comment on table stories is 'One row per story: a group of articles that are copies or light edits of each other.';
comment on column stories.story_id is 'Stable id: ''st_'' and the smallest article_id of the articles that founded the story.';
comment on column stories.headline is 'Headline of its earliest titled copy.';
comment on column stories.first_published_at is 'Earliest publication time (or day, at midnight UTC) among its articles.';
comment on column stories.n_articles is 'Articles in the story.';
comment on column stories.n_publishers is 'Distinct outlets that carried it.';
comment on column stories.agencies is 'Wire agencies credited by its articles, sorted.';
comment on column stories.article_ids is 'Its articles in order of publication (undated last).';
comment on column stories.updated_at is 'When this row was last rebuilt.';
