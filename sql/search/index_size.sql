-- How many articles the full-text index covers, and how many are published; null when no index exists.
select
    (select count(*) from fts_main_articles.docs) as indexed,
    (select count(*) from articles) as published
