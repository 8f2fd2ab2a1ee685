package vn.provportal.admin.people;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.VietnamTime;
import vn.provportal.privacy.boundary.PersonalData;
import vn.provportal.privacy.control.HeldItem;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * Backs {@code /people/personal-data.xhtml}: a citizen asks the province what it holds about them; the administrator
 * finds it by the citizen's e-mail address, hands over a copy (JSON), anonymises or erases it ({@link PersonalData}).
 */
@Named
@ViewScoped
public class PersonalDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonalData personalData;

    @Inject
    CurrentTenant currentTenant;

    private String email = "";
    private List<HeldItem> held;
    private String searched;

    public void find() {
        try {
            held = personalData.find(email);
            searched = email.strip();
        } catch (InvalidInput e) {
            held = null;
            Faces.error(e);
        }
    }

    public void anonymise() {
        change(() -> personalData.anonymise(searched), "done.privacy.anonymised");
    }

    public void erase() {
        change(() -> personalData.erase(searched), "done.privacy.erased");
    }

    /** The copy for the citizen: every record with its fields named in the administrator's language. */
    public void export() throws IOException {
        List<HeldItem> items;
        try {
            items = personalData.export(searched);
        } catch (InvalidInput e) {
            Faces.error(e);
            return;
        }
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (HeldItem item : items) {
            JsonObjectBuilder fields = Json.createObjectBuilder();
            item.fields().forEach((key, value) -> fields.add(Faces.text(key), value == null ? "" : shown(key, value)));
            records.add(Json.createObjectBuilder().add("loai", Faces.text(item.kind())).add("ma", item.id())
                    .add("thoi-diem", VietnamTime.dateTime(item.at())).add("thoi-diem-utc", item.at().toString())
                    .add("noi-dung", fields));
        }
        String province = currentTenant.get().getCode().value();
        byte[] json = Json.createObjectBuilder().add("email", searched).add("tinh", province)
                .add("xuat-luc", VietnamTime.dateTime(Instant.now())).add("du-lieu", records).build().toString()
                .getBytes(StandardCharsets.UTF_8);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType("application/json;charset=UTF-8");
        response.setResponseContentLength(json.length);
        response.setResponseHeader("Content-Disposition", "attachment; filename=\"du-lieu-ca-nhan-" + province + ".json\"");
        response.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = response.getResponseOutputStream()) {
            out.write(json);
        }
        faces.responseComplete();
    }

    /** A field's value as the screen and the copy show it: a comment's or a question's state in words. */
    public String shown(String field, String value) {
        return switch (field) {
            case "privacy.field.status" -> Faces.text("privacy.status." + value);
            case "privacy.field.question-status" -> Faces.text("question.status." + value);
            default -> value;
        };
    }

    /** Anonymised or erased, nothing is tied to the address any more: the list is empty without asking again. */
    private void change(java.util.function.IntSupplier work, String done) {
        try {
            int changed = work.getAsInt();
            Faces.info(done, changed);
            held = List.of();
        } catch (InvalidInput e) {
            Faces.error(e);
        }
    }

    public boolean isProvinceChosen() {
        return currentTenant.isResolved();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<HeldItem> getHeld() {
        return held;
    }

    public String getSearched() {
        return searched;
    }

    public String getFound() {
        return held == null ? "" : Faces.text("privacy.found", held.size(), searched);
    }
}
