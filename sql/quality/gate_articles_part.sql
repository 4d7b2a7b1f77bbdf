-- One part of the run's staged articles, as the articles suite checks them row by row.
select * exclude (part_key)
from gate_articles
where part_key % $n_parts = $part
order by article_id, source_path
