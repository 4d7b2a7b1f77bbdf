-- Published articles the batch replaces: the same bytes (a reparse) or the same path (a changed file).
create or replace temp table publish_replaced as
select a.article_id
from articles as a
where a.article_id in (select article_id from publish_batch)
   or a.source_path in (select source_path from publish_batch)
