-- Training and certification (DOMAIN section 5): the people of the network and each dealer's
-- roster, LMS records, certification programmes and their levels, training sessions and
-- notices, certification applications (a case type), certificates and their expiry
-- reminders, and certification as a gate on warranty labour.

-- A person has one identity across the network (the staff number the LMS knows them by), so a
-- certificate follows them from dealer to dealer. The rows are network-shared; a dealer reaches a
-- person through its own roster, which the services join on.
CREATE TABLE person (
    id           uuid PRIMARY KEY,
    network_code text NOT NULL REFERENCES network (code),
    staff_number text NOT NULL CHECK (staff_number ~ '^[A-Za-z0-9-]{3,32}$'),
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    mobile       text,
    username     text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (network_code, staff_number),
    UNIQUE (network_code, username)
);
SELECT dealerhub_protect_network_shared_table('person');

-- Who works at a dealer in which role, since when. A person leaves a role by its end date.
CREATE TABLE roster_entry (
    id            uuid PRIMARY KEY,
    network_code  text NOT NULL,
    dealer_code   text NOT NULL REFERENCES dealer (code),
    person_id     uuid NOT NULL REFERENCES person (id),
    role          text NOT NULL CHECK (role IN ('STATION_MANAGER', 'SERVICE_MANAGER', 'SERVICE_ADVISOR', 'TECHNICIAN',
                                                'CLAIMS_CLERK', 'PARTS_CLERK')),
    hired_on      date NOT NULL,
    in_role_since date NOT NULL CHECK (in_role_since >= hired_on),
    left_on       date CHECK (left_on IS NULL OR left_on >= in_role_since),
    UNIQUE (dealer_code, person_id, role)
);
SELECT dealerhub_protect_tenant_table('roster_entry');
CREATE INDEX roster_entry_person ON roster_entry (person_id);

-- LMS courses: what "done" means for each (completed, passed, or both) and the pass score.
CREATE TABLE lms_course (
    network_code text NOT NULL REFERENCES network (code),
    code         text NOT NULL,
    name         text NOT NULL,
    completion   text NOT NULL CHECK (completion IN ('COMPLETED', 'PASSED', 'COMPLETED_AND_PASSED')),
    pass_score   numeric(5, 2) CHECK (pass_score BETWEEN 0 AND 100),
    CHECK ((completion = 'COMPLETED') = (pass_score IS NULL)),
    PRIMARY KEY (network_code, code)
);
SELECT dealerhub_protect_administered_table('lms_course', 'network_code');

-- A course completion or online-test score as the LMS sent it; its record id makes a batch idempotent.
CREATE TABLE lms_record (
    network_code text        NOT NULL REFERENCES network (code),
    record_id    text        NOT NULL,
    person_id    uuid        NOT NULL REFERENCES person (id),
    course_code  text        NOT NULL,
    completed_on date,
    score        numeric(5, 2) CHECK (score BETWEEN 0 AND 100),
    tested_on    date,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (network_code, record_id),
    FOREIGN KEY (network_code, course_code) REFERENCES lms_course (network_code, code),
    CHECK (completed_on IS NOT NULL OR score IS NOT NULL),
    CHECK ((score IS NULL) = (tested_on IS NULL))
);
SELECT dealerhub_protect_network_shared_table('lms_record');
CREATE INDEX lms_record_person ON lms_record (person_id, course_code);

-- A certification programme of a network (technician, EV high voltage, service advisor) and the
-- role it certifies; a network may require every dealer to hold at least one valid certificate.
CREATE TABLE certification_programme (
    network_code        text    NOT NULL REFERENCES network (code),
    code                text    NOT NULL,
    name                text    NOT NULL,
    role                text    NOT NULL CHECK (role IN ('SERVICE_ADVISOR', 'TECHNICIAN')),
    required_per_dealer boolean NOT NULL DEFAULT false,
    PRIMARY KEY (network_code, code)
);
SELECT dealerhub_protect_administered_table('certification_programme', 'network_code');

-- A level of a programme: how it is certified (the flow), how long it lasts, when it may be
-- renewed, and its prerequisites. A prerequisite column left empty is a rule that does not apply.
CREATE TABLE certification_level (
    network_code         text NOT NULL,
    programme_code       text NOT NULL,
    level                int  NOT NULL CHECK (level BETWEEN 1 AND 9),
    name                 text NOT NULL,
    flow                 text NOT NULL CHECK (flow IN ('TECHNICIAN', 'SA_BRONZE', 'SA_SILVER')),
    validity_months      int  NOT NULL CHECK (validity_months BETWEEN 1 AND 120),
    renewal_window_days  int  NOT NULL CHECK (renewal_window_days BETWEEN 1 AND 365),
    study_course         text,
    test_course          text,
    training_course      text,
    min_years_in_role    int CHECK (min_years_in_role BETWEEN 1 AND 40),
    min_submitted_cases  int CHECK (min_submitted_cases BETWEEN 1 AND 10000),
    prerequisite_level   int,
    PRIMARY KEY (network_code, programme_code, level),
    FOREIGN KEY (network_code, programme_code) REFERENCES certification_programme (network_code, code),
    FOREIGN KEY (network_code, study_course) REFERENCES lms_course (network_code, code),
    FOREIGN KEY (network_code, test_course) REFERENCES lms_course (network_code, code),
    CHECK (prerequisite_level IS NULL OR prerequisite_level < level)
);
SELECT dealerhub_protect_administered_table('certification_level', 'network_code');

