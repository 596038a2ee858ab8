-- The gazetteer: administrative units with their OCHA P-codes (level 0 is the country), and the other
-- names and spellings they are known by. name_key holds the folded spelling (lower case, no accents,
-- punctuation as spaces) so that search ignores case and accents on H2 and PostgreSQL alike.
create table locations (
    id           uuid primary key,
    pcode        varchar(40)  not null unique,
    name         varchar(200) not null,
    name_key     varchar(200) not null,
    admin_level  int          not null,
    parent_id    uuid references locations(id),
    country      varchar(3)   not null,
    version      bigint       not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index locations_parent on locations(parent_id);
create index locations_level on locations(admin_level, name_key);
create index locations_name_key on locations(name_key);

-- language is the ISO 639 code of an +i_xx attribute, null for an alternative spelling (+alt).
create table location_aliases (
    location_id  uuid         not null references locations(id),
    name         varchar(200) not null,
    name_key     varchar(200) not null,
    language     varchar(10),
    primary key (location_id, name)
);
create index location_aliases_name_key on location_aliases(name_key);
