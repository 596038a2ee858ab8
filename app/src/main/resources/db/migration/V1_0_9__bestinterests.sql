-- The best-interests procedure of a child: assessments (BIA), determinations (BID) with their panel's
-- votes, and durable solutions. Each record is a JSON document, the record as the domain sees it, with
-- typed columns for what queries and concurrency depend on (the case, the state, the version).
create table bias (
    id          uuid primary key,
    case_id     uuid        not null references cases(id),
    kind        varchar(40) not null,
    status      varchar(40) not null,
    version     bigint      not null,
    document    text        not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
create index bias_case on bias(case_id);

create table bids (
    id          uuid primary key,
    case_id     uuid        not null references cases(id),
    kind        varchar(40) not null,
    status      varchar(40) not null,
    version     bigint      not null,
    document    text        not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
create index bids_case on bids(case_id);

-- One vote per member and round: the unique key keeps "once each" even when a member votes twice at once.
create table bid_votes (
    bid_id      uuid        not null references bids(id),
    round       int         not null,
    member_id   uuid        not null,
    document    text        not null,
    voted_at    timestamp with time zone not null,
    primary key (bid_id, round, member_id)
);

create table durable_solutions (
    id          uuid primary key,
    case_id     uuid        not null references cases(id),
    kind        varchar(40) not null,
    status      varchar(40) not null,
    version     bigint      not null,
    document    text        not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
create index durable_solutions_case on durable_solutions(case_id);
