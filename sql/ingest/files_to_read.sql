-- Listed files that need reading: new paths, changed size, mtime or ETag, files no run finished
-- with, or every file when reparsing ($1: reparse).
select l.path
from listing as l
left join raw_files as r on r.path = l.path
where $1
   or r.path is null
   or r.size <> l.size
   or r.mtime <> l.mtime
   or r.etag is distinct from l.etag
   or r.status not in ('published', 'duplicate', 'rejected', 'quarantined', 'held', 'archive', 'superseded')
order by l.path
