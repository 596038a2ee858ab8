-- Facts of a child's case kept by other modules, one row per item: screenings that raised a flag
-- (assessment), services, referrals and tasks (casework), durable solutions and decided BIDs (best
-- interests), reunifications (tracing). Codes and days only, no free text. Each row carries the case's
-- sex, place and consent to reporting, copied from report_case_facts and refreshed whenever the case's
-- facts are, so that no table needs a join over a million cases.
--   kind      screening_flag | service | referral | durable_solution | bid_decided | reunification | task
--   category  the flag, service type, service referred to, solution type, BID option, task kind
--   status    the item's status (null where a kind has none)
--   at_day    the day the period selects on: flag raised, service or referral made, solution identified,
--             BID decided, child reunified, task due
--   start_day tracing request filed (reunifications), task created (tasks)
--   end_day   task done or cancelled
create table report_case_items (
    item_id              uuid not null,
    kind                 varchar(20) not null,
    case_id              uuid not null,
    category             varchar(60) not null,
    status               varchar(30),
    sex                  varchar(10) not null,
    location_id          uuid,
    consent_reporting    boolean not null,
    at_day               int not null,
    start_day            int,
    end_day              int,
    primary key (kind, item_id)
);
create index report_case_items_case on report_case_items(case_id);
create index report_case_items_day on report_case_items(kind, at_day);
