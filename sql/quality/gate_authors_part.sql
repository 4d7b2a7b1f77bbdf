-- One part of the run's staged author rows, as the article_authors suite checks them row by row.
select * exclude (part_key)
from gate_authors
where part_key % $n_parts = $part
order by article_id, position
