-- Stories are listed newest first, and the collection's version reads the latest change: both walk this index.
create index story_updated_at on story (updated_at desc, id desc);
