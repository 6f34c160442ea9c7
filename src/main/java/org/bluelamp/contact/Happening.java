package org.bluelamp.contact;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.bluelamp.reporting.Reference;

/**
 * What a line of a contact's timeline records: one record per kind, with its own particulars. It is kept as the
 * kind's name and its particulars by name (contact_timeline.kind and .details, as since V13), so lines written before
 * these types read the same; the page's words come from messages timeline.{kind} and timeline.detail.{name}.
 */
public sealed interface Happening {

    /** The kind as stored, e.g. "assessed". */
    String kind();

    /** The particulars as stored, by name, leaving out those with no value. */
    Map<String, String> details();

    /** A stored line's happening; a kind no code writes is a fault in the data, not the reader's. */
    static Happening of(String kind, Map<String, String> d) {
        return switch (kind) {
            case "received" -> new Received(d.get("channel"), d.get("queue"));
            case "possible-emergency" -> new PossibleEmergency(d.get("terms"));
            case "first-contact", "contact" -> new ContactedReporter(kind.equals("first-contact"), d.get("how"),
                    d.get("note"));
            case "assessed", "reassessed" -> new Assessed(kind.equals("reassessed"), d.get("risk"), d.get("grading"),
                    d.get("category"), d.get("vulnerabilities"));
            case "crime-recorded" -> new CrimeRecorded(d.get("classification"));
            case "not-a-crime" -> new NotACrime(d.get("reason"));
            case "information-requested" -> new InformationRequested(d.get("question"));
            case "information-received" -> new InformationReceived(d.get("how"), d.get("answer"), d.get("files"));
            case "information-added" -> new InformationAdded(d.get("how"), d.get("information"), d.get("files"));
            case "allocated" -> new Allocated(d.get("team"), d.get("officer"));
            case "updates-agreed" -> new UpdatesAgreed(d.get("frequency"));
            case "linked" -> new Linked(Reference.stored(d.get("reference")), d.get("kind"));
            case "referred" -> new Referred(d.get("organisation"), d.get("reason"));
            case "filed" -> new Filed(d.get("outcome"), d.get("category"));
            case "closed" -> new Closed(d.get("outcome"), d.get("category"));
            case "reopened" -> new Reopened(d.get("reason"));
            case "viewed" -> new Viewed(d.get("page"), d.get("file"));
            case "plod-visit-booked" -> new PlodVisitBooked(d.get("when"), d.get("officer"));
            case "plod-visit-no-suitable-time" -> new PlodVisitNoSuitableTime(d.get("preferred"));
            case "plod-visit-changed" -> new PlodVisitChanged(d.get("when"), d.get("officer"));
            case "plod-visit-cancelled" -> new PlodVisitCancelled(d.get("when"), d.get("reason"));
            case "plod-visit-outcome" -> new PlodVisitOutcome(d.get("outcome"), d.get("note"));
            case "bsl-translated" -> new BslTranslated(d.get("translation"));
            case "message-undelivered" -> new MessageUndelivered(d.get("message"), d.get("by"));
            case "message-received" -> new MessageReceived(d.get("message"), d.get("files"));
            case "message-replied" -> new MessageReplied(d.get("message"));
            case "evidence-link-sent" -> new EvidenceLinkSent(d.get("note"));
            case "evidence-received" -> new EvidenceReceived(d.get("information"), d.get("files"));
            case "chat-transcript" -> new ChatTranscript(d.get("transcript"));
            case "crime-number" -> new CrimeNumberGiven(d.get("number"));
            case "officer-in-charge" -> new OfficerInChargeGiven(d.get("officer"), d.get("collar"));
            case "result" -> new ResultGiven(d.get("result"), d.get("description"));
            default -> throw new IllegalArgumentException("Not something that happens to a contact: " + kind);
        };
    }

    /** Opened from a report or a logged call: how it came and the queue it joined. */
    record Received(String channel, String queue) implements Happening {
        public String kind() {
            return "received";
        }

        public Map<String, String> details() {
            return named("channel", channel, "queue", queue);
        }
    }

    /** @param terms the words that suggest present danger, as a list in words */
    record PossibleEmergency(String terms) implements Happening {
        public String kind() {
            return "possible-emergency";
        }

