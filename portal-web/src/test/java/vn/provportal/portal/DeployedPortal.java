package vn.provportal.portal;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base of the portal's HTTP tests: the real war on Payara Micro, and a cookie-less citizen client. */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedPortal {

    @ArquillianResource
    URL deployment;

    PortalClient portal;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void client() {
        portal = new PortalClient(deployment);
    }
}
