-- Answers: what share of each publisher's articles comes from each wire agency, and how much is its own?
-- One row per publisher and source: an agency (AP, Reuters, ...) or 'staff' for copy without one.
create or replace view report_wire_share as
with sourced as (
    select
        coalesce(publisher, domain, 'unknown') as publisher,
        coalesce(agency, 'staff') as source
    from articles
),

counted as (
    select publisher, source, count(*) as n_articles
    from sourced
    group by publisher, source
),

shared as (
    select
        publisher,
        source,
        n_articles,
        sum(n_articles) over (partition by publisher) as publisher_articles,
        n_articles / sum(n_articles) over (partition by publisher) as share
    from counted
)

select publisher, source, source <> 'staff' as is_wire, n_articles, publisher_articles, share
from shared
order by publisher_articles desc, publisher, n_articles desc, source;
