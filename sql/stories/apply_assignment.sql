-- Write story ids: registered tables assigned (article_id, story_id) and merged (old_story_id, story_id).
update articles set story_id = m.story_id
from merged as m
where articles.story_id = m.old_story_id;
update articles set story_id = s.story_id
from assigned as s
where articles.article_id = s.article_id and articles.story_id is distinct from s.story_id;
