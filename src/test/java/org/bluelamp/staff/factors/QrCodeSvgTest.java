package org.bluelamp.staff.factors;

import io.nayuki.qrcodegen.QrCode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodeSvgTest {

    private static final String PREFIX = "data:image/svg+xml;base64,";
    private static final Pattern RUN = Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-\\3z");

    @Test
    void isAnSvgDataUriWithSharpEdges() throws Exception {
        Element svg = parse(QrCodeSvg.dataUri("otpauth://totp/Bluelamp:j.smith?secret=GEZDGNBVGY3TQOJQ"));
        assertThat(svg.getTagName()).isEqualTo("svg");
        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("shape-rendering")).isEqualTo("crispEdges");
    }

    @Test
    void isTheSizeOfTheQrVersionTheTextNeedsPlusAFourModuleQuietZone() throws Exception {
        // Versions 6 and 7 (41 and 45 modules) hold 106 and 122 bytes at error correction level M (ISO/IEC 18004).
        assertThat(viewBox("a".repeat(106))).isEqualTo("0 0 49 49");
        assertThat(viewBox("a".repeat(107))).isEqualTo("0 0 53 53");
        assertThat(viewBox("HELLO")).isEqualTo("0 0 29 29");            // version 1: 21 modules
    }

    @Test
    void startsWithTheTopLeftFinderPatternInsideTheQuietZone() throws Exception {
        String d = path(QrCodeSvg.dataUri("otpauth://totp/Bluelamp:j.smith?secret=GEZDGNBVGY3TQOJQ"));
        // The finder's top row is seven dark modules at (4, 4): nothing is drawn in the four-module border before it.
        assertThat(d).startsWith("M4,4h7v1h-7z");
    }

    @Test
    void drawsExactlyTheDarkModulesOfTheQrCode() throws Exception {
        String text = "otpauth://totp/Bluelamp%20Testshire:j.smith?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=Bluelamp%20Testshire&algorithm=SHA1&digits=6&period=30";
        QrCode expected = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        var dark = new HashSet<String>();
        for (int y = 0; y < expected.size; y++) {
            for (int x = 0; x < expected.size; x++) {
                if (expected.getModule(x, y)) {
                    dark.add((x + 4) + "," + (y + 4));
                }
            }
        }
        assertThat(drawn(path(QrCodeSvg.dataUri(text)))).isEqualTo(dark);
    }

    @Test
    void differentTextsGiveDifferentImages() {
        assertThat(QrCodeSvg.dataUri("otpauth://totp/Bluelamp:a?secret=AAAA"))
                .isNotEqualTo(QrCodeSvg.dataUri("otpauth://totp/Bluelamp:b?secret=AAAA"));
    }

    private static Set<String> drawn(String d) {
        var modules = new HashSet<String>();
        var runs = RUN.matcher(d);
        int end = 0;
        while (runs.find()) {
            assertThat(runs.start()).as("only runs of modules in the path").isEqualTo(end);
            end = runs.end();
            int x = Integer.parseInt(runs.group(1));
            int y = Integer.parseInt(runs.group(2));
            for (int i = 0; i < Integer.parseInt(runs.group(3)); i++) {
                assertThat(modules.add((x + i) + "," + y)).as("each module drawn once").isTrue();
            }
        }
        assertThat(end).isEqualTo(d.length());
        return modules;
    }

    private static String viewBox(String text) throws Exception {
        return parse(QrCodeSvg.dataUri(text)).getAttribute("viewBox");
    }

    private static String path(String dataUri) throws Exception {
        return ((Element) parse(dataUri).getElementsByTagName("path").item(0)).getAttribute("d");
    }

    private static Element parse(String dataUri) throws Exception {
        assertThat(dataUri).startsWith(PREFIX);
        byte[] svg = Base64.getDecoder().decode(dataUri.substring(PREFIX.length()));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getDocumentElement();
    }
}
