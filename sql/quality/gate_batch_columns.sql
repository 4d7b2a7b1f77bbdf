-- Every staged article of the run, narrowed to the flags the batch rules judge as shares.
select has_date, has_title
from gate_articles
