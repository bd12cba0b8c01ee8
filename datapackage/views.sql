-- DuckDB views over the Parquet files of this package.
-- Run from the package folder:  duckdb -c ".read views.sql"  or, in Python,
--   con = duckdb.connect(); con.execute(open("views.sql").read())

CREATE OR REPLACE VIEW sources AS SELECT * FROM read_parquet('data/sources.parquet');
CREATE OR REPLACE VIEW actors AS SELECT * FROM read_parquet('data/actors.parquet');
CREATE OR REPLACE VIEW mentions AS SELECT * FROM read_parquet('data/mentions.parquet');
CREATE OR REPLACE VIEW events AS SELECT * FROM read_parquet('data/events.parquet');
CREATE OR REPLACE VIEW claims AS SELECT * FROM read_parquet('data/claims.parquet');
