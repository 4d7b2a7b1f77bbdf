-- The articles a run published, the ones linking places in stories.
select article_id
from articles
where run_id = $run_id