        public Map<String, String> details() {
            return named("terms", terms);
        }
    }

    /** @param first whether it was the first contact with the reporter, which meets the first-contact clock */
    record ContactedReporter(boolean first, String how, String note) implements Happening {
        public String kind() {
            return first ? "first-contact" : "contact";
        }

        public Map<String, String> details() {
            return named("how", how, "note", note);
        }
    }

    /** @param again a re-assessment; @param vulnerabilities their codes, comma separated */
    record Assessed(boolean again, String risk, String grading, String category, String vulnerabilities)
            implements Happening {
        public String kind() {
            return again ? "reassessed" : "assessed";
        }

        public Map<String, String> details() {
            return named("risk", risk, "grading", grading, "category", category, "vulnerabilities", vulnerabilities);
        }
    }

    record CrimeRecorded(String classification) implements Happening {
        public String kind() {
            return "crime-recorded";
        }

        public Map<String, String> details() {
            return named("classification", classification);
        }
    }

    record NotACrime(String reason) implements Happening {
        public String kind() {
            return "not-a-crime";
        }

        public Map<String, String> details() {
            return named("reason", reason);
        }
    }

    record InformationRequested(String question) implements Happening {
        public String kind() {
            return "information-requested";
        }

        public Map<String, String> details() {
            return named("question", question);
        }
    }

    /** An answer to a question asked; @param files the names of files sent with it online, comma separated */
    record InformationReceived(String how, String answer, String files) implements Happening {
        public String kind() {
            return "information-received";
        }

        public Map<String, String> details() {
            return named("how", how, "answer", answer, "files", files);
        }
    }

    /** Information the reporter added online without being asked. */
    record InformationAdded(String how, String information, String files) implements Happening {
        public String kind() {
            return "information-added";
        }

        public Map<String, String> details() {
            return named("how", how, "information", information, "files", files);
        }
    }

    /** @param officer the officer's name, if allocated to one */
    record Allocated(String team, String officer) implements Happening {
        public String kind() {
            return "allocated";
        }

        public Map<String, String> details() {
            return named("team", team, "officer", officer);
        }
    }

    /** How often the reporter agreed to be updated; @param frequency its code (UpdateFrequency) */
    record UpdatesAgreed(String frequency) implements Happening {
        public String kind() {
            return "updates-agreed";
        }

        public Map<String, String> details() {
            return named("frequency", frequency);
        }
    }

    /** @param reference the other contact's; @param link related or duplicate (stored as "kind") */
    record Linked(Reference reference, String link) implements Happening {
        public String kind() {
            return "linked";
        }

        public Map<String, String> details() {
            return named("reference", reference.value(), "kind", link);
        }
    }

    record Referred(String organisation, String reason) implements Happening {
        public String kind() {
            return "referred";
        }

        public Map<String, String> details() {
            return named("organisation", organisation, "reason", reason);
        }
    }

    /** @param outcome the note it was filed with */
    record Filed(String outcome, String category) implements Happening {
        public String kind() {
            return "filed";
        }

        public Map<String, String> details() {
            return named("outcome", outcome, "category", category);
        }
    }

    record Closed(String outcome, String category) implements Happening {
        public String kind() {
            return "closed";
        }

        public Map<String, String> details() {
            return named("outcome", outcome, "category", category);
        }
    }

    record Reopened(String reason) implements Happening {
        public String kind() {
            return "reopened";
        }

        public Map<String, String> details() {
            return named("reason", reason);
        }
    }

    /** A look: @param page a key under contact.tab in the messages; @param file the file's name, for a file */
    record Viewed(String page, String file) implements Happening {
        public String kind() {
            return "viewed";
        }

        public Map<String, String> details() {
            return named("page", page, "file", file);
        }
    }

    /** What happens to a PLOD visit: appointments writes these on the contact's timeline through ContactNotes. */
    sealed interface PlodVisit extends Happening {
    }

    record PlodVisitBooked(String when, String officer) implements PlodVisit {
        public String kind() {
            return "plod-visit-booked";
        }

        public Map<String, String> details() {
            return named("when", when, "officer", officer);
        }
    }

