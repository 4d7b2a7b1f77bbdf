-- What discovery found for a run: files listed under its sources, and those skipped as unchanged.
update runs set
    n_discovered = $n_discovered,
    n_unchanged = $n_unchanged
where run_id = $run_id
