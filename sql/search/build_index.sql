-- (Re)build the BM25 full-text index over articles' titles and bodies, in schema fts_main_articles.
-- The title is indexed with the body so a headline's words count; English Porter stemming and
-- stopwords; digits are kept as word characters so "1,200 jobs" and "Selene-1" stay searchable.
pragma create_fts_index(
    'articles', 'article_id', 'title', 'body',
    stemmer = 'porter', stopwords = 'english', ignore = '(\.|[^a-z0-9])+', overwrite = 1
)
