package org.bluelamp.insight.demo;

import org.bluelamp.insight.InsightRefresh;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * bin/demo-data: when Bluelamp is started with {@code --bluelamp.demo-data.fill=true}, fills its database with a demo
 * year once it has started (migrations done), prints what it made, and stops. Off unless asked for; checked as it
 * runs rather than by a condition on the bean, as the jar's bean definitions are worked out at build time (AOT).
 */
@Component
class DemoDataCommand implements ApplicationRunner {

    private final DemoDataFiller filler;
    private final Environment environment;
    private final ApplicationContext context;
    private final Clock clock;
    private final InsightRefresh insight;

    DemoDataCommand(DemoDataFiller filler, Environment environment, ApplicationContext context, Clock clock,
                    InsightRefresh insight) {
        this.filler = filler;
        this.environment = environment;
        this.context = context;
        this.clock = clock;
        this.insight = insight;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!environment.getProperty("bluelamp.demo-data.fill", Boolean.class, false)) {
            return;
        }
        int code = fill(System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    int fill(PrintStream out) {
        DemoDataFiller.Order order;
        try {
            order = new DemoDataFiller.Order(environment.getProperty("bluelamp.demo-data.contacts", Integer.class, 30_000),
                    environment.getProperty("bluelamp.demo-data.seed", Long.class, ThreadLocalRandom.current().nextLong()),
                    LocalDate.now(clock.withZone(DemoYear.UK)),
                    environment.getProperty("bluelamp.demo-data.again", Boolean.class, false));
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
        out.printf("%nMaking a demo year of %,d contacts (seed %d). This is for demo installations only.%n",
                order.contacts(), order.seed());
        long started = System.nanoTime();
        var outcome = filler.fill(order);
        if (!outcome.filled()) {
            out.println(outcome.refusal());
            return 1;
        }
        var day = DateTimeFormatter.ofPattern("d MMMM yyyy");
        out.printf("Made in %.1f seconds, received from %s to %s:%n", (System.nanoTime() - started) / 1e9,
                outcome.from().atZone(DemoYear.UK).format(day), outcome.until().atZone(DemoYear.UK).format(day));
        for (Map.Entry<String, Integer> row : outcome.rows().entrySet()) {
            out.printf("  %-26s %,9d%n", row.getKey(), row.getValue());
        }
        out.println("Contacts by channel:");
        outcome.contactsByChannel().forEach((channel, count) -> out.printf("  %-26s %,9d%n", channel, count));
        long counting = System.nanoTime();
        int days = insight.countEverythingAgain().size();
        out.printf("Counted %,d days into the insight figures in %.1f seconds.%n", days,
                (System.nanoTime() - counting) / 1e9);
        out.println("""

                Start Bluelamp with bin/run (BLUELAMP_DEMO_ACCOUNTS=true bin/run for an account in each role), then look
                at /staff/contacts (the queues), /staff/insight (the figures) and /performance (the public figures).""");
        return 0;
    }
}
