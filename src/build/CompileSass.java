import de.larsgrefer.sass.embedded.SassCompiler;
import de.larsgrefer.sass.embedded.SassCompilerFactory;
import com.sass_lang.embedded_protocol.OutputStyle;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step: compiles the site's Sass (GOV.UK Frontend with the force's brand) with the Dart Sass binary
 * bundled in a Maven Central artifact. Arguments: entry file, load path, output CSS file.
 */
public class CompileSass {
    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[2]);
        try (SassCompiler compiler = SassCompilerFactory.bundled()) {
            compiler.setLoadPaths(List.of(new File(args[1])));
            compiler.setQuietDeps(true);
            compiler.addSilenceDeprecation("import");
            compiler.addSilenceDeprecation("global-builtin");
            compiler.addSilenceDeprecation("mixed-decls");
            String css = compiler.compileFile(new File(args[0]), OutputStyle.COMPRESSED).getCss();
            Files.createDirectories(output.getParent());
            Files.writeString(output, css);
        }
    }
}
