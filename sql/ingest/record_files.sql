-- The file ledger: what became of each file of a batch ($1: run_id).
merge into raw_files as r
using batch_files as b
on r.path = b.path
when matched then update set
    size = b.size, mtime = b.mtime, etag = b.etag, sha256 = b.sha256, format = b.format, status = b.status,
    reason = b.reason, article_id = b.article_id, duplicate_of = b.duplicate_of, superseded_by = null,
    last_run = $1, updated_at = now()
when not matched then insert (
    path, size, mtime, etag, sha256, format, status, reason, article_id, duplicate_of, first_seen_run, last_run, updated_at
) values (
    b.path, b.size, b.mtime, b.etag, b.sha256, b.format, b.status, b.reason, b.article_id, b.duplicate_of, $1, $1, now()
);
