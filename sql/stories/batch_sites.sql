-- inputs: link_batch (article_id), registered by the caller.
-- The sites (domain, else publisher) of the batch's articles, whose page templates are looked for.
select distinct coalesce(a.domain, a.publisher) as site
from articles as a
semi join link_batch using (article_id)
where coalesce(a.domain, a.publisher) is not null
order by site
