-- The raw files whose articles failed a row-level rule; the reason names the failed rules.
-- A withheld author or image row leaves its file published.
update raw_files
set status = 'quarantined', reason = array_to_string(q.failed_rules, ', '), updated_at = now()
from quarantine as q
where q.run_id = $run_id
  and q.row_table = 'articles'
  and raw_files.path = q.source_path
