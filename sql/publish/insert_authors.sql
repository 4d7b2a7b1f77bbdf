-- The batch's credited people, but for the rows the quality gate withheld (they stay in quarantine).
insert into article_authors (article_id, position, name)
select a.article_id, a.position, a.name
from staging.article_authors as a
where a.run_id = $run_id
  and a.article_id in (select article_id from publish_batch)
  and not exists (
      select 1 from quarantine as q
      where q.run_id = $run_id and q.row_table = 'article_authors'
        and q.article_id = a.article_id and q.position = a.position
  )
