-- inputs: link_batch (article_id), registered by the caller.
-- One page of the batch's articles to sign, in article_id order after $after (keyset paging).
select a.article_id, coalesce(a.domain, a.publisher) as site, coalesce(a.body, '') as body
from articles as a
semi join link_batch using (article_id)
where a.article_id > $after
order by a.article_id
limit $page_size
