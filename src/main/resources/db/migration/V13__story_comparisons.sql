-- A story's comparison, computed once for one version of the story and of the analyses, by whichever node needs it
-- first; every node reads it from here.
create table story_comparison (
    story_id         bigint primary key references story (id) on delete cascade,
    story_version    bigint      not null,
    analysis_version integer     not null,
    computed_at      timestamptz not null,
    comparison       jsonb       not null
);
