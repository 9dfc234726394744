-- Articles an analysis could not handle: what failed, when and how often, per stage (annotation, grouping,
-- comparison) and per version of the analysis that failed. After a few tries the analysis gives the article up:
-- it stays readable, and is shown as not analysed, until a newer analysis version tries again.
create table analysis_failure (
    article_id       bigint      not null references article (id) on delete cascade,
    stage            text        not null,
    analysis_version integer     not null,
    tries            integer     not null,
    last_error       text        not null,
    first_failed_at  timestamptz not null,
    last_failed_at   timestamptz not null,
    retry_after      timestamptz not null,
    primary key (article_id, stage)
);

-- A grouping job whose article failed waits before it is tried again.
alter table story_grouping_job add column not_before timestamptz;
