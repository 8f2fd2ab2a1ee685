package vn.provportal.portal.layout;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code <pp:kept region="footer">…</pp:kept>}: the body rendered once and kept
 * ({@link RegionCache}); while kept, its components are not even built, so what they would read is not read.
 * {@code varies} names what else of the request the body shows (the sidebar: the vote form's answer, one of its
 * known values), which becomes part of the key.
 */
public class KeptRegionHandler extends TagHandler {

    private final TagAttribute region;
    private final TagAttribute varies;
    private volatile RegionCache cache;

    public KeptRegionHandler(TagConfig config) {
        super(config);
        region = getRequiredAttribute("region");
        varies = getAttribute("varies");
    }

    @Override
    public void apply(FaceletContext ctx, UIComponent parent) throws IOException {
        HttpServletRequest request = (HttpServletRequest) ctx.getFacesContext().getExternalContext().getRequest();
        Optional<String> key = cache().key(region.getValue(ctx), varies == null ? null : varies.getValue(ctx), request);
        Optional<String> kept = key.flatMap(cache::find);
        if (kept.isPresent()) {
            parent.getChildren().add(new KeptRegion.Html(kept.get()));
            return;
        }
        if (key.isEmpty()) {
            nextHandler.apply(ctx, parent);
            return;
        }
        KeptRegion rendering = new KeptRegion(html -> cache.keep(key.get(), html, request));
        parent.getChildren().add(rendering);
        nextHandler.apply(ctx, rendering);
    }

    private RegionCache cache() {
        if (cache == null) {
            cache = CDI.current().select(RegionCache.class).get();
        }
        return cache;
    }
}
