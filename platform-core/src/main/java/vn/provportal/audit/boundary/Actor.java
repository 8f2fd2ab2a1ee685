package vn.provportal.audit.boundary;

import jakarta.enterprise.context.RequestScoped;

/** Who is acting in this request and from which address; set by the web application's entry filter. */
@RequestScoped
public class Actor {

    private String name = "system";
    private String address;

    public void set(String name, String address) {
        this.name = name;
        this.address = address;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }
}
