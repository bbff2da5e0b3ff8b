-- A case's running clock due soonest (none while every clock is paused or stopped): what lists and
-- the work queue show and sort by. A function rather than a view, so that a LATERAL join on one case
-- is inlined and uses the case index of case_deadline.
CREATE FUNCTION dealerhub_next_deadline(p_case uuid)
    RETURNS TABLE (clock text, due_at timestamptz)
    LANGUAGE sql STABLE SET search_path = public AS
$$
SELECT d.clock, d.due_at FROM case_deadline d
WHERE d.case_id = p_case AND d.stopped_at IS NULL AND d.due_at IS NOT NULL
ORDER BY d.due_at LIMIT 1
$$;