-- What the training department publishes: training notices and certification notices.
CREATE TABLE training_notice (
    id             uuid PRIMARY KEY,
    network_code   text        NOT NULL REFERENCES network (code),
    kind           text        NOT NULL CHECK (kind IN ('TRAINING', 'CERTIFICATION')),
    title          text        NOT NULL,
    body           text        NOT NULL,
    programme_code text,
    level          int,
    published_by   text        NOT NULL,
    published_at   timestamptz NOT NULL
);
SELECT dealerhub_protect_network_shared_table('training_notice');

-- A dated session with a place and a number of seats: a training course, a written exam or a
-- certification (practical or on-site test) of a programme level.
CREATE TABLE training_session (
    id              uuid PRIMARY KEY,
    network_code    text        NOT NULL REFERENCES network (code),
    kind            text        NOT NULL CHECK (kind IN ('TRAINING', 'WRITTEN_EXAM', 'CERTIFICATION')),
    title           text        NOT NULL,
    course_code     text,
    programme_code  text,
    level           int,
    notice_id       uuid REFERENCES training_notice (id),
    starts_at       timestamptz NOT NULL,
    place           text        NOT NULL,
    seats           int         NOT NULL CHECK (seats BETWEEN 1 AND 1000),
    created_by      text        NOT NULL,
    CHECK ((kind = 'TRAINING') = (course_code IS NOT NULL)),
    CHECK ((kind = 'TRAINING') = (programme_code IS NULL))
);
SELECT dealerhub_protect_network_shared_table('training_session');

-- A seat taken in a session by a person of a dealer; attendance is recorded after the session.
CREATE TABLE session_seat (
    session_id     uuid        NOT NULL REFERENCES training_session (id),
    person_id      uuid        NOT NULL REFERENCES person (id),
    network_code   text        NOT NULL,
    dealer_code    text        NOT NULL REFERENCES dealer (code),
    application_id uuid REFERENCES service_case (id),
    reserved_at    timestamptz NOT NULL,
    attended       boolean,
    PRIMARY KEY (session_id, person_id)
);
SELECT dealerhub_protect_tenant_table('session_seat');
CREATE INDEX session_seat_person ON session_seat (person_id) WHERE attended;

-- The certification-specific part of a CERTIFICATION case.
CREATE TABLE certification_application (
    id               uuid PRIMARY KEY REFERENCES service_case (id),
    network_code     text    NOT NULL,
    dealer_code      text    NOT NULL,
    person_id        uuid    NOT NULL REFERENCES person (id),
    programme_code   text    NOT NULL,
    level            int     NOT NULL,
    flow             text    NOT NULL,
    renewal          boolean NOT NULL DEFAULT false,
    exam_session_id  uuid REFERENCES training_session (id),
    session_id       uuid REFERENCES training_session (id),
    check_results    jsonb,
    certificate_id   uuid,
    FOREIGN KEY (network_code, programme_code, level) REFERENCES certification_level (network_code, programme_code, level)
);
SELECT dealerhub_protect_tenant_table('certification_application');
CREATE INDEX certification_application_person ON certification_application (person_id);

-- A certificate, valid through a date inclusive (Asia/Shanghai); read live, never expired by a batch.
CREATE TABLE certificate (
    id             uuid PRIMARY KEY,
    network_code   text NOT NULL,
    number         text NOT NULL UNIQUE,
    person_id      uuid NOT NULL REFERENCES person (id),
    programme_code text NOT NULL,
    level          int  NOT NULL,
    issued_on      date NOT NULL,
    valid_through  date NOT NULL CHECK (valid_through >= issued_on),
    dealer_code    text NOT NULL REFERENCES dealer (code),
    application_id uuid NOT NULL REFERENCES service_case (id),
    FOREIGN KEY (network_code, programme_code, level) REFERENCES certification_level (network_code, programme_code, level)
);
SELECT dealerhub_protect_network_shared_table('certificate');
CREATE INDEX certificate_person ON certificate (person_id, programme_code, valid_through);
CREATE INDEX certificate_expiry ON certificate (network_code, valid_through);
ALTER TABLE certification_application
    ADD FOREIGN KEY (certificate_id) REFERENCES certificate (id);

-- Reminders sent before a certificate expires (one per certificate and lead time).
CREATE TABLE certificate_reminder (
    certificate_id uuid        NOT NULL REFERENCES certificate (id),
    days_before    int         NOT NULL,
    network_code   text        NOT NULL,
    sent_at        timestamptz NOT NULL,
    PRIMARY KEY (certificate_id, days_before)
);
SELECT dealerhub_protect_network_shared_table('certificate_reminder');

-- The gate on warranty labour: an operation may require a certificate of a programme at a level,
-- and a claim names the technicians of the repair.
ALTER TABLE labor_operation
    ADD COLUMN required_programme text,
    ADD COLUMN required_level     int,
    ADD CHECK ((required_programme IS NULL) = (required_level IS NULL));
ALTER TABLE warranty_claim
    ADD COLUMN technicians uuid[] NOT NULL DEFAULT '{}';

-- The training department checks an application within 5 working days.
INSERT INTO default_clock_policy VALUES
    ('CERTIFICATION', 'STANDARD', 'CHECK', 144000, 'WORKING_TIME', 28800, '{}', '{}');
INSERT INTO clock_policy (network_code, case_type, variant, clock, duration_seconds, timing, warn_before_seconds,
                          notify_on_warning, notify_on_breach)
SELECT n.code, d.case_type, d.variant, d.clock, d.duration_seconds, d.timing, d.warn_before_seconds,
       d.notify_on_warning, d.notify_on_breach
FROM network n CROSS JOIN default_clock_policy d
WHERE d.case_type = 'CERTIFICATION';

