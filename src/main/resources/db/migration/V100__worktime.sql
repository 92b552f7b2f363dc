-- worktime: the official holiday arrangements (放假安排), one per year, as data that an import replaces.

create schema worktime;

-- Days an arrangement sets apart: holidays, and weekend days that become make-up working days (调休上班).
create table worktime.day (
    day  date primary key,
    kind text not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name text,
    constraint day_workday_on_weekend check (kind <> 'WORKDAY' or extract(isodow from day) in (6, 7))
);

-- Years whose official arrangement is loaded; any other year counts plain Monday to Friday.
create table worktime.published_year (
    year        integer primary key check (year between 2000 and 2100),
    source      text,
    imported_at timestamptz not null default now()
);
