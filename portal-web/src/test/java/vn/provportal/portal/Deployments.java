package vn.provportal.portal;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.provportal.testing.TestDatabase;

/** The one way tests deploy the portal: the module's real war, on a started and migrated test database. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        TestDatabase.ensureStarted();
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File("target/portal-web.war"))
                .as(WebArchive.class);
    }
}
