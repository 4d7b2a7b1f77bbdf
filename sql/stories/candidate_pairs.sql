-- inputs: link_batch (article_id), registered by the caller.
-- Candidate near-duplicate pairs for the batch's articles: pairs sharing an LSH bucket, scored by
-- their estimated Jaccard similarity. Buckets holding more than $max_bucket articles (shared page
-- clutter, stock paragraphs) are skipped, so cost grows with the batch, not the corpus squared.
-- Signatures of different versions tokenise differently and are never compared.
with batch_bands as (
    select b.article_id, b.band, b.bucket
    from story_lsh_bands as b
    semi join link_batch using (article_id)
),

open_buckets as (
    select o.band, o.bucket
    from story_lsh_bands as o
    semi join batch_bands as k on o.band = k.band and o.bucket = k.bucket
    group by o.band, o.bucket
    having count(*) <= $max_bucket
),

pairs as (
    select distinct
        least(k.article_id, o.article_id) as a,
        greatest(k.article_id, o.article_id) as b
    from batch_bands as k
    join open_buckets using (band, bucket)
    join story_lsh_bands as o
        on o.band = k.band and o.bucket = k.bucket and o.article_id <> k.article_id
),

scored as (
    select
        p.a,
        p.b,
        list_sum(list_transform(list_zip(sa.minhash, sb.minhash), lambda x: (x[1] = x[2])::int))
            / len(sa.minhash) as jaccard,
        sa.n_shingles as n_a,
        sb.n_shingles as n_b,
        date_diff(
            'day',
            coalesce(aa.published_date, aa.published_at::date),
            coalesce(ab.published_date, ab.published_at::date)
        ) as days_apart
    from pairs as p
    join article_signatures as sa on sa.article_id = p.a
    join article_signatures as sb on sb.article_id = p.b and sb.signature_version = sa.signature_version
    join articles as aa on aa.article_id = p.a
    join articles as ab on ab.article_id = p.b
)

select a, b, jaccard, n_a, n_b, days_apart from scored order by a, b
