-- A child's case. Fields that logic, search, scope or reporting depend on are typed columns; the whole
-- case as the API sees it is also kept as a JSON document (family, journey, care arrangements, consent,
-- deployment-defined fields), which is what reads return.
create sequence case_number_seq start with 1;

create table cases (
    id                    uuid primary key,
    case_number           varchar(20) not null unique,
    status                varchar(20) not null,
    version               bigint      not null,
    owner_id              uuid        not null,
    agency_id             uuid        not null,
    location_id           uuid,
    given_name            varchar(200),
    family_name           varchar(200),
    sex                   varchar(10) not null,
    date_of_birth         varchar(10),
    birth_year            int,
    age_years             int,
    protection_status     varchar(20),
    displacement_status   varchar(20),
    risk_level            varchar(10),
    consent_tracing       boolean not null,
    consent_services      boolean not null,
    consent_reporting     boolean not null,
    document              text        not null,
    created_at            timestamp with time zone not null,
    created_by            uuid        not null,
    updated_at            timestamp with time zone not null,
    updated_by            uuid        not null,
    deleted_at            timestamp with time zone,
    deleted_by            uuid,
    deleted_reason        varchar(500)
);
create index cases_owner on cases(owner_id);
create index cases_agency on cases(agency_id);
create index cases_location on cases(location_id);
create index cases_status_risk on cases(status, risk_level);
create index cases_created on cases(created_at);

-- Search keys of every name of a case (normalised, transliterated, phonetic), for fuzzy name search
-- and the duplicate check without scanning the table.
create table case_name_keys (
    name_key varchar(60) not null,
    case_id  uuid        not null references cases(id),
    primary key (name_key, case_id)
);
create index case_name_keys_case on case_name_keys(case_id);
