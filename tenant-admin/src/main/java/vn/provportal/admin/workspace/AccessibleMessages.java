package vn.provportal.admin.workspace;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages as assistive technology can read them: PrimeFaces 15 writes each message as
 * {@code <li role="alert">} inside a {@code <ul>}, so the list holds no list items (axe-core "list", serious, on
 * every screen that shows a message). The list is marked {@code role="none"}; each message stays an alert.
 */
public class AccessibleMessages extends MessagesRenderer {

    @Override
    protected void encodeMessages(FacesContext context, Messages messages, String severity, List<FacesMessage> list)
            throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(original) {
            @Override
            public void startElement(String name, UIComponent component) throws IOException {
                super.startElement(name, component);
                if ("ul".equals(name)) {
                    super.writeAttribute("role", "none", null);
                }
            }
        });
        try {
            super.encodeMessages(context, messages, severity, list);
        } finally {
            context.setResponseWriter(original);
        }
    }
}
