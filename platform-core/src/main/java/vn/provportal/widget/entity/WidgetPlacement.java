package vn.provportal.widget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.provportal.platform.Nfc;

/**
 * A widget placed on a province's pages: which widget, in which region, in which order, with which title
 * and settings. Settings are {@code key=value} lines (java.util.Properties), readable in the database and
 * editable without a schema change per widget.
 */
@Entity
@Table(name = "widget_placement")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = WidgetPlacement.IN_REGION,
        query = "SELECT w FROM WidgetPlacement w WHERE w.region = :region ORDER BY w.position, w.id")
public class WidgetPlacement {

    public static final String IN_REGION = "WidgetPlacement.inRegion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Region region;

    @Column(name = "widget_type", nullable = false, length = 60)
    private String widgetType;

    @Column(nullable = false)
    private int position;

    @Column(length = 200)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String settings;

    protected WidgetPlacement() {
    }

    public WidgetPlacement(Region region, String widgetType, int position, String title, String settings) {
        this.region = region;
        this.widgetType = widgetType;
        this.position = position;
        this.title = Nfc.normalize(title);
        this.settings = Nfc.normalize(settings);
    }

    public Properties settings() {
        Properties properties = new Properties();
        if (settings != null) {
            try {
                properties.load(new StringReader(settings));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    public int intSetting(String key, int fallback) {
        try {
            return Integer.parseInt(settings().getProperty(key, Integer.toString(fallback)).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public Long getId() {
        return id;
    }

    public Region getRegion() {
        return region;
    }

    public String getWidgetType() {
        return widgetType;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }
}
