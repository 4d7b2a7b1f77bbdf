-- Paths that already own the bytes of a batch's files ($1: statuses that own their bytes).
select sha256, path
from raw_files
where sha256 in (select sha256 from batch_hashes)
  and list_contains($1, status)
