package vn.provportal.portal.layout;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.function.Consumer;

/**
 * A region being rendered for {@link RegionCache}: its children write into a buffer, which is sent and handed to
 * be kept — only when the whole region rendered (an exception keeps nothing).
 */
class KeptRegion extends UIComponentBase {

    private final Consumer<String> keep;

    KeptRegion(Consumer<String> keep) {
        this.keep = keep;
        setTransient(true);
    }

    @Override
    public String getFamily() {
        return "vn.provportal.KeptRegion";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        ResponseWriter page = context.getResponseWriter();
        page.write("");
        StringWriter buffer = new StringWriter(8192);
        context.setResponseWriter(page.cloneWithWriter(buffer));
        try {
            for (UIComponent child : getChildren()) {
                child.encodeAll(context);
            }
            context.getResponseWriter().flush();
        } finally {
            context.setResponseWriter(page);
        }
        String html = buffer.toString();
        page.write(html);
        keep.accept(html);
    }

    /** A region sent as it was kept: its HTML as it is, nothing built, nothing read. */
    static final class Html extends UIComponentBase {

        private final String html;

        Html(String html) {
            this.html = html;
            setTransient(true);
        }

        @Override
        public String getFamily() {
            return "vn.provportal.KeptRegion";
        }

        @Override
        public void encodeBegin(FacesContext context) throws IOException {
            context.getResponseWriter().write(html);
        }
    }
}
