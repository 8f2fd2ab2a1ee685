package vn.provportal.widget.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.provportal.platform.persistence.TenantScoped;
import vn.provportal.widget.entity.Region;
import vn.provportal.widget.entity.WidgetPlacement;

/** The widgets the current province placed in a region, ready to render, in one transaction. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Widgets {

    private static final Logger LOG = Logger.getLogger(Widgets.class.getName());

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    @Any
    Instance<Widget> available;

    public List<RenderedWidget> region(Region region) {
        Map<String, Widget> byType = available.stream()
                .collect(Collectors.toMap(Widget::type, Function.identity(), (a, b) -> a));
        return em.createNamedQuery(WidgetPlacement.IN_REGION, WidgetPlacement.class)
                .setParameter("region", region)
                .getResultStream()
                .map(p -> render(p, byType))
                .flatMap(Optional::stream)
                .toList();
    }

    public WidgetPlacement place(WidgetPlacement placement) {
        em.persist(placement);
        return placement;
    }

    private static Optional<RenderedWidget> render(WidgetPlacement placement, Map<String, Widget> byType) {
        Widget widget = byType.get(placement.getWidgetType());
        if (widget == null) {
            LOG.fine(() -> "no widget of type " + placement.getWidgetType() + " in this application");
            return Optional.empty();
        }
        return Optional.of(new RenderedWidget(placement, widget.template(), widget.model(placement)));
    }
}
