-- How many of the run's articles share their story with at least one other article.
select count(*)
from articles as a
join stories as s using (story_id)
where a.run_id = $run_id
  and s.n_articles > 1
