package vn.provportal.admin.health;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * Errors of ajax requests go to PrimeFaces' exception handler, which redirects to the error page web.xml names
 * for the exception instead of Mojarra's partial response that names the exception's class (security issue #12
 * item 6). Full-page posts keep Faces' own handling, so that {@link LostFormFilter} sees an expired view and
 * shows what was typed.
 */
public class AjaxErrors extends ExceptionHandlerFactory {

    public AjaxErrors(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        ExceptionHandler faces = getWrapped().getExceptionHandler();
        ExceptionHandler prime = new PrimeExceptionHandler(faces);
        return new ExceptionHandlerWrapper(faces) {
            @Override
            public void handle() {
                FacesContext context = FacesContext.getCurrentInstance();
                if (context != null && context.getPartialViewContext().isAjaxRequest()) {
                    prime.handle();
                } else {
                    super.handle();
                }
            }
        };
    }
}
