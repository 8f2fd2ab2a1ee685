package vn.provportal.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS root of the public API. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
