-- Screening cases: the parties a compliance team watches, their hits at the last screening, and
-- the dispositions of hits (true match / false positive, with a reason). Re-screening after a list
-- update reports only what changed against last_hits.
create table screening_subject (
  id varchar(64) primary key,
  name varchar(400) not null,
  schema_name varchar(20) not null,
  birth_date varchar(10) not null,
  nationality varchar(60) not null,
  created_by varchar(64) not null,
  created_at timestamp with time zone not null,
  last_hits text not null,
  last_screened_at timestamp with time zone not null
);

create table screening_disposition (
  subject_id varchar(64) not null references screening_subject (id),
  list_name varchar(60) not null,
  entity_id varchar(200) not null,
  decision varchar(20) not null,
  reason text not null,
  decided_by varchar(64) not null,
  decided_at timestamp with time zone not null,
  primary key (subject_id, list_name, entity_id)
);
