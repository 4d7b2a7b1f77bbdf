-- Reasons a file is refused or rejected, now that hostile input is recorded instead of crashing a
-- run, and what a run killed part-way is marked once the next run repaired it.
comment on column rejects.stage is 'Pipeline stage that rejected it: discover (refused unread), read or parse.';
comment on column rejects.reason is 'Stable reason code: empty, binary, undecodable, too_large, too_complex, timeout, corrupt_gzip, no_article, unsupported_format, unreadable, outside_root, broken_symlink, not_a_regular_file, bad_manifest, parse_error.';
comment on column runs.validation_outcome is 'passed, failed (batch held back), forced, nothing_to_validate, abandoned (the run died; the next run repaired what it left, see message), or null while running.';
