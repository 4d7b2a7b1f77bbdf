-- A sample of one run's quarantine and why, for the data docs: whole articles first, then single
-- author or image rows, whose rules name the row withheld, e.g. caption_not_empty (article_images 2).
select
    article_id,
    title,
    source_path,
    case
        when row_table = 'articles' then failed_rules
        else list_transform(failed_rules, lambda r: r || ' (' || row_table || ' ' || position || ')')
    end as failed_rules,
    failures::varchar as failures
from quarantine
where run_id = $run_id
order by row_table <> 'articles', article_id, position
limit $n_rows
