-- Vigil: on H2 and PostgreSQL, V6 makes the bodies of aggregates that grow with the office large
-- objects. SQLite's TEXT has no length limit below its one-gigabyte value limit, and SQLite cannot
-- alter a column's type, so on SQLite this version changes nothing.

SELECT 1;
