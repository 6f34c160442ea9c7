package org.bluelamp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final Pattern ARROW = Pattern.compile("^\\s*(\\w+) --> (\\w+)\\s*$");

    private final ApplicationModules modules = ApplicationModules.of(BluelampApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    /**
     * The diagram in docs/architecture.md is what the code does: every arrow between modules other than platform
     * (which all use).
     */
    @Test
    void theModuleDiagramInTheDocsIsTheModulesDependencies() throws IOException {
        Set<String> actual = new TreeSet<>();
        for (ApplicationModule module : modules) {
            module.getDirectDependencies(modules).uniqueModules()
                    .filter(target -> !target.getIdentifier().toString().equals("platform"))
                    .forEach(target -> actual.add(module.getIdentifier() + " --> " + target.getIdentifier()));
        }

        String docs = Files.readString(Path.of("docs/architecture.md"));
        String diagram = docs.substring(docs.indexOf("```mermaid"), docs.indexOf("```", docs.indexOf("```mermaid") + 3));
        Set<String> drawn = new TreeSet<>();
        diagram.lines().map(ARROW::matcher).filter(m -> m.matches()).forEach(m -> drawn.add(m.group()
                .strip()));

        assertThat(drawn).isEqualTo(actual);
    }
}
