-- Clocks due at the close of business of the working day (ClockPolicy.Timing.CLOSE_OF_BUSINESS),
-- and the emergency complaint's "answer the customer before the end of the working day" (DOMAIN
-- section 3), given at least an hour to do it.

ALTER TABLE case_deadline DROP CONSTRAINT case_deadline_timing_check;
ALTER TABLE case_deadline ADD CONSTRAINT case_deadline_timing_check
    CHECK (timing IN ('WALL_CLOCK', 'WORKING_TIME', 'CLOSE_OF_BUSINESS'));
ALTER TABLE clock_policy DROP CONSTRAINT clock_policy_timing_check;
ALTER TABLE clock_policy ADD CONSTRAINT clock_policy_timing_check
    CHECK (timing IN ('WALL_CLOCK', 'WORKING_TIME', 'CLOSE_OF_BUSINESS'));

INSERT INTO default_clock_policy VALUES
    ('COMPLAINT', 'EMERGENCY', 'ANSWER', 3600, 'CLOSE_OF_BUSINESS', 1800, '{STATION_MANAGER}',
     '{STATION_MANAGER,REGIONAL_SERVICE_MANAGER}');

INSERT INTO clock_policy (network_code, case_type, variant, clock, duration_seconds, timing, warn_before_seconds,
                          notify_on_warning, notify_on_breach)
SELECT n.code, d.case_type, d.variant, d.clock, d.duration_seconds, d.timing, d.warn_before_seconds,
       d.notify_on_warning, d.notify_on_breach
FROM network n CROSS JOIN default_clock_policy d
WHERE d.clock = 'ANSWER'
ON CONFLICT DO NOTHING;
