-- What the admin tells about an outlet; Parallax rates no outlet itself. Each field may stay empty.
create table outlet_profile (
    source_id  bigint primary key references source (id) on delete cascade,
    country    text,
    owner      text,
    -- a label of the admin's scale below, or null
    lean       text,
    updated_at timestamptz not null
);

-- The admin's scale of leans, in its order (left to right, public to commercial, whatever the admin means by it).
create table outlet_lean_scale (
    position integer primary key check (position >= 0),
    label    text    not null unique
);
