-- Agencies, users, roles and API tokens.
create table agencies (
    id          uuid primary key,
    code        varchar(40)  not null unique,
    name        varchar(200) not null,
    type        varchar(40)  not null,
    version     bigint       not null,
    created_at  timestamp with time zone not null,
    created_by  uuid
);

create table users (
    id            uuid primary key,
    username      varchar(80)  not null unique,
    password_hash varchar(255) not null,
    full_name     varchar(200) not null,
    agency_id     uuid not null references agencies(id),
    role          varchar(40)  not null,
    scope         varchar(20)  not null,
    active        boolean not null,
    version       bigint  not null,
    created_at    timestamp with time zone not null,
    created_by    uuid
);

create table user_locations (
    user_id     uuid not null references users(id),
    location_id uuid not null,
    primary key (user_id, location_id)
);

-- Only a hash of each token is kept, so a copy of the database does not hand out sessions.
create table api_tokens (
    token_hash  varchar(64) primary key,
    user_id     uuid not null references users(id),
    issued_at   timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);
create index api_tokens_user on api_tokens(user_id);
