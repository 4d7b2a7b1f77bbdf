-- Headline numbers for the report page.
select
    (select count(*) from articles) as articles,
    (select count(distinct coalesce(publisher, domain)) from articles) as publishers,
    (select count(*) from stories where n_publishers > 1) as shared_stories,
    (select count(*) from runs) as runs,
    (select min(coalesce(published_date, published_at::date)) from articles) as first_day,
    (select max(coalesce(published_date, published_at::date)) from articles) as last_day
