package com.dealerhub.tenantadmin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
public class TenantAdminApplication extends Application {
}
