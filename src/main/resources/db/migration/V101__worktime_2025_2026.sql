-- The State Council's arrangements for 2025 and 2026 (国务院办公厅, the latter of 2025-11-04), as docs/DOMAIN.md §3 lists them.
-- Each line mirrors one item of the published notice: the holiday's days, then its make-up working days.

insert into worktime.day (day, kind, name)
select d::date, 'HOLIDAY', h.name
from (values
    (date '2025-01-01', date '2025-01-01', '元旦'),
    (date '2025-01-28', date '2025-02-04', '春节'),
    (date '2025-04-04', date '2025-04-06', '清明节'),
    (date '2025-05-01', date '2025-05-05', '劳动节'),
    (date '2025-05-31', date '2025-06-02', '端午节'),
    (date '2025-10-01', date '2025-10-08', '国庆节、中秋节'),
    (date '2026-01-01', date '2026-01-03', '元旦'),
    (date '2026-02-15', date '2026-02-23', '春节'),
    (date '2026-04-04', date '2026-04-06', '清明节'),
    (date '2026-05-01', date '2026-05-05', '劳动节'),
    (date '2026-06-19', date '2026-06-21', '端午节'),
    (date '2026-09-25', date '2026-09-27', '中秋节'),
    (date '2026-10-01', date '2026-10-07', '国庆节')
) as h(first_day, last_day, name)
cross join lateral generate_series(h.first_day, h.last_day, interval '1 day') as d;

insert into worktime.day (day, kind, name) values
    (date '2025-01-26', 'WORKDAY', '春节调休上班'),
    (date '2025-02-08', 'WORKDAY', '春节调休上班'),
    (date '2025-04-27', 'WORKDAY', '劳动节调休上班'),
    (date '2025-09-28', 'WORKDAY', '国庆节、中秋节调休上班'),
    (date '2025-10-11', 'WORKDAY', '国庆节、中秋节调休上班'),
    (date '2026-01-04', 'WORKDAY', '元旦调休上班'),
    (date '2026-02-14', 'WORKDAY', '春节调休上班'),
    (date '2026-02-28', 'WORKDAY', '春节调休上班'),
    (date '2026-05-09', 'WORKDAY', '劳动节调休上班'),
    (date '2026-09-20', 'WORKDAY', '国庆节调休上班'),
    (date '2026-10-10', 'WORKDAY', '国庆节调休上班');

insert into worktime.published_year (year, source) values
    (2025, '国务院办公厅关于2025年部分节假日安排的通知'),
    (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）');
