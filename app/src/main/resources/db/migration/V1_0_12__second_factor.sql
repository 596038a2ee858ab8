-- A user's second factor: a TOTP secret (RFC 6238), kept encrypted with a key from the configuration, never
-- in clear. confirmed_at is set once the user proved they can produce codes; last_step stops a code
-- from being used twice.
create table user_second_factors (
    user_id          uuid primary key references users(id),
    secret_encrypted varchar(200) not null,
    created_at       timestamp with time zone not null,
    confirmed_at     timestamp with time zone,
    last_step        bigint
);
