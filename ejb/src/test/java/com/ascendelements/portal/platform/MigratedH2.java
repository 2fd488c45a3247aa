package com.ascendelements.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;

/** For tests against the real migrations and mappings: an in-memory H2 database migrated by Flyway, and EclipseLink on it. */
public final class MigratedH2 {

    private MigratedH2() {
    }

    /** A new in-memory database ({@code name} plus a random suffix) with every migration applied, and its persistence unit. */
    public static EntityManagerFactory entityManagerFactory(String name) {
        String url = "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        assertThat(SchemaMigration.migrate(ds).success).isTrue();
        return Persistence.createEntityManagerFactory("portal", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.url", url,
                "eclipselink.weaving", "false"));
    }

    /** {@code work} in a transaction of its own, committed when it returns, rolled back when it throws. */
    public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Sets a field the container would inject ({@code @PersistenceContext}, {@code @Inject}). */
    public static void inject(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
