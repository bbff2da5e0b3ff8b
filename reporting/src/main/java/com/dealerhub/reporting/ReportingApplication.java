package com.dealerhub.reporting;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
public class ReportingApplication extends Application {
}
