-- Casework on a child's case. Every table keys on the case; its owner, agency and location are the
-- case's, read through the cases module when access is decided. Mutable records carry a version.

-- Work with a deadline: first responses by risk level, follow-ups by cadence, proposed referrals.
create table tasks (
    id           uuid primary key,
    case_id      uuid          not null,
    case_number  varchar(20)   not null,
    kind         varchar(30)   not null,
    title        varchar(200)  not null,
    assignee_id  uuid          not null,
    agency_id    uuid          not null,
    due_at       timestamp with time zone not null,
    status       varchar(20)   not null,
    source_id    uuid,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    completed_at timestamp with time zone,
    completed_by uuid
);
create index tasks_assignee on tasks(assignee_id, status, due_at);
create index tasks_agency on tasks(agency_id, status, due_at);
create index tasks_case on tasks(case_id);

-- In-app notifications. The text names the kind and the case number, never a child's name.
create table notifications (
    id          uuid primary key,
    user_id     uuid          not null,
    kind        varchar(30)   not null,
    case_id     uuid,
    subject_id  uuid,
    message     varchar(500)  not null,
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone
);
create index notifications_user on notifications(user_id, read_at, created_at);

-- Where a user wants notifications by e-mail as well (used only when an SMTP server is configured).
create table notification_addresses (
    user_id     uuid primary key,
    email       varchar(254)  not null,
    updated_at  timestamp with time zone not null
);

-- What waits for a supervisor: an assessment, a case plan, a closure or a reopening.
create table approvals (
    id            uuid primary key,
    kind          varchar(20)   not null,
    subject_id    uuid          not null,
    case_id       uuid,
    agency_id     uuid          not null,
    status        varchar(20)   not null,
    request_note  varchar(1000),
    requested_by  uuid          not null,
    requested_at  timestamp with time zone not null,
    decided_by    uuid,
    decided_at    timestamp with time zone,
    comment       varchar(1000),
    version       bigint        not null
);
create index approvals_pending on approvals(status, agency_id);
create index approvals_case on approvals(case_id);

-- The case plan (goals with actions), services, follow-ups and case conferences: typed columns for what
-- logic depends on, the rest as the document the API shows.
create table case_plans (
    id          uuid primary key,
    case_id     uuid          not null unique,
    status      varchar(20)   not null,
    version     bigint        not null,
    document    text          not null,
    created_at  timestamp with time zone not null,
    created_by  uuid          not null,
    updated_at  timestamp with time zone not null,
    updated_by  uuid          not null,
    approved_at timestamp with time zone,
    approved_by uuid
);

create table case_services (
    id          uuid primary key,
    case_id     uuid          not null,
    status      varchar(20)   not null,
    version     bigint        not null,
    document    text          not null,
    created_at  timestamp with time zone not null,
    created_by  uuid          not null,
    updated_at  timestamp with time zone not null,
    updated_by  uuid          not null
);
create index case_services_case on case_services(case_id);

-- Referrals to another agency: the recipient agency reads the parts granted while the referral is
-- active (in progress or accepted).
create table referrals (
    id               uuid primary key,
    case_id          uuid          not null,
    from_agency_id   uuid          not null,
    to_agency_id     uuid          not null,
    status           varchar(20)   not null,
    version          bigint        not null,
    document         text          not null,
    created_at       timestamp with time zone not null,
    created_by       uuid          not null,
    updated_at       timestamp with time zone not null,
    updated_by       uuid          not null
);
create index referrals_case on referrals(case_id, status);
create index referrals_to on referrals(to_agency_id, status);

create table case_activities (
    id          uuid primary key,
    case_id     uuid          not null,
    kind        varchar(20)   not null,
    document    text          not null,
    created_at  timestamp with time zone not null,
    created_by  uuid          not null
);
create index case_activities_case on case_activities(case_id, kind);
