-- Record every expectation's outcome; `gate_results` is the registered table of this run's outcomes.
insert into validation_results
select
    $run_id as run_id,
    suite,
    expectation,
    expectation_type,
    level,
    column_name,
    success,
    observed_value,
    element_count,
    unexpected_count,
    unexpected_values,
    evaluated_at
from gate_results
