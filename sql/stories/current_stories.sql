-- The story each article in the registered table story_nodes (article_id) belongs to now.
select a.article_id, a.story_id
from articles as a
semi join story_nodes using (article_id)
