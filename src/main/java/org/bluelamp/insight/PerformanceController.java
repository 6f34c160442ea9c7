package org.bluelamp.insight;

import org.bluelamp.insight.chart.CsvTable;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * /performance: the force's monthly figures for anyone, in plain words, charts, tables and CSV, for the last
 * complete months (never the month under way, whose figures are still coming in). Off with
 * {@code bluelamp.insight.public-page.enabled: false}, when it is not found at all.
 */
@Controller
class PerformanceController {

    /** The most months a setting may ask for: three years of twelve rows a table. */
    static final int MOST_MONTHS = 36;

    private final boolean enabled;
    private final int months;
    private final PublicPerformanceFigures figures;
    private final ObjectProvider<PublicPerformanceSource> sources;
    private final Clock clock;
    private final java.time.Duration keepFor;
    /** The months last counted, kept a few minutes: anyone may ask for this page, as often as they like. */
    private volatile Counted counted;

    private record Counted(YearMonth from, YearMonth to, java.time.Instant at, List<PublicPerformanceMonth> months) {
    }

    PerformanceController(@Value("${bluelamp.insight.public-page.enabled:true}") boolean enabled,
                          @Value("${bluelamp.insight.public-page.months:12}") int months,
                          @Value("${bluelamp.insight.public-page.keep-for:PT5M}") java.time.Duration keepFor,
                          PublicPerformanceFigures figures, ObjectProvider<PublicPerformanceSource> sources,
                          Clock clock) {
        this.keepFor = keepFor;
        this.enabled = enabled;
        this.months = Math.max(1, Math.min(MOST_MONTHS, months));
        this.figures = figures;
        this.sources = sources;
        this.clock = clock;
    }

    @GetMapping("/performance")
    String performance(Frame frame, Model model) {
        model.addAttribute("page", page(frame));
        return "insight/performance";
    }

    @GetMapping("/performance/{name:[a-z0-9-]+}.csv")
    ResponseEntity<byte[]> table(@PathVariable String name, Frame frame) {
        return page(frame).figures().stream().filter(table -> table.name().equals(name)).findFirst()
                .map(CsvTable::download)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private PublicPerformancePage page(Texts texts) {
        if (!enabled) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var last = YearMonth.now(clock.withZone(LondonTime.ZONE)).minusMonths(1);
        var counted = months(last.minusMonths(months - 1L), last);
        // from the first month anything was received, so a new installation does not publish a year of nothing
        int first = 0;
        while (first < counted.size() && counted.get(first).total() == 0) {
            first++;
        }
        counted = counted.subList(first, counted.size());
        if (counted.isEmpty()) {
            return new PublicPerformancePage(List.of(), List.of());
        }
        var shownMonths = counted.stream().map(PublicPerformanceMonth::month).toList();
        var more = sources.orderedStream().flatMap(source -> source.monthly(shownMonths, texts).stream()).toList();
        return PublicPerformancePage.of(counted, more, texts);
    }

    /** The complete months' figures change only when old days are counted again, so a few minutes' copy serves. */
    private List<PublicPerformanceMonth> months(YearMonth from, YearMonth to) {
        var now = clock.instant();
        var kept = counted;
        if (kept != null && kept.from().equals(from) && kept.to().equals(to)
                && kept.at().plus(keepFor).isAfter(now)) {
            return kept.months();
        }
        var fresh = List.copyOf(figures.between(from, to));
        counted = new Counted(from, to, now, fresh);
        return fresh;
    }
}
