package org.bluelamp.insight.demo;

import org.bluelamp.contact.Happening;
import org.bluelamp.reporting.Reference;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.bluelamp.insight.demo.DemoWords.pick;

/**
 * A year of made-up work, worked out in memory from a seed before anything is written: contacts received with the
 * shape real demand has (busier on weekdays and Friday and Saturday evenings, a summer peak, quiet nights), by the
 * channels people use (the online share growing over the year), each taken through the life the back office gives it
 * (assessment, first contact, crime decision, allocation, referral, updates, filing or closing) as far as the end of
 * the year allows, every step on its timeline as the application writes it; the relay calls and chats around them,
 * the messages sent, the satisfaction answers and some subject access requests. The same seed gives the same year.
 */
final class DemoYear {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String SYSTEM = "system";

    /** Relative demand in each UK hour of the day. */
    private static final double[] HOURS = {1.0, 0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 1.6, 2.8, 3.6, 3.9, 4.0, 4.0, 3.9, 3.8,
            3.8, 3.9, 4.0, 3.8, 3.5, 3.2, 2.8, 2.2, 1.5};
    /** Relative demand on each day of the week, Monday first. */
    private static final double[] WEEKDAYS = {1.15, 1.05, 1.0, 1.0, 1.05, 0.85, 0.75};

    private static final List<String> HANDLERS = List.of("demo.contact-handler", "a.fenwick", "b.okoro", "c.marsh",
            "d.lindqvist", "e.tran");
    private static final List<String> ASSESSORS = List.of("demo.crime-bureau-assessor", "f.hale", "g.moreno");
    private static final List<String> INTERPRETERS = List.of("demo.interpreter", "i.brook", "k.adair");
    private static final List<String> OFFICERS = List.of("PC Lee Ashdown", "PC Jo Fairbrook", "DC Sam Hollins",
            "PC Ravi Northam");

    private final DemoSettings settings;
    private final Random random;
    private final Instant until;
    private final Instant from;
    private final DemoRows rows = new DemoRows();
    private final Set<String> references = new HashSet<>();

    DemoYear(DemoSettings settings, long seed, LocalDate lastDay, Instant now) {
        this.settings = settings;
        this.random = new Random(seed);
        Instant endOfLastDay = lastDay.plusDays(1).atStartOfDay(UK).toInstant();
        this.until = endOfLastDay.isAfter(now) ? now : endOfLastDay;
        this.from = lastDay.minusDays(364).atStartOfDay(UK).toInstant();
    }

    Instant from() {
        return from;
    }

    Instant until() {
        return until;
    }

    /** The whole year kept in memory (a small one, for a test). */
    DemoRows generate(int contacts) {
        return generate(contacts, null);
    }

    /**
     * @param sink given the rows made so far every few thousand contacts and at the end, to write them; they are then
     *             let go (null: kept)
     */
    DemoRows generate(int contacts, Consumer<DemoRows> sink) {
        var slots = hourSlots();
        var received = new ArrayList<Instant>(contacts);
        for (int i = 0; i < contacts; i++) {
            received.add(slots.draw(random));
        }
        received.sort(Comparator.naturalOrder());
        int made = 0;
        for (Instant at : received) {
            contact(at);
            if (++made % 2_000 == 0) {
                hand(sink);
            }
        }
        double scale = contacts / 30_000.0;
        relayCallsWithoutReports(scale);
        chatsWithoutReports(scale);
        subjectAccessRequests(Math.max(3, (int) Math.round(48 * scale)));
        hand(sink);
        return rows;
    }

    private void hand(Consumer<DemoRows> sink) {
        if (sink != null) {
            sink.accept(rows);
            rows.written();
        }
    }

    // ---------------------------------------------------------------- demand

