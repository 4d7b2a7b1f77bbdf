-- What the analysts' copy must agree with: run against the pipeline's database and against the copy.
select
    (select count(*) from articles) as articles,
    (select max(ingested_at) from articles) as last_ingested,
    (select count(story_id) from articles) as linked,
    (select count(*) from stories) as stories,
    (select count(*) from quarantine) as quarantined,
    (select count(*) from runs where validation_outcome = 'abandoned') as runs_repaired
