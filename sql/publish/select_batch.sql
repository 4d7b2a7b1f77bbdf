-- The run's staged articles that passed the row-level rules: what this publish writes.
-- An article with only an author or image row withheld is published (without that row).
create or replace temp table publish_batch as
select s.article_id, s.source_path
from staging.articles as s
where s.run_id = $run_id
  and s.article_id not in (
      select q.article_id from quarantine as q where q.run_id = $run_id and q.row_table = 'articles'
  )
