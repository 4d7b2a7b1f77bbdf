-- Open a run ($1: run_id, $2: Prefect flow run id).
insert into runs (run_id, flow_run_id, started_at) values ($1, $2, now());
