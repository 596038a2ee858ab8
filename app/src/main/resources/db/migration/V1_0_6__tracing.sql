-- Tracing requests: an inquirer looking for a child. The request as the API sees it is a JSON document;
-- the sought child is also kept as a matching description, so that re-matching never re-reads input
-- against form definitions that may have changed since.
create table tracing_requests (
    id            uuid primary key,
    status        varchar(30)  not null,
    version       bigint       not null,
    owner_id      uuid         not null,
    agency_id     uuid         not null,
    location_id   uuid,
    document      text         not null,
    description   text         not null,
    created_at    timestamp with time zone not null,
    created_by    uuid         not null,
    updated_at    timestamp with time zone not null,
    updated_by    uuid         not null,
    deleted_at    timestamp with time zone,
    deleted_by    uuid,
    deleted_reason varchar(500)
);
create index tracing_requests_owner on tracing_requests(owner_id);
create index tracing_requests_agency on tracing_requests(agency_id);
create index tracing_requests_status on tracing_requests(status);

-- Potential matches between a request and a case, kept current in the background. A pair is stored once;
-- a person's decision (confirmed, rejected) is never undone by re-matching. A withdrawn pair (the case
-- lost its tracing consent, or no longer resembles the child sought) is kept but not shown.
create table tracing_matches (
    id            uuid primary key,
    request_id    uuid         not null references tracing_requests(id),
    case_id       uuid         not null references cases(id),
    probability   double precision not null,
    decision      varchar(10)  not null,
    explanation   varchar(1000) not null,
    status        varchar(20)  not null,
    withdrawn     varchar(30),
    decided_by    uuid,
    decided_at    timestamp with time zone,
    note          varchar(1000),
    version       bigint       not null,
    found_at      timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    unique (request_id, case_id)
);
create index tracing_matches_case on tracing_matches(case_id);
create index tracing_matches_queue on tracing_matches(status, probability);

-- Pairs of cases that may be two registrations of one child, found when the later one was registered.
create table duplicate_pairs (
    id            uuid primary key,
    case_id       uuid         not null references cases(id),
    other_case_id uuid         not null references cases(id),
    probability   double precision not null,
    explanation   varchar(1000) not null,
    status        varchar(20)  not null,
    decided_by    uuid,
    decided_at    timestamp with time zone,
    note          varchar(1000),
    version       bigint       not null,
    found_at      timestamp with time zone not null,
    unique (case_id, other_case_id)
);
create index duplicate_pairs_queue on duplicate_pairs(status, probability);

-- Merging duplicate cases (a use case of the cases module): the duplicate points to the case that
-- survived it, and each merge keeps both cases' before-images so that an undo restores them exactly.
alter table cases add column merged_into uuid;

create table case_merges (
    id                      uuid primary key,
    survivor_id             uuid         not null references cases(id),
    duplicate_id            uuid         not null references cases(id),
    reason                  varchar(500) not null,
    survivor_before         text         not null,
    survivor_status_before  varchar(20)  not null,
    survivor_version_after  bigint       not null,
    duplicate_before        text         not null,
    duplicate_status_before varchar(20)  not null,
    duplicate_version_after bigint       not null,
    merged_by               uuid         not null,
    merged_at               timestamp with time zone not null,
    undone_by               uuid,
    undone_at               timestamp with time zone
);
create index case_merges_survivor on case_merges(survivor_id);
create index case_merges_duplicate on case_merges(duplicate_id);
