-- citizens: notifications to citizens through an outbox, the messages the recording channel delivered, rewards
-- (「微信红包奖励」) in a double-entry ledger, and payouts. No foreign key leaves the schema: users and cases are
-- referred to by id.
CREATE SCHEMA citizens;

-- 通知 outbox: one row per recipient and channel, written in the transaction of the case transition it tells of,
-- delivered by a db-scheduler task (claimed with FOR UPDATE SKIP LOCKED, so a row is delivered once), retried with
-- backoff, DEAD with its last error once the tries are used up.
CREATE TABLE citizens.notification (
    id              bigserial PRIMARY KEY,
    recipient_id    bigint NOT NULL,
    -- the NotificationChannel's id: the row is retried through the channel it was written for
    channel         text NOT NULL,
    kind            text NOT NULL,
    case_id         bigint NOT NULL,
    case_number     text NOT NULL,
    link            text NOT NULL,
    text            text NOT NULL,
    created_at      timestamptz NOT NULL,
    status          text NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    delivered_at    timestamptz
);
CREATE INDEX notification_due_idx ON citizens.notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_status_idx ON citizens.notification (status, id);
CREATE INDEX notification_case_idx ON citizens.notification (case_id);

-- 消息: what the recording channel delivered, the citizen's "messages" page; at most one per outbox row.
CREATE TABLE citizens.message (
    id              bigserial PRIMARY KEY,
    notification_id bigint NOT NULL UNIQUE REFERENCES citizens.notification (id),
    recipient_id    bigint NOT NULL,
    kind            text NOT NULL,
    case_id         bigint NOT NULL,
    case_number     text NOT NULL,
    link            text NOT NULL,
    text            text NOT NULL,
    delivered_at    timestamptz NOT NULL,
    read_at         timestamptz
);
CREATE INDEX message_recipient_idx ON citizens.message (recipient_id, id DESC);

-- A citizen's reward account: its row is locked while a reward or a payout is decided, so the daily limit and the
-- balance are read by one transaction at a time. The balance itself is the ledger's.
CREATE TABLE citizens.reward_account (
    user_id    bigint PRIMARY KEY,
    opened_at  timestamptz NOT NULL
);

-- 奖励: at most one per case — the primary key makes a second reward impossible, however many try at once.
CREATE TABLE citizens.reward (
    case_id      bigint PRIMARY KEY,
    case_number  text NOT NULL,
    user_id      bigint NOT NULL,
    amount_fen   bigint NOT NULL CHECK (amount_fen > 0),
    rule         text NOT NULL,
    credited_at  timestamptz NOT NULL,
    -- the day in the city's zone (Asia/Shanghai), for the daily limit
    credited_on  date NOT NULL
);
CREATE INDEX reward_user_day_idx ON citizens.reward (user_id, credited_on);
CREATE INDEX reward_day_idx ON citizens.reward (credited_on);

-- 提现: a citizen's balance handed to the payout channel; one per (user, Idempotency-Key).
CREATE TABLE citizens.payout (
    id              bigserial PRIMARY KEY,
    user_id         bigint NOT NULL,
    amount_fen      bigint NOT NULL CHECK (amount_fen > 0),
    channel         text NOT NULL,
    status          text NOT NULL CHECK (status IN ('PENDING', 'PAID', 'FAILED')),
    idempotency_key text,
    requested_at    timestamptz NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    paid_at         timestamptz,
    reference       text,
    note            text,
    UNIQUE (user_id, idempotency_key)
);
CREATE INDEX payout_due_idx ON citizens.payout (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX payout_user_idx ON citizens.payout (user_id, id DESC);

-- The double-entry ledger (复式记账). A journal is one business event; its entries move fen between accounts and
-- sum to zero. Debits are positive, credits negative. Accounts: REWARDS_EXPENSE (what rewards cost the city),
-- CITIZEN:{userId} (what the city owes the citizen: its balance is minus the sum of its entries), PAYOUT_CLEARING
-- (handed to the payout channel, to be reconciled with the provider's statements).
CREATE TABLE citizens.journal (
    id         bigserial PRIMARY KEY,
    kind       text NOT NULL CHECK (kind IN ('REWARD', 'PAYOUT', 'PAYOUT_REVERSAL')),
    at         timestamptz NOT NULL,
    case_id    bigint,
    payout_id  bigint REFERENCES citizens.payout (id),
    CHECK ((kind = 'REWARD') = (case_id IS NOT NULL)),
    CHECK ((kind = 'REWARD') = (payout_id IS NULL))
);
CREATE UNIQUE INDEX journal_one_reward_per_case ON citizens.journal (case_id) WHERE kind = 'REWARD';
CREATE UNIQUE INDEX journal_once_per_payout ON citizens.journal (payout_id, kind) WHERE payout_id IS NOT NULL;

CREATE TABLE citizens.ledger_entry (
    id          bigserial PRIMARY KEY,
    journal_id  bigint NOT NULL REFERENCES citizens.journal (id),
    account     text NOT NULL CHECK (account ~ '^(REWARDS_EXPENSE|PAYOUT_CLEARING|CITIZEN:[0-9]+)$'),
    amount_fen  bigint NOT NULL CHECK (amount_fen <> 0),
    at          timestamptz NOT NULL
);
CREATE INDEX ledger_entry_account_idx ON citizens.ledger_entry (account, at);
CREATE INDEX ledger_entry_journal_idx ON citizens.ledger_entry (journal_id);

-- Every journal balances: checked at commit, once all its entries are in.
CREATE FUNCTION citizens.check_journal_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    total   bigint;
    entries integer;
BEGIN
    SELECT coalesce(sum(amount_fen), 0), count(*) INTO total, entries
    FROM citizens.ledger_entry WHERE journal_id = NEW.journal_id;
    IF total <> 0 OR entries < 2 THEN
        RAISE EXCEPTION 'journal % does not balance: its % entries sum to % fen', NEW.journal_id, entries, total;
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER ledger_entry_balanced AFTER INSERT ON citizens.ledger_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION citizens.check_journal_balanced();

-- The ledger is append-only: a mistake is corrected by a new journal, never by editing the past.
CREATE FUNCTION citizens.refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % on % is refused', TG_OP, TG_TABLE_NAME;
END
$$;
CREATE TRIGGER journal_append_only BEFORE UPDATE OR DELETE ON citizens.journal
    FOR EACH ROW EXECUTE FUNCTION citizens.refuse_ledger_change();
CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON citizens.ledger_entry
    FOR EACH ROW EXECUTE FUNCTION citizens.refuse_ledger_change();
