-- Every expectation's outcome for one run, failures first, for the validation artifact and data docs.
select
    suite,
    expectation,
    level,
    column_name,
    success,
    observed_value,
    element_count,
    unexpected_count,
    unexpected_values
from validation_results
where run_id = $run_id
order by success nulls last, suite, level desc, expectation
