-- Fill titles and dates from the registered table fills (article_id, title, published_date), never
-- replacing a value the article states itself, and record that they came from the story.
update articles set
    title = coalesce(articles.title, f.title),
    title_source = case when articles.title is null and f.title is not null then 'story' else articles.title_source end,
    published_date = coalesce(articles.published_date, f.published_date),
    date_source = case
        when articles.published_date is null and f.published_date is not null then 'story'
        else articles.date_source
    end
from fills as f
where articles.article_id = f.article_id
