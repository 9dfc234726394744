-- The log every node's search index follows: one row per transaction and article it added, changed or removed
-- (the article or its blocks). A node remembers the last snapshot it read (pg_current_snapshot) and then reads the
-- rows of the transactions committed since, so no row is skipped however transactions interleave or a node is down.
create table article_change (
    txid       xid8   not null default pg_current_xact_id(),
    article_id bigint not null,
    primary key (txid, article_id)
);

create function log_article_change() returns trigger language plpgsql as $$
declare
    changed_id bigint;
begin
    if tg_table_name = 'article' then
        changed_id := case when tg_op = 'DELETE' then old.id else new.id end;
    else
        changed_id := case when tg_op = 'DELETE' then old.article_id else new.article_id end;
    end if;
    insert into article_change (article_id) values (changed_id) on conflict do nothing;
    -- Delivered at commit to every node listening; identical notifications of one transaction fold into one.
    perform pg_notify('article_changes', '');
    return null;
end;
$$;

create trigger article_change_log after insert or update or delete on article
    for each row execute function log_article_change();

create trigger block_change_log after insert or update or delete on block
    for each row execute function log_article_change();
