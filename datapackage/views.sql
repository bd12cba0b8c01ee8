-- DuckDB views over the Parquet files of this package.
-- Run from the package folder:  duckdb -c ".read views.sql"  or, in Python,
--   con = duckdb.connect(); con.execute(open("views.sql").read())

CREATE OR REPLACE VIEW sources AS SELECT * FROM read_parquet('data/sources.parquet');
CREATE OR REPLACE VIEW actors AS SELECT * FROM read_parquet('data/actors.parquet');
CREATE OR REPLACE VIEW mentions AS SELECT * FROM read_parquet('data/mentions.parquet');
CREATE OR REPLACE VIEW events AS SELECT * FROM read_parquet('data/events.parquet');
CREATE OR REPLACE VIEW claims AS SELECT * FROM read_parquet('data/claims.parquet');
CREATE OR REPLACE VIEW incidents AS SELECT * FROM read_parquet('data/incidents.parquet');
CREATE OR REPLACE VIEW claim_links AS SELECT * FROM read_parquet('data/claim_links.parquet');
CREATE OR REPLACE VIEW corrections AS SELECT * FROM read_parquet('data/corrections.parquet');
CREATE OR REPLACE VIEW event_types AS SELECT * FROM read_parquet('data/event_types.parquet');
CREATE OR REPLACE VIEW event_modes AS SELECT * FROM read_parquet('data/event_modes.parquet');
CREATE OR REPLACE VIEW actor_types AS SELECT * FROM read_parquet('data/actor_types.parquet');
CREATE OR REPLACE VIEW modalities AS SELECT * FROM read_parquet('data/modalities.parquet');
CREATE OR REPLACE VIEW quote_types AS SELECT * FROM read_parquet('data/quote_types.parquet');
CREATE OR REPLACE VIEW date_precisions AS SELECT * FROM read_parquet('data/date_precisions.parquet');

-- The same tables with names and labels joined in for every foreign key.

CREATE OR REPLACE VIEW actors_named AS
SELECT t.* EXCLUDE (row_in_table),
       j0.label AS actor_type_label
FROM (SELECT *, row_number() OVER () AS row_in_table FROM actors) t
LEFT JOIN actor_types j0 ON j0.actor_type = t.actor_type
ORDER BY t.row_in_table;

CREATE OR REPLACE VIEW mentions_named AS
SELECT t.* EXCLUDE (row_in_table),
       j0.title AS source_title,
       j1.name AS actor_name
FROM (SELECT *, row_number() OVER () AS row_in_table FROM mentions) t
LEFT JOIN sources j0 ON j0.source_id = t.source_id
LEFT JOIN actors j1 ON j1.actor_id = t.actor_id
ORDER BY t.row_in_table;

CREATE OR REPLACE VIEW events_named AS
SELECT t.* EXCLUDE (row_in_table),
       j0.title AS source_title,
       j1.name AS actor_name,
       j2.name AS target_actor_name,
       j4.label AS event_type_label,
       j5.label AS event_mode_label,
       j6.label AS modality_label,
       j7.label AS date_precision_label
FROM (SELECT *, row_number() OVER () AS row_in_table FROM events) t
LEFT JOIN sources j0 ON j0.source_id = t.source_id
LEFT JOIN actors j1 ON j1.actor_id = t.actor_id
LEFT JOIN actors j2 ON j2.actor_id = t.target_actor_id
LEFT JOIN event_types j4 ON j4.event_type = t.event_type
LEFT JOIN event_modes j5 ON j5.event_mode = t.event_mode
LEFT JOIN modalities j6 ON j6.modality = t.modality
LEFT JOIN date_precisions j7 ON j7.date_precision = t.date_precision
ORDER BY t.row_in_table;

CREATE OR REPLACE VIEW claims_named AS
SELECT t.* EXCLUDE (row_in_table),
       j0.title AS source_title,
       j1.name AS claimant_actor_name,
       j2.name AS subject_actor_name,
       j3.name AS via_actor_name,
       j4.label AS quote_type_label
FROM (SELECT *, row_number() OVER () AS row_in_table FROM claims) t
LEFT JOIN sources j0 ON j0.source_id = t.source_id
LEFT JOIN actors j1 ON j1.actor_id = t.claimant_actor_id
LEFT JOIN actors j2 ON j2.actor_id = t.subject_actor_id
LEFT JOIN actors j3 ON j3.actor_id = t.via_actor_id
LEFT JOIN quote_types j4 ON j4.quote_type = t.quote_type
ORDER BY t.row_in_table;

CREATE OR REPLACE VIEW incidents_named AS
SELECT t.* EXCLUDE (row_in_table),
       j0.name AS actor_name,
       j1.name AS target_actor_name,
       j3.label AS event_type_label,
       j4.label AS event_mode_label,
       j5.label AS modality_label,
       j6.label AS date_precision_label
FROM (SELECT *, row_number() OVER () AS row_in_table FROM incidents) t
LEFT JOIN actors j0 ON j0.actor_id = t.actor_id
LEFT JOIN actors j1 ON j1.actor_id = t.target_actor_id
LEFT JOIN event_types j3 ON j3.event_type = t.event_type
LEFT JOIN event_modes j4 ON j4.event_mode = t.event_mode
LEFT JOIN modalities j5 ON j5.modality = t.modality
LEFT JOIN date_precisions j6 ON j6.date_precision = t.date_precision
ORDER BY t.row_in_table;
