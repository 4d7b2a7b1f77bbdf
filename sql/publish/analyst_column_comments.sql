-- Column comments of the tables analysts read, to carry over into their copy.
select table_name, column_name, comment
from duckdb_columns()
where database_name = current_database() and schema_name = 'main'
  and table_name in $names and comment is not null
order by table_name, column_index
