// PAXminer's own DDL as regions run it in MySQL (an older copy: users has no json column yet, aos has
// a column we do not use).
export const PAXMINER_DDL = [
  `create table aos (channel_id varchar(45) not null, ao varchar(45) not null, channel_created int not null,
    archived tinyint not null, backblast tinyint, site_q_user_id varchar(45), primary key (channel_id))`,
  `create table users (user_id varchar(45) not null, user_name varchar(45) not null, real_name varchar(45) not null,
    phone varchar(45), email varchar(45), start_date date, app tinyint not null default 0, primary key (user_id))`,
  `create table beatdowns (timestamp varchar(45), ts_edited varchar(45), ao_id varchar(45) not null, bd_date date not null,
    q_user_id varchar(45) not null, coq_user_id varchar(45), pax_count int, backblast longtext, backblast_parsed longtext,
    fngs varchar(45), fng_count int, primary key (ao_id, bd_date, q_user_id))`,
  `create table bd_attendance (timestamp varchar(45), ts_edited varchar(45), user_id varchar(45) not null,
    ao_id varchar(45) not null, date varchar(45) not null, q_user_id varchar(45) not null,
    primary key (q_user_id, user_id, ao_id, date))`,
  `create view attendance_view as select bd.date as Date, ao.ao as AO, u.user_name as PAX
    from bd_attendance bd left join aos ao on bd.ao_id = ao.channel_id left join users u on bd.user_id = u.user_id`,
];

/** PAXminer's central registry (the `paxminer` database's `regions` table), as PAXminer creates it. */
export const PAXMINER_REGIONS_DDL = `create table regions (region varchar(45) not null, slack_token varchar(90) not null,
  schema_name varchar(45), active tinyint default 1, firstf_channel varchar(45), contact varchar(45),
  send_pax_charts tinyint default 0, send_ao_leaderboard tinyint default 0, send_q_charts tinyint default 0,
  send_region_leaderboard tinyint default 0, comments text, scrape_backblasts tinyint default 1,
  send_mid_month_charts tinyint default 0, primary key (region))`;
