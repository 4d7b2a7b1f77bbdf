-- Source shares for the $top publishers with most articles.
with top as (
    select distinct publisher, publisher_articles
    from report_wire_share
    order by publisher_articles desc, publisher
    limit $top
)

select w.publisher, w.source, w.n_articles::integer as n_articles, w.share
from report_wire_share as w
semi join top using (publisher)
order by w.publisher_articles desc, w.publisher, w.n_articles desc, w.source
