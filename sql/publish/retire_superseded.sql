-- Superseded published articles go with the replaced ones; superseded batch articles are not published.
-- inputs: publish_superseded (select_superseded)
insert into publish_replaced
select article_id from publish_superseded
where article_id not in (select article_id from publish_batch);

delete from publish_batch where article_id in (select article_id from publish_superseded);
