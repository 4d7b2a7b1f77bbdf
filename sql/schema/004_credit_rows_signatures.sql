-- Who is credited where no person is; quarantine that can withhold one author or image row and
-- publish the article without it; signatures that say which tokeniser made them, so an upgrade
-- re-signs the old ones; and stories that count the identical copies they hold.

alter table articles add column if not exists credit varchar;
comment on column articles.credit is 'The organisation credited where no person is (a wire agency, a desk, a publisher''s staff credit), as the page gives it; null where a person is credited (see authors) or nobody is.';
alter table staging.articles add column if not exists credit varchar;

alter table quarantine add column if not exists credit varchar;
comment on column quarantine.credit is 'Organisation credited where no person is, as parsed (see articles.credit).';
alter table quarantine add column if not exists row_table varchar default 'articles';
comment on column quarantine.row_table is 'What was withheld: articles (the whole article was not published), or article_authors / article_images (only the row at position was withheld; the article was published without it).';
alter table quarantine add column if not exists position integer;
comment on column quarantine.position is 'For row_table article_authors or article_images: the withheld row''s position (with article_id, its key in the staged table); null for a whole article.';
comment on table quarantine is 'What a row-level quality rule withheld: whole articles (row_table articles), or single author or image rows whose article was published without them. Article columns as staged, plus which row and why.';

alter table article_signatures add column if not exists signature_version integer default 1;
comment on column article_signatures.signature_version is 'Version of the tokeniser and hashing that made the signature (byline.stories.minhash.SIGNATURE_VERSION); a run re-signs articles signed by an older one.';
comment on column article_signatures.n_shingles is 'Distinct shingles in the normalized body (word shingles; character shingles for scripts written without spaces); turns Jaccard into containment.';

alter table stories add column if not exists n_duplicates integer default 0;
comment on column stories.n_duplicates is 'Articles of the story whose body is identical to an earlier one''s in it: the same page saved again, not another outlet''s copy.';
