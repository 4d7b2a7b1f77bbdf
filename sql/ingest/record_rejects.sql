-- A batch's rejected files, with their reasons ($1: run_id).
insert into rejects (file, stage, reason, detail, run_id, sha256, rejected_at)
select file, stage, reason, detail, $1, sha256, now()
from batch_rejects;
