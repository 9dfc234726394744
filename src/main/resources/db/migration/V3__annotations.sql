-- Each article annotated once (sentences, tokens, names, figures, quotes), by the annotator version that made it.
create table article_annotation (
    article_id   bigint primary key references article (id) on delete cascade,
    version      integer     not null,
    annotated_at timestamptz not null,
    annotation   jsonb       not null
);

create index article_annotation_version on article_annotation (version);

-- The words of the names the articles use, lower case: search expands spelling variants for these only.
create table name_word (
    word text primary key
);
