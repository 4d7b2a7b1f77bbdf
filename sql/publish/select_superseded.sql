-- Pages crawled again with another body: among the batch's articles and the published ones that
-- share a URL, only the latest fetch stays; the others are superseded by it. Only fetched pages
-- (archive records) take part: plain files have no fetch time to order them by.
-- inputs: publish_batch, publish_replaced (created by select_batch and select_replaced)
create or replace temp table publish_superseded as
with batch as (
    select s.article_id, s.source_path, s.url, s.fetched_at
    from staging.articles as s
    where s.run_id = $run_id
      and s.fetched_at is not null
      and s.url is not null
      and s.article_id in (select article_id from publish_batch)
),

published as (
    select a.article_id, a.source_path, a.url, a.fetched_at
    from articles as a
    where a.fetched_at is not null
      and a.url in (select url from batch)
      and a.article_id not in (select article_id from publish_replaced)
),

ranked as (
    select
        *,
        first_value(source_path) over (partition by url order by fetched_at desc, source_path desc) as latest
    from (select * from batch union all select * from published)
)

select article_id, source_path, latest as superseded_by
from ranked
where source_path <> latest
