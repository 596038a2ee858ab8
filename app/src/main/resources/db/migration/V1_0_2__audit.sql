-- Append-only, hash-chained audit log. Each event's hash covers its fields and the previous hash, so
-- any edit or deletion breaks the chain from that point on.
create table audit_events (
    seq          bigint primary key,
    id           uuid not null,
    at           timestamp with time zone not null,
    user_id      uuid,
    agency_id    uuid,
    action       varchar(60) not null,
    record_type  varchar(40),
    record_id    uuid,
    outcome      varchar(10) not null,
    purpose      varchar(200),
    prev_hash    varchar(64) not null,
    hash         varchar(64) not null
);
create index audit_events_record on audit_events(record_id, seq);
create index audit_events_user on audit_events(user_id, seq);
create index audit_events_at on audit_events(at);
create index audit_events_agency on audit_events(agency_id, seq);

-- One row: the end of the chain. Appenders lock it, which orders events across transactions and nodes.
create table audit_chain_head (
    id        int primary key,
    last_seq  bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Field-level history of every record: who changed which field from what to what.
create table record_history (
    id          uuid primary key,
    record_type varchar(40) not null,
    record_id   uuid not null,
    at          timestamp with time zone not null,
    by_user     uuid not null,
    changes     text not null
);
create index record_history_record on record_history(record_id, at);
