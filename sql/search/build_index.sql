-- (Re)build the BM25 full-text index over articles' titles and bodies, in schema fts_main_articles.
-- The title is indexed with the body so a headline's words count; stemming is English Porter.
pragma create_fts_index('articles', 'article_id', 'title', 'body', stemmer = 'porter', stopwords = 'english', overwrite = 1)
