-- The $top stories carried by most outlets.
select story_id, headline, first_published_at::date as first_day, n_publishers, n_articles, agencies, outlets
from report_top_stories
order by story_rank, first_published_at desc nulls last, story_id
limit $top
