package com.dealerhub.platform.cases.sla;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Acts on deadlines as they fire, in the scheduler's transaction (worker role, SYSTEM scope), before
 * the changed cases are published: what it writes commits with the firing, or neither does. The case
 * kernel knows no implementation (notifications provide one), so it depends on nothing downstream.
 */
public interface DeadlineFiringListener {

    void fired(Connection connection, List<FiredDeadline> fired) throws SQLException;
}
