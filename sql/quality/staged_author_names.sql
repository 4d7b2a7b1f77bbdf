-- Every distinct name credited in the run's staged bylines, to check against the agency list.
select distinct unnest(authors) as name
from staging.articles
where run_id = $run_id
