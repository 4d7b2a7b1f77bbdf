-- Articles matching $query, best BM25 score first, with what a result line shows. The score is the
-- fts extension's match_bm25 (k1 = 1.2, b = 0.75, idf with log10), computed from the index tables
-- only for articles holding a query term, instead of calling match_bm25 once per article.
-- The stemmer must be the one the index was built with (sql/search/build_index.sql).
with tokens as (
    select distinct stem(unnest(fts_main_articles.tokenize($query)), 'porter') as term
),

stats as (
    select num_docs, avgdl from fts_main_articles.stats
),

term_tf as (
    select t.docid, t.termid, count(*) as tf
    from fts_main_articles.terms as t
    join fts_main_articles.dict as d using (termid)
    semi join tokens as q on d.term = q.term
    group by t.docid, t.termid
),

scores as (
    select
        tf.docid,
        sum(
            log((s.num_docs - d.df + 0.5) / (d.df + 0.5) + 1)
            * (tf.tf * (1.2 + 1) / (tf.tf + 1.2 * (1 - 0.75 + 0.75 * (docs.len / s.avgdl))))
        ) as score
    from term_tf as tf
    join fts_main_articles.dict as d using (termid)
    join fts_main_articles.docs as docs using (docid)
    cross join stats as s
    group by tf.docid
),

hits as (
    select docs.name as article_id, sc.score
    from scores as sc
    join fts_main_articles.docs as docs using (docid)
    order by sc.score desc, article_id
    limit $limit
)

select
    a.article_id,
    h.score,
    a.title,
    a.publisher,
    coalesce(a.published_date, a.published_at::date) as published_date,
    a.url,
    a.story_id,
    coalesce(a.body, '') as body
from hits as h
join articles as a using (article_id)
order by h.score desc, a.article_id
