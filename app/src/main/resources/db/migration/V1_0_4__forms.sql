-- Form and lookup configuration a deployment adds to the shipped defaults (resources under forms/).
-- Definitions and labels are JSON documents: the configuration service reads them whole and merges them
-- over the defaults; nothing queries inside them.
create table form_fields (
    id           uuid primary key,
    form_id      varchar(60) not null,
    field_key    varchar(60) not null,
    section_key  varchar(60) not null,
    definition   text        not null,
    created_at   timestamp with time zone not null,
    created_by   uuid        not null,
    unique (form_id, field_key)
);

create table lookups (
    id          varchar(60) primary key,
    labels      text        not null,
    created_at  timestamp with time zone not null,
    created_by  uuid        not null
);

-- Values added to a shipped lookup or to one of the deployment's own.
create table lookup_values (
    id          uuid primary key,
    lookup_id   varchar(60) not null,
    code        varchar(60) not null,
    labels      text        not null,
    created_at  timestamp with time zone not null,
    created_by  uuid        not null,
    unique (lookup_id, code)
);
