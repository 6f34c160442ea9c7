package org.bluelamp.insight;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The filters above the figures, as typed: dates as 27/3/2026 or 2026-03-27, a team, a channel and the grouping. A
 * mistake is named beside its field with everything typed kept; a team-only viewer's team is always their own,
 * whatever the address says.
 */
public record InsightQueryForm(String from, String to, String team, String channel, String per) {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int LONGEST_FIELD = 40;

    static InsightQueryForm of(String from, String to, String team, String channel, String per) {
        return new InsightQueryForm(tidy(from), tidy(to), tidy(team), tidy(channel), tidy(per));
    }

    /** The query the form asks for, or its mistakes in {@code errors}. */
    Optional<InsightQuery> read(InsightViewer viewer, LocalDate today, List<String> teams, List<String> channels,
                                Mistakes errors) {
        var first = date("from", from, today.minusDays(27), errors);
        var last = date("to", to, today, errors);
        if (first.isPresent() && last.isPresent()) {
            if (first.get().isAfter(last.get())) {
                errors.add("to", "insight.filter.to.before-from");
            } else if (last.get().isAfter(today)) {
                errors.add("to", "insight.filter.to.future");
            } else if (first.get().plusYears(InsightFilter.MOST_YEARS).isBefore(last.get())) {
                errors.add("from", "insight.filter.too-long");
            }
        }
        String teamAsked = viewer.forceWide() ? team : viewer.team();
        if (viewer.forceWide() && !team.isEmpty() && !team.equals(NO_TEAM) && !teams.contains(team)) {
            errors.add("team", "insight.filter.team.unknown");
        }
        if (!channel.isEmpty() && !channels.contains(channel)) {
            errors.add("channel", "insight.filter.channel.unknown");
        }
        var grouping = per(first, last, errors);
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new InsightQuery(first.get(), last.get(),
                teamAsked.isEmpty() ? null : teamAsked.equals(NO_TEAM) ? "" : teamAsked,
                channel.isEmpty() ? null : channel, grouping.orElseThrow()));
    }

    /** The form as the figures shown answer it: days left blank say which days the page chose. */
    InsightQueryForm answeredBy(InsightQuery query) {
        return new InsightQueryForm(from.isEmpty() ? TYPED.format(query.from()) : from,
                to.isEmpty() ? TYPED.format(query.to()) : to, team, channel, per);
    }

    /** What the team field says for contacts no team holds yet. */
    static final String NO_TEAM = "none";

    private Optional<Grouping> per(Optional<LocalDate> first, Optional<LocalDate> last, Mistakes errors) {
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(first.get(), last.get()) + 1;
        if (per.isEmpty()) {
            return Optional.of(InsightQuery.suiting(days));
        }
        var asked = java.util.Arrays.stream(Grouping.values())
                .filter(p -> p.name().equalsIgnoreCase(per)).findFirst();
        if (asked.isEmpty()) {
            errors.add("per", "insight.filter.per.unknown");
        } else if (asked.get() == Grouping.DAY && days > InsightQuery.MOST_DAYS_BY_DAY) {
            errors.add("per", "insight.filter.per.too-many-days");
        }
        return asked;
    }

    private static Optional<LocalDate> date(String field, String typed, LocalDate otherwise, Mistakes errors) {
        if (typed.isEmpty()) {
            return Optional.of(otherwise);
        }
        try {
            return Optional.of(typed.contains("-") ? LocalDate.parse(typed) : LocalDate.parse(typed, TYPED));
        } catch (DateTimeParseException notADate) {
            errors.add(field, "insight.filter." + field + ".not-a-date");
            return Optional.empty();
        }
    }

    /** The mistakes found so far, each in the reader's words, in the order of the fields. */
    static final class Mistakes {
        private final Texts texts;
        private final java.util.ArrayList<ErrorMessage> found = new java.util.ArrayList<>();

        Mistakes(Texts texts) {
            this.texts = texts;
        }

        void add(String field, String key) {
            if (found.stream().noneMatch(e -> e.fieldId().equals(field))) {
                found.add(new ErrorMessage(field, texts.t(key)));
            }
        }

        boolean any() {
            return !found.isEmpty();
        }

        org.bluelamp.platform.FormErrors asFormErrors() {
            var order = List.of("from", "to", "team", "channel", "per");
            return new org.bluelamp.platform.FormErrors(found.stream()
                    .sorted(java.util.Comparator.comparingInt(e -> order.indexOf(e.fieldId()))).toList());
        }
    }

    private static String tidy(String typed) {
        if (typed == null) {
            return "";
        }
        String stripped = typed.strip();
        return stripped.length() > LONGEST_FIELD ? stripped.substring(0, LONGEST_FIELD) : stripped;
    }
}
