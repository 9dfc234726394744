-- Grouping jobs used to be written by a module listener from a stored ArticleIngested event; they are now written
-- in the ingest's own transaction, and no listener takes those events any more. Whatever an earlier version left
-- unfinished (an event not yet completed, so its article has no job) becomes the job it would have written, and
-- the events, which nothing would ever complete, go.
insert into story_grouping_job (article_id)
select a.id
from article a
where not exists (select 1 from story_article sa where sa.article_id = a.id)
on conflict do nothing;

delete from event_publication where listener_id like '%StoryGroupingWorker%';