    /** Every UK hour of the year with its relative demand, to draw the moments contacts arrive at. */
    private Slots hourSlots() {
        var starts = new ArrayList<Instant>();
        var weights = new ArrayList<Double>();
        for (var day = from.atZone(UK).toLocalDate(); day.atStartOfDay(UK).toInstant().isBefore(until);
             day = day.plusDays(1)) {
            double progress = Duration.between(from, day.atStartOfDay(UK).toInstant()).toDays() / 365.0;
            double season = 1 + 0.18 * Math.cos(2 * Math.PI * (day.getDayOfYear() - 196) / 365.0);
            for (int hour = 0; hour < 24; hour++) {
                Instant start = ZonedDateTime.of(day, java.time.LocalTime.of(hour, 0), UK).toInstant();
                // the hour the clocks skip in spring comes out as the next one: count it once
                if (!start.isBefore(until) || !starts.isEmpty() && start.equals(starts.getLast())) {
                    continue;
                }
                starts.add(start);
                weights.add(HOURS[hour] * WEEKDAYS[day.getDayOfWeek().ordinal()] * season * (1 + 0.05 * progress)
                        * (lateOnFridayOrSaturday(day.getDayOfWeek(), hour) ? 1.5 : 1));
            }
        }
        return new Slots(starts, weights, until);
    }

    private static boolean lateOnFridayOrSaturday(DayOfWeek day, int hour) {
        return (day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY) && hour >= 18
                || (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) && hour <= 2;
    }

    private record Slots(List<Instant> starts, double[] cumulative, Instant until) {

        Slots(List<Instant> starts, List<Double> weights, Instant until) {
            this(starts, cumulate(weights), until);
        }

        private static double[] cumulate(List<Double> weights) {
            double[] sums = new double[weights.size()];
            double total = 0;
            for (int i = 0; i < sums.length; i++) {
                total += weights.get(i);
                sums[i] = total;
            }
            return sums;
        }

