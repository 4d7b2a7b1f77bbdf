-- Who published a held run after review, and when (byline ingest --force-publish, or the
-- publish-held-run deployment).
alter table runs add column if not exists forced_by varchar;
alter table runs add column if not exists forced_at timestamptz;
comment on column runs.forced_by is 'For a held run published after review (outcome forced): who published it, as given to publish-held-run.';
comment on column runs.forced_at is 'For a held run published after review: when it was published.';
