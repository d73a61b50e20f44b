-- The records of the EO 13848 process. Columns hold what is queried or enforced (election,
-- markings, workflow state, optimistic version); the record itself is the JSON body, so that
-- a record's full history is kept in the audit log exactly as it was.

create table election (
  id varchar(64) primary key,
  election_id varchar(64),
  classification varchar(20) not null,
  tlp varchar(20) not null,
  originator varchar(100) not null,
  controls varchar(400) not null,
  shared_with varchar(4000) not null,
  state varchar(40),
  body text not null,
  version integer not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null
);
create index election_election on election (election_id);

create table actor (
  id varchar(64) primary key,
  election_id varchar(64),
  classification varchar(20) not null,
  tlp varchar(20) not null,
  originator varchar(100) not null,
  controls varchar(400) not null,
  shared_with varchar(4000) not null,
  state varchar(40),
  body text not null,
  version integer not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null
);
create index actor_election on actor (election_id);

create table evidence (
  id varchar(64) primary key,
  election_id varchar(64),
  classification varchar(20) not null,
  tlp varchar(20) not null,
  originator varchar(100) not null,
  controls varchar(400) not null,
  shared_with varchar(4000) not null,
  state varchar(40),
  body text not null,
  version integer not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null
);
create index evidence_election on evidence (election_id);

create table activity (
  id varchar(64) primary key,
  election_id varchar(64),
  classification varchar(20) not null,
  tlp varchar(20) not null,
  originator varchar(100) not null,
  controls varchar(400) not null,
  shared_with varchar(4000) not null,
  state varchar(40),
  body text not null,
  version integer not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null
);
create index activity_election on activity (election_id);

create table judgment (
  id varchar(64) primary key,
  election_id varchar(64),
  classification varchar(20) not null,
  tlp varchar(20) not null,
  originator varchar(100) not null,
  controls varchar(400) not null,
  shared_with varchar(4000) not null,
  state varchar(40),
  body text not null,
  version integer not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null
);
create index judgment_election on judgment (election_id);

create table assessment (
  id varchar(64) primary key,
  election_id varchar(64),
  classification varchar(20) not null,
  tlp varchar(20) not null,
  originator varchar(100) not null,
  controls varchar(400) not null,
  shared_with varchar(4000) not null,
  state varchar(40),
  body text not null,
  version integer not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null
);
create index assessment_election on assessment (election_id);

create table impact_report (
  id varchar(64) primary key,
  election_id varchar(64),
  classification varchar(20) not null,
  tlp varchar(20) not null,
  originator varchar(100) not null,
  controls varchar(400) not null,
  shared_with varchar(4000) not null,
  state varchar(40),
  body text not null,
  version integer not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null
);
create index impact_report_election on impact_report (election_id);

create table determination (
  id varchar(64) primary key,
  election_id varchar(64),
  classification varchar(20) not null,
  tlp varchar(20) not null,
  originator varchar(100) not null,
  controls varchar(400) not null,
  shared_with varchar(4000) not null,
  state varchar(40),
  body text not null,
  version integer not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null
);
create index determination_election on determination (election_id);

create table recommendation (
  id varchar(64) primary key,
  election_id varchar(64),
  classification varchar(20) not null,
  tlp varchar(20) not null,
  originator varchar(100) not null,
  controls varchar(400) not null,
  shared_with varchar(4000) not null,
  state varchar(40),
  body text not null,
  version integer not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null
);
create index recommendation_election on recommendation (election_id);

create table evidence_content (
  evidence_id varchar(64) primary key references evidence (id),
  content bytea not null
);

create table app_user (
  username varchar(64) primary key,
  password_hash varchar(200) not null,
  organization varchar(100) not null,
  roles varchar(400) not null,
  clearance varchar(20) not null,
  enabled boolean not null,
  created_at timestamp with time zone not null
);

-- Append-only and hash-chained: Vigil only inserts here; `vigil audit verify` checks the chain.
create table audit_log (
  seq bigint primary key,
  at timestamp with time zone not null,
  actor varchar(64) not null,
  action varchar(60) not null,
  entity_type varchar(40) not null,
  entity_id varchar(64) not null,
  before_json text,
  after_json text,
  prev_hash char(64) not null,
  hash char(64) not null
);
create index audit_log_entity on audit_log (entity_type, entity_id);

-- One row, locked while an entry is appended, so that concurrent writers form one chain.
create table audit_head (
  id integer primary key,
  seq bigint not null,
  hash char(64) not null
);
insert into audit_head (id, seq, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
