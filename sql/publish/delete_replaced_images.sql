delete from article_images where article_id in (select article_id from publish_replaced)
