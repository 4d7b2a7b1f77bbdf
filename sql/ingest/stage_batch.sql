-- A batch's parsed articles, credited people and captions into staging.
-- A path staged again (a rerun after a crash, a held run reparsed) replaces what it staged before.
with replaced as (
    select article_id from staging.articles
    where source_path in (select source_path from batch_articles)
       or article_id in (select article_id from batch_articles)
)
delete from staging.article_authors where article_id in (select article_id from replaced);

with replaced as (
    select article_id from staging.articles
    where source_path in (select source_path from batch_articles)
       or article_id in (select article_id from batch_articles)
)
delete from staging.article_images where article_id in (select article_id from replaced);

delete from staging.articles
where source_path in (select source_path from batch_articles)
   or article_id in (select article_id from batch_articles);

insert into staging.articles by name select * from batch_articles;
insert into staging.article_authors by name select * from batch_article_authors;
insert into staging.article_images by name select * from batch_article_images;
