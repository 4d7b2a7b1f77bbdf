-- Which of the tables analysts read exist in this database, and every view (the reports), with comments.
select table_name as name, 'table' as kind, comment
from duckdb_tables()
where database_name = current_database() and schema_name = 'main' and table_name in $names
union all
select view_name as name, 'view' as kind, comment
from duckdb_views()
where database_name = current_database() and schema_name = 'main' and not internal
order by kind, name
