-- The raw files whose articles went live.
update raw_files
set status = 'published', reason = null, updated_at = now()
where path in (select source_path from publish_batch)
