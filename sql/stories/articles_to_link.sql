-- The articles a link step signs and places in stories: those run $run_id published, and up to
-- $limit others whose stored signature an older tokeniser made (signature_version < $version).
select article_id
from articles
where run_id = $run_id
union
(
    select s.article_id
    from article_signatures as s
    semi join articles as a using (article_id)
    where s.signature_version < $version
    order by s.article_id
    limit $limit
)
order by article_id
