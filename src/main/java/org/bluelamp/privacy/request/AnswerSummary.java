package org.bluelamp.privacy.request;

import org.bluelamp.platform.SummaryRow;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.FormDraft;

import java.util.ArrayList;
import java.util.List;

/** The public form's answers as "check your answers" lists them, each with its change link. */
final class AnswerSummary {

    private AnswerSummary() {
    }


    static List<SummaryRow> rows(FormDraft draft, Texts t) {
        var rows = new ArrayList<SummaryRow>();
        row(rows, t, "name", "fullName", draft.get("fullName"));
        row(rows, t, "name", "otherNames", or(draft.get("otherNames"), t.t("your-data.check.none")));
        row(rows, t, "name", "dob", RequestAnswers.dateOfBirth(draft.answers()).map(day -> DueDates.show(day, t)).orElse(""));
        row(rows, t, "contact", "email", or(draft.get("email"), t.t("your-data.check.none")));
        row(rows, t, "contact", "phone", or(draft.get("phone"), t.t("your-data.check.none")));
        var address = new ArrayList<String>();
        if (!draft.get("address").isBlank()) {
            address.addAll(draft.get("address").lines().toList());
        }
        if (!draft.get("postcode").isBlank()) {
            address.add(RequestAnswers.postcode(draft.get("postcode")));
        }
        rows.add(new SummaryRow(t.t("your-data.check.address"),
                address.isEmpty() ? List.of(t.t("your-data.check.none")) : address, "/your-data/contact?change",
                t.t("check.change"), t.t("your-data.check.address")));
        String wants = draft.get("wants");
        var wanted = new ArrayList<>(List.of(t.t("your-data.what." + wants)));
        if (wants.equals("period")) {
            wanted.add(draft.get("period"));
        } else if (wants.equals("reference")) {
            wanted.add(draft.get("wantsReference"));
        }
        rows.add(new SummaryRow(t.t("your-data.check.what"), wanted, "/your-data/what?change", t.t("check.change"),
                t.t("your-data.check.what")));
        String identity = draft.get("identity");
        row(rows, t, "identity", "identity", identity.equals("upload") && draft.fileKept()
                ? t.t("your-data.check.identity.upload", draft.keptFile()) : t.t("your-data.identity.station"));
        row(rows, t, "receive", "receive", t.t("your-data.receive." + draft.get("receive")));
        return rows;
    }

    private static void row(List<SummaryRow> rows, Texts t, String step, String key, String value) {
        String label = t.t("your-data.check." + key);
        rows.add(new SummaryRow(label, List.of(value), "/your-data/" + step + "?change", t.t("check.change"), label));
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
