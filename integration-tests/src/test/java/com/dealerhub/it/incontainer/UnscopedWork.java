package com.dealerhub.it.incontainer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.util.function.Function;

/** Work in a transaction that nobody put under a scope: no caller, no database scope. */
@ApplicationScoped
@Transactional
public class UnscopedWork {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/DealerHubDS")
    DataSource dataSource;

    public <T> T run(Function<EntityManager, T> work) {
        return work.apply(em);
    }

    /** The platform's datasource, for plain JDBC work. */
    public DataSource dataSource() {
        return dataSource;
    }
}
