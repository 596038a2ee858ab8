-- The catalogue of risk and protective factors (DoMV) and of exploitation and trafficking indicators
-- (ILO, UNODC, DTM, Palermo elements). The shipped default is loaded from assessment/catalogue.json on
-- start; a deployment adds its own entries through the API. The entry as the API sees it is the document.
create table assessment_catalogue (
    kind        varchar(20)  not null,
    code        varchar(80)  not null,
    document    text         not null,
    shipped     boolean      not null,
    created_at  timestamp with time zone not null,
    primary key (kind, code)
);

-- Vulnerability assessments on the four DoMV levels. Individual and household assessments are of a
-- child's case (case_id, and the case's owner and agency for scope); community assessments are of an
-- area (location_id), structural assessments of a country (ISO 3166-1 alpha-3).
create table assessments (
    id               uuid primary key,
    level            varchar(20)  not null,
    case_id          uuid,
    location_id      uuid,
    country          varchar(3),
    status           varchar(20)  not null,
    proposed_risk    varchar(10)  not null,
    override_risk    varchar(10),
    override_reason  varchar(1000),
    overridden_by    uuid,
    version          bigint       not null,
    document         text         not null,
    agency_id        uuid         not null,
    created_at       timestamp with time zone not null,
    created_by       uuid         not null,
    updated_at       timestamp with time zone not null,
    updated_by       uuid         not null,
    approved_at      timestamp with time zone,
    approved_by      uuid
);
create index assessments_case on assessments(case_id);
create index assessments_location on assessments(location_id);
create index assessments_country on assessments(country);

-- Exploitation and trafficking screenings of a child's case: the answers, the Palermo elements they
-- point to, and the flag raised (never a finding that someone is a victim).
create table screenings (
    id          uuid primary key,
    case_id     uuid         not null,
    flag        varchar(30)  not null,
    document    text         not null,
    created_at  timestamp with time zone not null,
    created_by  uuid         not null
);
create index screenings_case on screenings(case_id);
