-- DuckDB views over the Parquet files of this package.
-- Run from the package folder:  duckdb -c ".read views.sql"  or, in Python,
--   con = duckdb.connect(); con.execute(open("views.sql").read())

CREATE OR REPLACE VIEW sources AS SELECT * FROM read_parquet('data/sources.parquet');
CREATE OR REPLACE VIEW actors AS SELECT * FROM read_parquet('data/actors.parquet');
CREATE OR REPLACE VIEW mentions AS SELECT * FROM read_parquet('data/mentions.parquet');
CREATE OR REPLACE VIEW events AS SELECT * FROM read_parquet('data/events.parquet');
CREATE OR REPLACE VIEW claims AS SELECT * FROM read_parquet('data/claims.parquet');
CREATE OR REPLACE VIEW incidents AS SELECT * FROM read_parquet('data/incidents.parquet');
CREATE OR REPLACE VIEW incidents_named AS SELECT i.incident_id, i.event_type, i.event_mode, a.name AS actor, t.name AS target, i.location, i.date_start, i.date_end, i.date_precision, i.modality, i.fatalities_low, i.fatalities_high, i.fatalities_best, i.report_count, i.source_count, i.anchor_event_id FROM incidents i LEFT JOIN actors a ON a.actor_id = i.actor_id LEFT JOIN actors t ON t.actor_id = i.target_actor_id;