        Instant draw(Random random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, target);
            int slot = i >= 0 ? i : -i - 1;
            Instant at = starts.get(Math.min(slot, starts.size() - 1)).plusSeconds(random.nextInt(3600));
            return at.isBefore(until) ? at : until.minusSeconds(1 + random.nextInt(600));
        }
    }

    // ---------------------------------------------------------------- one contact's life

    private void contact(Instant received) {
        double progress = Math.min(1, Math.max(0, Duration.between(from, received).toSeconds() / (365 * 86400.0)));
        String channel = channel(progress, received);
        var service = service(channel);
        var life = new Life(received);
        var id = uuid();
        var reportId = uuid();
        var reference = reference();

        String first = pick(DemoWords.FIRST, random);
        String last = pick(DemoWords.LAST, random);
        String name = first + " " + last;
        String email = random.nextDouble() < 0.65
                ? (first + "." + last).toLowerCase() + random.nextInt(100) + "@example.com" : null;
        String phone = email == null || random.nextDouble() < 0.8 ? "+447700900" + "%03d".formatted(random.nextInt(1000))
                : null;
        String account = DemoWords.account(service.id(), random);

        // How it came: a call, a visit, an email, a relay call or a chat is logged by a handler when it ends.
        boolean logged = !channel.equals("online") && !channel.equals("bsl-video-message");
        String handler = pick(HANDLERS, random);
        String interpreter = channel.equals("video-relay") || channel.equals("bsl-video-message")
                ? pick(INTERPRETERS, random) : null;
        Instant callStarted = logged ? received.minus(minutes(4 + random.nextInt(14))) : null;
        UUID relayCall = null;
        UUID chat = null;
        if (channel.equals("video-relay")) {
            relayCall = relayCall(callStarted, received, interpreter, handler, reference);
        } else if (channel.equals("webchat")) {
            chat = chat(callStarted, received, handler, reference, name);
        }

        boolean flagged = random.nextDouble() < 0.02;
        List<String> terms = flagged ? List.of(pick(List.of("knife", "happening now", "threatened to kill"), random))
                : List.of();
        life.line(received, logged ? handler : SYSTEM, new Happening.Received(channel, service.queue()));
        if (flagged) {
            life.line(received, SYSTEM, new Happening.PossibleEmergency(String.join(", ", terms)));
        }
        if (chat != null) {
            life.line(received, handler, new Happening.ChatTranscript(
                    "Person: " + account + "\nHandler: Thank you. I will log this as a report now."));
        }
        if (channel.equals("bsl-video-message")) {
            Instant translated = received.plus(hours(logNormal(2, 0.8)));
            boolean done = translated.isBefore(until);
            rows.add(DemoRows.BSL_VIDEO_MESSAGE, reportId, reference.value(), time(received),
                    done ? time(translated) : null, done ? interpreter : null);
            if (done) {
                life.line(translated, interpreter, new Happening.BslTranslated("In English: " + account));
            }
        }
        if (email != null || phone != null) {
            message(email, phone, "acknowledgement", reference, received.plusSeconds(40),
                    "We have your report " + reference.value() + ". We will contact you within 24 hours.");
        }

        // Assessment (THRIVE), with the grading it sets.
        Instant assessed = received.plus(flagged ? minutes(5 + random.nextInt(15)) : hours(logNormal(2.5, 1.0)));
        String risk = null;
        String grading = null;
        String category = openingCategory(service.id());
        List<String> vulnerabilities = List.of();
        Instant gradingDue = null;
        if (life.by(assessed)) {
            risk = flagged ? "high" : weighted(new String[]{"high", "medium", "low"}, 0.08, 0.37, 0.55);
            grading = flagged ? "emergency"
                    : weighted(new String[]{"priority", "scheduled", "resolution-without-deployment"}, 0.12, 0.45, 0.43);
            gradingDue = assessed.plus(settings.grading(grading));
            vulnerabilities = random.nextDouble() < 0.15 ? List.of(pick(List.of("child", "older-person", "disability",
                    "mental-health", "domestic-abuse", "repeat-victim"), random)) : List.of();
            String assessor = service.queue().equals("crime-bureau") ? pick(ASSESSORS, random) : pick(HANDLERS, random);
            rows.add(DemoRows.ASSESSMENT, uuid(), id, assessor, time(assessed), DemoWords.THRIVE.get(0),
                    DemoWords.THRIVE.get(1), DemoWords.THRIVE.get(2), DemoWords.THRIVE.get(3),
                    DemoWords.THRIVE.get(4), DemoWords.THRIVE.get(5), risk, DemoRows.array(vulnerabilities), grading,
                    category);
            life.line(assessed, assessor, new Happening.Assessed(false, risk, grading, category,
                    String.join(",", vulnerabilities)));
            life.status = "in-progress";
        }

        // First contact with the reporter: most within the 24 hours, some late, a few not yet.
        Instant firstContact = random.nextDouble() < 0.02 ? null
                : received.plus(hours(logged ? logNormal(1, 1.0) : logNormal(5, 1.1)));
        Instant updateDue = null;
        if (firstContact != null && life.by(firstContact)) {
            life.firstContact = firstContact;
            life.line(firstContact, handler, new Happening.ContactedReporter(true,
                    pick(List.of("phone", "email", "phone", "in-person"), random), pick(DemoWords.CONTACT_NOTES, random)));
            updateDue = firstContact.plus(settings.updateEvery());
        }

        // The crime-recording decision, where the report type asks for one.
        String decision = null;
        String classification = null;
        Instant decided = service.crimeDecision() ? received.plus(hours(logNormal(6, 1.0))) : null;
        if (decided != null && life.by(decided)) {
            boolean recorded = random.nextDouble() < 0.72;
            decision = recorded ? "recorded" : "not-a-crime";
            String actor = pick(ASSESSORS, random);
            if (recorded) {
                classification = classification(service.id());
                life.line(decided, actor, new Happening.CrimeRecorded(classification));
            } else {
                life.line(decided, actor, new Happening.NotACrime(pick(DemoWords.NOT_A_CRIME, random)));
            }
            Instant keyDecisionUpdate = decided.plus(Duration.ofDays(7));
            updateDue = updateDue == null || keyDecisionUpdate.isBefore(updateDue) ? keyDecisionUpdate : updateDue;
            message(email, phone, "update", reference, decided.plusSeconds(600),
                    "There is news about your report " + reference.value() + ": we have decided whether to record it as a crime.");
        }

        // A question for the reporter now and then.
        if (life.assessed() && random.nextDouble() < 0.06) {
            Instant asked = assessed.plus(hours(1 + random.nextInt(4)));
            if (life.by(asked)) {
                String question = "Can you tell us what time you noticed it?";
                Instant answered = asked.plus(hours(logNormal(20, 0.8)));
                boolean isAnswered = life.by(answered);
                rows.add(DemoRows.INFORMATION_REQUEST, uuid(), id, question, handler, time(asked),
                        isAnswered ? "At about half past nine in the evening." : null, isAnswered ? time(answered) : null,
                        isAnswered ? "phone" : null, isAnswered ? handler : null);
                life.line(asked, handler, new Happening.InformationRequested(question));
                life.status = "awaiting-information";
                if (isAnswered) {
                    life.line(answered, handler, new Happening.InformationReceived("phone",
                            "At about half past nine in the evening.", null));
                    life.status = "in-progress";
                    if (life.firstContact == null) {
                        life.firstContact = answered;
                    }
                }
            }
        }

        // Where it goes: allocated to a team, referred elsewhere, or dealt with here.
        String route = route(service.id());
        String team = null;
        String officer = null;
        String referredTo = null;
        Instant routed = (life.assessed() ? assessed : received).plus(hours(logNormal(3, 1.0)));
        if (life.assessed() && life.by(routed) && !life.status.equals("awaiting-information")) {
            switch (route) {
                case "allocated" -> {
                    team = team(service.id());
                    officer = team.equals("demo") ? "demo.officer" : random.nextDouble() < 0.5 ? null : "pc." + last.toLowerCase();
                    life.line(routed, pick(HANDLERS, random), new Happening.Allocated(team,
                            officer == null ? null : team.equals("demo") ? "Demo officer" : pick(OFFICERS, random)));
                    life.status = "allocated";
                    message(email, phone, "update", reference, routed.plusSeconds(900),
                            "There is news about your report " + reference.value() + ": it is now with the team who will deal with it.");
                }
                case "referred" -> {
                    referredTo = referral(service.id());
                    life.line(routed, pick(HANDLERS, random), new Happening.Referred(referredTo,
                            "It is theirs to deal with."));
                    life.status = "referred";
                }
                default -> {
                }
            }
        }

        // Finished, or still open at the end of the year with its update clock running.
        double medianDays = switch (route) {
            case "allocated" -> 16;
            case "referred" -> 2;
            case "filed" -> 1;
            default -> 4;
        };
        Instant finished = routed.plus(hours(logNormal(medianDays * 24, 0.9)));
        boolean finishes = life.assessed() && !life.status.equals("awaiting-information") && life.by(finished)
                && random.nextDouble() > 0.03;
        Instant horizon = finishes ? finished : until;
        // Victims' Code updates while it is open: mostly within the 28 days, now and then late.
        for (Instant told = updateDue == null ? null : life.firstContact; told != null; ) {
            Instant update = told.plus(hours(24 * logNormal(21, 0.3)));
            if (!update.isBefore(horizon)) {
                break;
            }
            life.line(update, "demo.officer".equals(officer) ? officer : pick(HANDLERS, random),
                    new Happening.ContactedReporter(false, "phone", pick(DemoWords.UPDATE_NOTES, random)));
            told = update;
            updateDue = update.plus(settings.updateEvery());
        }
        String closingCategory = null;
        String outcome = null;
        Instant closed = null;
        if (finishes) {
            boolean filed = route.equals("filed") || route.equals("referred");
            closingCategory = category;
            outcome = filed ? pick(DemoWords.FILE_NOTES, random) : pick(DemoWords.OUTCOMES, random);
            closed = finished;
            String actor = officer != null && officer.startsWith("demo.") ? officer : pick(HANDLERS, random);
            life.line(finished, actor, filed ? new Happening.Filed(outcome, closingCategory)
                    : new Happening.Closed(outcome, closingCategory));
            life.status = filed ? "filed" : "closed";
            updateDue = null;
            if (!filed) {
                message(email, phone, "outcome", reference, finished.plusSeconds(600),
                        "Your report " + reference.value() + " is closed: " + outcome);
                satisfaction(id, service.id(), channel, email, reference, finished, progress);
            }
        }

        rows.add(DemoRows.REPORT, reportId, reference.value(), service.id(), service.title(), service.version(),
                DemoRows.json(Map.of(service.describedBy(), Map.of("value", account))),
                DemoRows.json(List.of(Map.of("questionId", service.describedBy(), "question", service.describedAs(),
                        "answer", List.of(account)))),
                time(received), channel, time(callStarted), logged ? time(received) : null, logged ? handler : null,
                DemoRows.json(reporter(name, email, phone)), interpreter, relayCall, chat);
        rows.add(DemoRows.CONTACT, id, reference.value(), reportId, channel, service.id(), service.title(),
                time(received), time(received.plus(settings.firstContact())), service.queue(), service.priority(),
                service.crimeDecision() ? time(received.plus(settings.crimeDecision())) : null, team, officer,
                life.status, flagged, DemoRows.array(terms), risk, DemoRows.array(vulnerabilities), grading,
                time(gradingDue), life.assessed() ? category : null, closingCategory, time(life.firstContact),
                decision, classification, decision == null ? null : time(decided), time(updateDue), referredTo,
                outcome, time(closed), time(life.lastActivity), time(callStarted), logged ? time(received) : null,
                logged ? handler : null, interpreter, name,
                DemoRows.array(email == null ? List.of() : List.of(email)),
                DemoRows.array(phone == null ? List.of() : List.of(phone)), account);
        life.write(id);
        rows.count("contacts." + channel);
    }

    /** A contact's timeline as it grows, kept in order, and where it stands. */
    private final class Life {
        private final List<Object[]> lines = new ArrayList<>();
        private Instant lastActivity;
        private Instant firstContact;
        private String status = "new";
        private boolean assessed;

        Life(Instant received) {
            this.lastActivity = received;
        }

        boolean by(Instant at) {
            return at.isBefore(until);
        }

        boolean assessed() {
            return assessed;
        }

        void line(Instant at, String actor, Happening what) {
            lines.add(new Object[]{at, actor, what.kind(), DemoRows.json(what.details())});
            lastActivity = at.isAfter(lastActivity) ? at : lastActivity;
            if (what instanceof Happening.Assessed) {
                assessed = true;
            }
        }

        /** In the order it happened (a stable sort: lines at the same moment keep the order they were made in). */
        void write(UUID contactId) {
            lines.sort(Comparator.comparing(line -> (Instant) line[0]));
            for (Object[] line : lines) {
                rows.add(DemoRows.TIMELINE, contactId, time((Instant) line[0]), line[1], line[2], line[3]);
            }
        }
    }

    // ---------------------------------------------------------------- choices

    private String channel(double progress, Instant at) {
        double online = 0.20 + 0.10 * progress;
        double webchat = 0.04 + 0.03 * progress;
        double email = 0.06 - 0.01 * progress;
        double bsl = 0.008;
        double relay = 0.012;
        double inPerson = 0.08 - 0.03 * progress;
        double draw = random.nextDouble();
        String chosen = draw < online ? "online"
                : draw < online + webchat ? "webchat"
                : draw < online + webchat + email ? "email"
                : draw < online + webchat + email + bsl ? "bsl-video-message"
                : draw < online + webchat + email + bsl + relay ? "video-relay"
                : draw < online + webchat + email + bsl + relay + inPerson ? "in-person" : "phone";
        if (chosen.equals("video-relay") && !settings.relayOpen(at)) {
            return "phone";
        }
        if (chosen.equals("webchat") && !settings.chatOpen(at)) {
            return "phone";
        }
        return chosen;
    }

    private static final Map<String, Double> SERVICE_WEIGHTS = Map.ofEntries(Map.entry("crime", 30.0),
            Map.entry("anti-social-behaviour", 14.0), Map.entry("road-traffic-collision", 8.0), Map.entry("fraud", 8.0),
            Map.entry("lost-property", 8.0), Map.entry("information", 9.0), Map.entry("hate-crime", 3.0),
            Map.entry("lost-or-stolen-vehicle", 4.0), Map.entry("missing-person", 2.0),
            Map.entry("found-property", 4.0), Map.entry("feedback", 3.0));

    /** A report type offered on the channel: a BSL video message is its own report type, online ones theirs. */
    private DemoServices.Service service(String channel) {
        var offered = settings.services().stream()
                .filter(s -> channel.equals("bsl-video-message") ? s.channel().equals("bsl-video-message")
                        : !s.channel().equals("bsl-video-message"))
                .toList();
        double total = offered.stream().mapToDouble(s -> SERVICE_WEIGHTS.getOrDefault(s.id(), 2.0)).sum();
        double draw = random.nextDouble() * total;
        for (var s : offered) {
            draw -= SERVICE_WEIGHTS.getOrDefault(s.id(), 2.0);
            if (draw < 0) {
                return s;
            }
        }
        return offered.getLast();
    }

    private String openingCategory(String serviceId) {
        return settings.category(switch (serviceId) {
            case "crime", "bsl-video-message" -> random.nextDouble() < 0.1 ? "Crime - domestic abuse" : "Crime";
            case "hate-crime" -> "Crime - hate";
            case "fraud" -> "Crime - fraud";
            case "anti-social-behaviour" -> pick(List.of("Anti-social behaviour - personal",
                    "Anti-social behaviour - nuisance", "Anti-social behaviour - environmental"), random);
            case "road-traffic-collision" -> random.nextDouble() < 0.7 ? "Road traffic collision - damage only"
                    : "Road traffic collision - injury";
            case "lost-or-stolen-vehicle" -> "Vehicle crime - lost or stolen vehicle";
            case "missing-person" -> "Missing person";
            case "lost-property" -> "Lost property";
            case "found-property" -> "Found property";
            case "feedback" -> "Feedback";
            default -> "Information only";
        }, random);
    }

    private String classification(String serviceId) {
        List<String> codes = switch (serviceId) {
            case "hate-crime" -> List.of("8R", "105A", "66");
            case "fraud" -> List.of("53H");
            case "lost-or-stolen-vehicle" -> List.of("48");
            default -> List.of("49", "44", "45", "58C", "58D", "28E", "105A", "8N", "39", "46");
        };
        return settings.classification(pick(codes, random), random);
    }

    private String route(String serviceId) {
        return switch (serviceId) {
            case "fraud" -> weighted(new String[]{"referred", "allocated", "closed"}, 0.5, 0.2, 0.3);
            case "anti-social-behaviour" -> weighted(new String[]{"referred", "allocated", "closed", "filed"}, 0.2, 0.35, 0.3, 0.15);
            case "lost-property", "found-property", "information", "feedback" ->
                    weighted(new String[]{"filed", "closed"}, 0.6, 0.4);
            case "missing-person" -> weighted(new String[]{"allocated", "closed"}, 0.8, 0.2);
            default -> weighted(new String[]{"allocated", "closed", "filed"}, 0.45, 0.35, 0.2);
        };
    }

    private String team(String serviceId) {
        if (random.nextDouble() < 0.08) {
            return settings.team("demo", random);
        }
        return settings.team(switch (serviceId) {
            case "road-traffic-collision", "lost-or-stolen-vehicle" -> "roads-policing";
            case "missing-person" -> "response";
            case "fraud", "hate-crime" -> "investigations";
            case "anti-social-behaviour" -> random.nextBoolean() ? "neighbourhood-north" : "neighbourhood-south";
            default -> pick(List.of("response", "investigations", "neighbourhood-north", "neighbourhood-south"), random);
        }, random);
    }

    private String referral(String serviceId) {
        return settings.referral(switch (serviceId) {
            case "fraud" -> "Report Fraud (national fraud reporting service)";
            case "anti-social-behaviour" -> "Local council";
            default -> pick(List.of("Victim support service", "Another police force", "Other organisation"), random);
        }, random);
    }

    private String weighted(String[] values, double... weights) {
        double draw = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    // ---------------------------------------------------------------- around the contacts

    private UUID relayCall(Instant answered, Instant ended, String interpreter, String handler, Reference reference) {
        var id = uuid();
        Instant queued = answered.minusSeconds((long) logNormal(35, 0.9));
        rows.add(DemoRows.RELAY_CALL, id, token(), "ended", time(queued), time(ended), time(answered), time(ended),
                "interpreter-ended", interpreter, handler, true, reference == null ? null : reference.value());
        return id;
    }

    private UUID chat(Instant answered, Instant ended, String handler, Reference reference, String name) {
        var id = uuid();
        Instant queued = answered.minusSeconds((long) logNormal(25, 0.9));
        String about = pick(DemoWords.CHAT_ABOUT, random);
        var lines = List.of(
                new String[]{"system", null, "Chat answered."},
                new String[]{"person", null, about + "."},
                new String[]{"handler", handler, reference == null ? "Thank you. Here is what you can do next."
                        : "Thank you. I have logged this as a report; your reference is " + reference.value() + "."},
                new String[]{"system", null, "Chat ended."});
        rows.add(DemoRows.CHAT, id, token(), "ended", name, about, time(queued), time(ended), time(answered), handler,
                time(ended), "handler-ended", lines.size(), reference == null ? null : reference.value(),
                reference == null ? pick(List.of("advice-given", "signposted", "not-a-police-matter",
                        "already-reported"), random) : "reported");
        for (int i = 0; i < lines.size(); i++) {
            String[] line = lines.get(i);
            rows.add(DemoRows.CHAT_LINE, id, i + 1, line[0], line[1], line[2],
                    time(i == 0 ? answered : i == lines.size() - 1 ? ended : answered.plusSeconds(30L * i)));
        }
        return id;
    }

    private void relayCallsWithoutReports(double scale) {
        var day = from.atZone(UK).toLocalDate();
        for (; day.atStartOfDay(UK).toInstant().isBefore(until); day = day.plusDays(1)) {
            int calls = poisson(6 * scale);
            for (int i = 0; i < calls; i++) {
                Instant queued = ZonedDateTime.of(day, java.time.LocalTime.of(random.nextInt(24), random.nextInt(60)),
                        UK).toInstant();
                if (!settings.relayOpen(queued) || !queued.isBefore(until.minus(Duration.ofHours(1)))) {
                    continue;
                }
                if (random.nextDouble() < 0.08) {
                    Instant gaveUp = queued.plusSeconds(60 + random.nextInt(400));
                    rows.add(DemoRows.RELAY_CALL, uuid(), token(), "abandoned", time(queued), time(gaveUp), null,
                            time(gaveUp), "caller-left", null, null, false, null);
                } else {
                    Instant answered = queued.plusSeconds((long) logNormal(35, 0.9));
                    Instant ended = answered.plus(minutes(3 + random.nextInt(20)));
                    rows.add(DemoRows.RELAY_CALL, uuid(), token(), "ended", time(queued), time(ended), time(answered),
                            time(ended), pick(List.of("caller-left", "interpreter-ended"), random),
                            pick(INTERPRETERS, random), null, false, null);
                }
            }
        }
    }

    private void chatsWithoutReports(double scale) {
        var day = from.atZone(UK).toLocalDate();
        for (; day.atStartOfDay(UK).toInstant().isBefore(until); day = day.plusDays(1)) {
            double progress = Duration.between(from, day.atStartOfDay(UK).toInstant()).toDays() / 365.0;
            int chats = poisson((25 + 15 * progress) * scale);
            for (int i = 0; i < chats; i++) {
                int hour = random.nextDouble() < 0.8 ? 8 + random.nextInt(14) : random.nextInt(24);
                Instant queued = ZonedDateTime.of(day, java.time.LocalTime.of(hour, random.nextInt(60)), UK).toInstant();
                if (!settings.chatOpen(queued) || !queued.isBefore(until.minus(Duration.ofHours(1)))) {
                    continue;
                }
                if (random.nextDouble() < 0.07) {
                    Instant gaveUp = queued.plusSeconds(30 + random.nextInt(300));
                    rows.add(DemoRows.CHAT, uuid(), token(), "abandoned", null, pick(DemoWords.CHAT_ABOUT, random),
                            time(queued), time(gaveUp), null, null, time(gaveUp), "person-left-site", 0, null, null);
                } else {
                    Instant answered = queued.plusSeconds((long) logNormal(25, 0.9));
                    chat(answered, answered.plus(minutes(2 + random.nextInt(12))), pick(HANDLERS, random), null,
                            null);
                }
            }
        }
    }

    private void satisfaction(UUID contactId, String serviceId, String channel, String email, Reference reference,
                              Instant closed, double progress) {
        if (email == null || random.nextDouble() > 0.5) {
            return;
        }
        Instant asked = closed.plus(Duration.ofHours(1));
        if (!asked.isBefore(until)) {
            return;
        }
        message(email, null, "satisfaction", reference, asked, "How did we do with your report " + reference.value()
                + "? One question, at the link in this email.");
        Instant answered = asked.plus(hours(logNormal(20, 1.0)));
        boolean answers = random.nextDouble() < 0.35 && answered.isBefore(until);
        rows.add(DemoRows.SATISFACTION_INVITATION, contactId, token(), serviceId, channel, time(asked),
                time(asked.plus(Duration.ofDays(30))), answers ? time(answered) : null);
        if (answers) {
            double better = 0.05 * progress;
            rows.add(DemoRows.SATISFACTION_ANSWER, uuid(), serviceId, channel,
                    answered.atZone(UK).toLocalDate().withDayOfMonth(1),
                    weighted(new String[]{"very-satisfied", "satisfied", "neither", "dissatisfied", "very-dissatisfied"},
                            0.30 + better, 0.35, 0.15, 0.12 - better / 2, 0.08 - better / 2),
                    weighted(new String[]{"very-easy", "easy", "neither", "difficult", "very-difficult"},
                            0.35, 0.35, 0.15, 0.10, 0.05),
                    weighted(new String[]{"yes", "partly", "no"}, 0.6 + better, 0.25, 0.15 - better),
                    random.nextDouble() < 0.1 ? "Call me back sooner." : null);
        }
    }

    private void message(String email, String phone, String kind, Reference reference, Instant at, String body) {
        if (email == null && phone == null || !at.isBefore(until)) {
            return;
        }
        boolean byEmail = email != null;
        Instant delivered = at.plusSeconds(5 + random.nextInt(120));
        rows.add(DemoRows.MESSAGE, uuid(), "demo-data:" + uuid(), kind, byEmail ? "email" : "sms",
                byEmail ? email : phone, byEmail ? settings.force() + ": your report " + reference.value() : null,
                body, reference.value(), time(at), time(at), "delivered", 1, time(at.plusSeconds(2)),
                time(delivered.isBefore(until) ? delivered : at.plusSeconds(2)));
    }

    private void subjectAccessRequests(int count) {
        for (int i = 0; i < count; i++) {
            Instant received = from.plusSeconds((long) (random.nextDouble() * Duration.between(from, until).toSeconds()));
            String name = pick(DemoWords.FIRST, random) + " " + pick(DemoWords.LAST, random);
            LocalDate receivedOn = received.atZone(UK).toLocalDate();
            Instant checked = received.plus(Duration.ofDays(1 + random.nextInt(5)));
            Instant answered = checked.plus(Duration.ofDays(5 + random.nextInt(20)));
            boolean isChecked = checked.isBefore(until);
            boolean isAnswered = isChecked && answered.isBefore(until);
            var id = uuid();
            String officer = "demo.data-protection-officer";
            rows.add(DemoRows.SUBJECT_ACCESS_REQUEST, id, "DSR-%04d-%04d".formatted(random.nextInt(10_000),
                            random.nextInt(10_000)), time(received), name, LocalDate.of(1960 + random.nextInt(45),
                            1 + random.nextInt(12), 1 + random.nextInt(28)),
                    name.toLowerCase().replace(' ', '.') + "@example.com", "station", "post",
                    isAnswered ? "answered" : isChecked ? "checked" : "received", receivedOn,
                    receivedOn.plusMonths(1), isChecked ? officer : null, isChecked ? time(checked) : null,
                    isChecked ? "seen-at-station" : null, isAnswered ? time(answered) : null);
            rows.add(DemoRows.SUBJECT_ACCESS_TIMELINE, id, time(received), SYSTEM, "received");
            if (isChecked) {
                rows.add(DemoRows.SUBJECT_ACCESS_TIMELINE, id, time(checked), officer, "identity-checked");
            }
            if (isAnswered) {
                rows.add(DemoRows.SUBJECT_ACCESS_TIMELINE, id, time(answered), officer, "released");
            }
        }
    }

    // ---------------------------------------------------------------- small helpers

    private Map<String, Object> reporter(String name, String email, String phone) {
        var reporter = new LinkedHashMap<String, Object>();
        reporter.put("name", name);
        reporter.put("email", email);
        reporter.put("phone", phone);
        reporter.put("preference", email != null ? "email" : "phone");
        reporter.put("safety", null);
        reporter.put("safeTimes", List.of());
        reporter.put("anonymous", false);
        reporter.put("bslInterpreter", false);
        return reporter;
    }

    private Reference reference() {
        while (true) {
            var reference = Reference.random(settings.referencePrefix(), random);
            if (references.add(reference.value())) {
                return reference;
            }
        }
    }

    private UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    /** A stand-in for a key's hash: unique, and opens nothing (no key was ever given out for it). */
    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "demo-" + HexFormat.of().formatHex(bytes);
    }

    /** A log-normal draw with this median: most values near it, a long tail above. */
    private double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    private int poisson(double mean) {
        int k = 0;
        double p = Math.exp(-mean);
        double sum = p;
        double u = random.nextDouble();
        while (u > sum && k < 1000) {
            k++;
            p *= mean / k;
            sum += p;
        }
        return k;
    }

    private static Duration hours(double hours) {
        return Duration.ofSeconds((long) (hours * 3600));
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    private static java.time.OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(java.time.ZoneOffset.UTC);
    }
}
