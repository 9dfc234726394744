-- Bumped in the transaction of every change to a story's articles or title: what is computed from a story
-- (comparisons, questions, cached pages) is keyed on it.
alter table story add column version bigint not null default 1;

-- Articles waiting to be grouped into stories. The node that holds the grouping lock claims them in batches and
-- deletes them in the transaction that groups them, so each is grouped once, by one node, or not at all.
create table story_grouping_job (
    article_id bigint primary key,
    queued_at  timestamptz not null default now()
);

insert into story_grouping_job (article_id)
select a.id from article a where not exists (select 1 from story_article sa where sa.article_id = a.id);
