-- Store (or replace) the signatures and LSH band keys held in the registered tables new_signatures
-- (article_id, n_shingles, minhash, run_id, signature_version) and new_bands (article_id, band, bucket).
delete from article_signatures where article_id in (select article_id from new_signatures);
insert into article_signatures (article_id, n_shingles, minhash, run_id, signature_version, signed_at)
select article_id, n_shingles, minhash, run_id, signature_version, now() from new_signatures;
delete from story_lsh_bands where article_id in (select article_id from new_signatures);
insert into story_lsh_bands (article_id, band, bucket)
select article_id, band, bucket from new_bands;
