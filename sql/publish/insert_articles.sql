-- Publish the batch's articles, stamped with the time they went live. By name: articles has
-- columns staging does not (story_id, filled in when stories are linked). `authors` leaves out the
-- names whose author row the quality gate withheld, so it keeps mirroring article_authors.
insert into articles by name
with withheld as (
    select article_id, list(position) as positions
    from quarantine
    where run_id = $run_id and row_table = 'article_authors'
    group by article_id
)

select s.* replace (
    now() as ingested_at,
    case
        when w.positions is null then s.authors
        else list_filter(s.authors, lambda name, i: not list_contains(w.positions, i))
    end as authors
)
from staging.articles as s
left join withheld as w on w.article_id = s.article_id
where s.run_id = $run_id
  and s.article_id in (select article_id from publish_batch)
