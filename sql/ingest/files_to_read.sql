-- Listed files that need reading: new paths, changed size, mtime or ETag, files no run finished with,
-- files last read by a run that died before publishing (it is undone: see byline.repair),
-- or every file when reparsing ($1: reparse).
with undone_runs as (
    select run_id from runs
    where validation_outcome = 'abandoned' and n_published = 0 and n_quarantined = 0
)
select l.path
from listing as l
left join raw_files as r on r.path = l.path
where $1
   or r.path is null
   or r.size <> l.size
   or r.mtime <> l.mtime
   or r.etag is distinct from l.etag
   or r.status not in ('published', 'duplicate', 'rejected', 'quarantined', 'held', 'archive', 'superseded')
   or r.last_run in (select run_id from undone_runs)
order by l.path
