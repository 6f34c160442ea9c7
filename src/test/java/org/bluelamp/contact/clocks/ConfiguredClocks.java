package org.bluelamp.contact.clocks;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The clock settings exactly as application.yml has them, bound the way Spring Boot binds them, without a context. */
final class ConfiguredClocks {

    private ConfiguredClocks() {
    }

    static ClockProperties properties() {
        return binder().bind("bluelamp.contact.clocks", ClockProperties.class).get();
    }

    /** The bank holidays application.yml names: the file shipped in the jar. */
    static BankHolidays bankHolidays() {
        var properties = binder().bind("bluelamp.bank-holidays", BankHolidaysProperties.class).get();
        return BankHolidaysFile.read(properties.file(), properties.division());
    }

    private static Binder binder() {
        try {
            var sources = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
            return new Binder(ConfigurationPropertySources.from(sources), null,
                    ApplicationConversionService.getSharedInstance());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
