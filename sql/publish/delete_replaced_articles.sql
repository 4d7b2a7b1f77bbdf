delete from articles where article_id in (select article_id from publish_replaced)
