-- The words articles use as names are indexed with each article (search reads them from the index as soon as the
-- article is searchable); the table the annotations filled is no longer read or written.
drop table if exists name_word;
