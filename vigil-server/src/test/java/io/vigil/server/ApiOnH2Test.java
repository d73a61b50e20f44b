package io.vigil.server;

import org.springframework.test.context.TestPropertySource;

/** The API contract on the embedded H2 database (the default). */
@TestPropertySource(
    properties =
        "spring.datasource.url=jdbc:h2:mem:vigil-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ApiOnH2Test extends ApiContract {}
