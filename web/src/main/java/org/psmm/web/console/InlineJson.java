package org.psmm.web.console;

/**
 * JSON that goes into an inline script (a p:chart's configuration is written raw into the page):
 * {@code </script>} in a label a device reported would end the script. Outside strings JSON never
 * has {@code < > &} or U+2028/9, so escaping every one as \\uXXXX keeps the value and the page safe.
 */
final class InlineJson {

    private InlineJson() {
    }

    static String safe(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
