-- Peyvand schema 2: the values offered by the list's filters and the form's
-- completion (cities, sources, tags) with how many customers use each, kept
-- by triggers. Computing them with GROUP BY read every customer row: seconds
-- at a million customers, on every start and every form opened.

CREATE TABLE customer_facets (
    facet TEXT    NOT NULL CHECK (facet IN ('city', 'source', 'tag')),
    key   TEXT    NOT NULL,  -- search key: variants of one value share it
    value TEXT    NOT NULL,  -- how it is shown (the first spelling seen)
    n     INTEGER NOT NULL,
    PRIMARY KEY (facet, key)
) STRICT, WITHOUT ROWID;

INSERT INTO customer_facets (facet, key, value, n)
    SELECT 'city', city_key, min(city), count(*) FROM customers WHERE city_key <> '' GROUP BY city_key;
INSERT INTO customer_facets (facet, key, value, n)
    SELECT 'source', source_key, min(source), count(*) FROM customers WHERE source_key <> '' GROUP BY source_key;
INSERT INTO customer_facets (facet, key, value, n)
    SELECT 'tag', tag_key, min(tag), count(*) FROM customer_tags GROUP BY tag_key;

CREATE TRIGGER customer_facets_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_facets (facet, key, value, n)
        SELECT 'city', new.city_key, new.city, 1 WHERE new.city_key <> ''
        ON CONFLICT (facet, key) DO UPDATE SET n = n + 1;
    INSERT INTO customer_facets (facet, key, value, n)
        SELECT 'source', new.source_key, new.source, 1 WHERE new.source_key <> ''
        ON CONFLICT (facet, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER customer_facets_delete AFTER DELETE ON customers BEGIN
    UPDATE customer_facets SET n = n - 1 WHERE facet = 'city' AND key = old.city_key;
    UPDATE customer_facets SET n = n - 1 WHERE facet = 'source' AND key = old.source_key;
    DELETE FROM customer_facets WHERE facet IN ('city', 'source') AND key IN (old.city_key, old.source_key) AND n <= 0;
END;

CREATE TRIGGER customer_facets_city AFTER UPDATE OF city_key ON customers WHEN old.city_key <> new.city_key BEGIN
    UPDATE customer_facets SET n = n - 1 WHERE facet = 'city' AND key = old.city_key;
    DELETE FROM customer_facets WHERE facet = 'city' AND key = old.city_key AND n <= 0;
    INSERT INTO customer_facets (facet, key, value, n)
        SELECT 'city', new.city_key, new.city, 1 WHERE new.city_key <> ''
        ON CONFLICT (facet, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER customer_facets_source AFTER UPDATE OF source_key ON customers WHEN old.source_key <> new.source_key BEGIN
    UPDATE customer_facets SET n = n - 1 WHERE facet = 'source' AND key = old.source_key;
    DELETE FROM customer_facets WHERE facet = 'source' AND key = old.source_key AND n <= 0;
    INSERT INTO customer_facets (facet, key, value, n)
        SELECT 'source', new.source_key, new.source, 1 WHERE new.source_key <> ''
        ON CONFLICT (facet, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER customer_facets_tag_insert AFTER INSERT ON customer_tags BEGIN
    INSERT INTO customer_facets (facet, key, value, n) VALUES ('tag', new.tag_key, new.tag, 1)
        ON CONFLICT (facet, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER customer_facets_tag_delete AFTER DELETE ON customer_tags BEGIN
    UPDATE customer_facets SET n = n - 1 WHERE facet = 'tag' AND key = old.tag_key;
    DELETE FROM customer_facets WHERE facet = 'tag' AND key = old.tag_key AND n <= 0;
END;