    /** @param preferred the times that suit the reporter, in their words */
    record PlodVisitNoSuitableTime(String preferred) implements PlodVisit {
        public String kind() {
            return "plod-visit-no-suitable-time";
        }

        public Map<String, String> details() {
            return named("preferred", preferred);
        }
    }

    record PlodVisitChanged(String when, String officer) implements PlodVisit {
        public String kind() {
            return "plod-visit-changed";
        }

        public Map<String, String> details() {
            return named("when", when, "officer", officer);
        }
    }

    /** @param when the booked time, if there was one */
    record PlodVisitCancelled(String when, String reason) implements PlodVisit {
        public String kind() {
            return "plod-visit-cancelled";
        }

        public Map<String, String> details() {
            return named("when", when, "reason", reason);
        }
    }

    /** @param outcome in words */
    record PlodVisitOutcome(String outcome, String note) implements PlodVisit {
        public String kind() {
            return "plod-visit-outcome";
        }

        public Map<String, String> details() {
            return named("outcome", outcome, "note", note);
        }
    }

    /** An interpreter's English translation of the reporter's BSL video message. */
    record BslTranslated(String translation) implements Happening {
        public String kind() {
            return "bsl-translated";
        }

        public Map<String, String> details() {
            return named("translation", translation);
        }
    }

    /** @param message what was not delivered, as staff call it; @param by how it went, in words */
    record MessageUndelivered(String message, String by) implements Happening {
        public String kind() {
            return "message-undelivered";
        }

        public Map<String, String> details() {
            return named("message", message, "by", by);
        }
    }

    /** A message the reporter sent from "Check your report"; @param files the names of its files, comma separated */
    record MessageReceived(String message, String files) implements Happening {
        public String kind() {
            return "message-received";
        }

        public Map<String, String> details() {
            return named("message", message, "files", files);
        }
    }

    /** A reply to the reporter, which they read on "Check your report". */
    record MessageReplied(String message) implements Happening {
        public String kind() {
            return "message-replied";
        }

        public Map<String, String> details() {
            return named("message", message);
        }
    }

    /** A one-time "send us your evidence" link sent to the reporter (never the link); @param note what was asked for */
    record EvidenceLinkSent(String note) implements Happening {
        public String kind() {
            return "evidence-link-sent";
        }

        public Map<String, String> details() {
            return named("note", note);
        }
    }

    /** Files the reporter sent through an evidence link; @param files their names, comma separated */
    record EvidenceReceived(String information, String files) implements Happening {
        public String kind() {
            return "evidence-received";
        }

        public Map<String, String> details() {
            return named("information", information, "files", files);
        }
    }

    /**
     * Name-value pairs, leaving out those with no value, in the order PostgreSQL keeps a jsonb object's keys (shorter
     * first, then by their bytes): the order a stored line has always been read back and shown in.
     */
    /** The whole 101 live chat the contact was logged from, a line for each thing said, written as it is opened. */
    record ChatTranscript(String transcript) implements Happening {
        public String kind() {
            return "chat-transcript";
        }

        public Map<String, String> details() {
            return named("transcript", transcript);
        }
    }

    /** The force's records system gave the contact this crime number (RecordsSystemUpdates). */
    record CrimeNumberGiven(String number) implements Happening {
        public String kind() {
            return "crime-number";
        }

        public Map<String, String> details() {
            return named("number", number);
        }
    }

    /** The records system named the officer in charge; @param collar their collar or warrant number, if sent */
    record OfficerInChargeGiven(String officer, String collar) implements Happening {
        public String kind() {
            return "officer-in-charge";
        }

        public Map<String, String> details() {
            return named("officer", officer, "collar", collar);
        }
    }

    /** The records system sent the result; @param result its code (ResultOutcome), @param description for the reporter */
    record ResultGiven(String result, String description) implements Happening {
        public String kind() {
            return "result";
        }

        public Map<String, String> details() {
            return named("result", result, "description", description);
        }
    }

    private static Map<String, String> named(String... pairs) {
        var map = new TreeMap<String, String>(
                Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                map.put(pairs[i], pairs[i + 1]);
            }
        }
        return new LinkedHashMap<>(map);
    }
}
