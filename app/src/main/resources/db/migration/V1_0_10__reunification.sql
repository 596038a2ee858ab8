-- Reunification after a confirmed tracing match: the verification checklist, the assessment, the
-- reunification and the follow-up visits, as one JSON document with the state and version as columns.
-- One reunification per match.
create table reunifications (
    id          uuid primary key,
    match_id    uuid        not null unique references tracing_matches(id),
    request_id  uuid        not null references tracing_requests(id),
    case_id     uuid        not null references cases(id),
    status      varchar(30) not null,
    version     bigint      not null,
    document    text        not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
create index reunifications_case on reunifications(case_id);
create index reunifications_request on reunifications(request_id);
