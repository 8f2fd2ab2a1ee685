package vn.provportal.apikey.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import vn.provportal.apikey.entity.ApiKey;
import vn.provportal.platform.Sha256;

/** Issues, checks and revokes provinces' API keys. Keys are 32 random bytes; only their hash is stored. */
@ApplicationScoped
@Transactional
public class ApiKeys {

    /** A newly issued key: the only moment its plain text exists. */
    public record Issued(ApiKey key, String plainText) {
    }

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<vn.provportal.platform.Activity> activities;

    public Issued issue(String tenantCode, String label) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String plain = "pp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Issued issued = new Issued(store(tenantCode, label, plain), plain);
        activities.fire(new vn.provportal.platform.Activity("apikey.issued", "Khóa " + issued.key().getKeyPrefix()
                + "… (" + label + ") của " + tenantCode));
        return issued;
    }

    /** Registers a key chosen outside (demo mode's PROVPORTAL_DEMO_API_KEY) unless it is known already. */
    public void ensure(String tenantCode, String label, String plain) {
        if (find(plain).isEmpty()) {
            store(tenantCode, label, plain);
        }
    }

    /** The province of an active key, recording its use; empty for unknown or revoked keys. */
    public Optional<String> provinceOf(String plain) {
        Optional<ApiKey> key = find(plain).filter(ApiKey::isActive);
        key.ifPresent(k -> k.used(Instant.now()));
        return key.map(ApiKey::getTenantCode);
    }

    /** Revokes a key of {@code tenantCode}; a key of another province is not found. */
    public boolean revoke(String tenantCode, long id) {
        ApiKey key = em.find(ApiKey.class, id);
        if (key == null || !key.getTenantCode().equals(tenantCode)) {
            return false;
        }
        key.revoke(Instant.now());
        activities.fire(new vn.provportal.platform.Activity("apikey.revoked", "Khóa " + key.getKeyPrefix() + "… của "
                + tenantCode));
        return true;
    }

    public java.util.List<ApiKey> ofProvince(String tenantCode) {
        return em.createNamedQuery(ApiKey.OF_TENANT, ApiKey.class).setParameter("tenant", tenantCode).getResultList();
    }


    private Optional<ApiKey> find(String plain) {
        if (plain == null || plain.length() < 16 || plain.length() > 200) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiKey.BY_HASH, ApiKey.class).setParameter("hash", Sha256.hex(plain))
                .getResultStream().findFirst();
    }

    private ApiKey store(String tenantCode, String label, String plain) {
        ApiKey key = new ApiKey(tenantCode, label, plain.substring(0, Math.min(8, plain.length())), Sha256.hex(plain),
                Instant.now());
        em.persist(key);
        return key;
    }
}
