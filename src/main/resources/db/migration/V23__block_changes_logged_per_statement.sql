-- An article's blocks are written by one statement: the change log learns of them once per statement, from its
-- transition table, instead of once per block. A block statement that changes an article already logged in the
-- same transaction (the article's own insert, say) adds nothing, and its notification was sent with that row.
create function log_block_changes() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into article_change (article_id) select distinct article_id from new_blocks on conflict do nothing;
    elsif tg_op = 'UPDATE' then
        insert into article_change (article_id)
        select article_id from new_blocks union select article_id from old_blocks
        on conflict do nothing;
    else
        insert into article_change (article_id) select distinct article_id from old_blocks on conflict do nothing;
    end if;
    if found then
        perform pg_notify('article_changes', '');
    end if;
    return null;
end;
$$;

drop trigger block_change_log on block;

create trigger block_insert_log after insert on block
    referencing new table as new_blocks for each statement execute function log_block_changes();
create trigger block_update_log after update on block
    referencing old table as old_blocks new table as new_blocks for each statement execute function log_block_changes();
create trigger block_delete_log after delete on block
    referencing old table as old_blocks for each statement execute function log_block_changes();

-- The row trigger's function now serves the article table alone.
create or replace function log_article_change() returns trigger language plpgsql as $$
begin
    insert into article_change (article_id) values (case when tg_op = 'DELETE' then old.id else new.id end)
    on conflict do nothing;
    -- Delivered at commit to every node listening; identical notifications of one transaction fold into one.
    perform pg_notify('article_changes', '');
    return null;
end;
$$;
