-- The reporting read model: narrow facts about cases and tracing, kept current from the domain events of
-- the cases and tracing modules in the same transaction, and rebuilt on demand. No names, no free text:
-- ids, codes, years and days only. Days are epoch days (days since 1970-01-01, UTC), so that durations are
-- plain integer differences on H2 and PostgreSQL alike. Every aggregate table is computed from these rows.
create table report_case_facts (
    case_id              uuid primary key,
    status               varchar(20) not null,
    sex                  varchar(10) not null,
    birth_year           int,
    protection_status    varchar(20),
    displacement_status  varchar(20),
    risk_level           varchar(10),
    nationality          varchar(10),
    location_id          uuid,
    separation_cause     varchar(40),
    consent_reporting    boolean not null,
    registered_day       int not null,
    closed_day           int
);
create index report_case_facts_registered on report_case_facts(registered_day);

-- One row per (case, protection concern), with the columns a concern table is broken down and filtered by,
-- so that concern tables need no join over a million cases.
create table report_case_concerns (
    case_id              uuid not null,
    concern              varchar(40) not null,
    sex                  varchar(10) not null,
    location_id          uuid,
    consent_reporting    boolean not null,
    registered_day       int not null,
    primary key (case_id, concern)
);
create index report_case_concerns_registered on report_case_concerns(registered_day);

create table report_tracing_requests (
    request_id           uuid primary key,
    status               varchar(30) not null,
    location_id          uuid,
    filed_day            int not null
);
create index report_tracing_requests_filed on report_tracing_requests(filed_day);

-- Potential matches as they stand (withdrawn ones are not kept), with the request's filing date so that
-- the time from a request to a confirmed match needs no join.
create table report_tracing_matches (
    match_id             uuid primary key,
    request_id           uuid not null,
    status               varchar(20) not null,
    location_id          uuid,
    found_day            int not null,
    request_filed_day    int not null,
    confirmed_day        int
);
create index report_tracing_matches_request on report_tracing_matches(request_id);
create index report_tracing_matches_found on report_tracing_matches(found_day);
