-- The raw files (archive records) whose page was crawled again later with another body.
-- inputs: publish_superseded (select_superseded)
update raw_files
set status = 'superseded', superseded_by = s.superseded_by, reason = null, updated_at = now()
from publish_superseded as s
where raw_files.path = s.source_path
