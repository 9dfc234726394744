-- Articles waiting for their annotation, written in the ingest's own transaction and deleted with the annotation
-- that is stored for them. Annotation claims work from here (and from annotations of an older annotator, through
-- their version index) instead of looking for articles without an annotation, which reads every article's row
-- once most are annotated: a backlog of thousands made each claim a scan of them all.
create table annotation_job (
    article_id bigint primary key references article (id) on delete cascade,
    queued_at  timestamptz not null default now()
);

insert into annotation_job (article_id)
select a.id from article a where not exists (select 1 from article_annotation n where n.article_id = a.id);
