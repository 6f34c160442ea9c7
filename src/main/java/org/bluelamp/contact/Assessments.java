package org.bluelamp.contact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** THRIVE assessments: each kept as made; a re-assessment is another row (the database refuses changes). */
@Repository
class Assessments {

    private final JdbcClient jdbc;

    Assessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Assessment a) {
        jdbc.sql("""
                        INSERT INTO contact_assessment (id, contact_id, assessed_by, assessed_at, threat, harm, risk,
                            investigation, vulnerability, engagement, risk_level, vulnerabilities, grading,
                            opening_category)
                        VALUES (:id, :contact, :by, :at, :threat, :harm, :risk, :investigation, :vulnerability,
                                :engagement, :level, :vulnerabilities, :grading, :category)""")
                .param("id", a.id()).param("contact", a.contactId()).param("by", a.assessedBy())
                .param("at", Timestamp.from(a.assessedAt())).param("threat", a.threat()).param("harm", a.harm())
                .param("risk", a.risk()).param("investigation", a.investigation())
                .param("vulnerability", a.vulnerability()).param("engagement", a.engagement())
                .param("level", a.riskLevel().code())
                .param("vulnerabilities", a.vulnerabilities().stream().map(Vulnerability::code).toArray(String[]::new))
                .param("grading", a.grading().code()).param("category", a.openingCategory())
                .update();
    }

    /** Every assessment of the contact, the latest first. */
    List<Assessment> of(UUID contactId) {
        return jdbc.sql("SELECT * FROM contact_assessment WHERE contact_id = :contact ORDER BY assessed_at DESC")
                .param("contact", contactId)
                .query((rs, row) -> new Assessment(rs.getObject("id", UUID.class),
                        rs.getObject("contact_id", UUID.class), rs.getString("assessed_by"),
                        rs.getTimestamp("assessed_at").toInstant(), rs.getString("threat"), rs.getString("harm"),
                        rs.getString("risk"), rs.getString("investigation"), rs.getString("vulnerability"),
                        rs.getString("engagement"), Risk.fromCode(rs.getString("risk_level")).orElseThrow(),
                        Contacts.strings(rs.getArray("vulnerabilities")).stream().map(Vulnerability::fromCode)
                                .flatMap(Optional::stream).toList(),
                        Grading.fromCode(rs.getString("grading")).orElseThrow(), rs.getString("opening_category")))
                .list();
    }
}
