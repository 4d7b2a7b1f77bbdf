-- Articles per day for the $top publishers with most articles; the rest summed as 'Other'.
with totals as (
    select publisher, sum(n_articles) as total
    from report_articles_per_publisher_day
    group by publisher
),

top as (
    select publisher from totals order by total desc, publisher limit $top
)

select
    d.day,
    case when t.publisher is null then 'Other' else d.publisher end as publisher,
    sum(d.n_articles)::integer as n_articles
from report_articles_per_publisher_day as d
left join top as t using (publisher)
group by all
order by d.day, publisher
