package dev.smhtoken.desktop;

import java.util.List;

/** The few property-list shapes a launchd agent needs (launchd.plist(5)). */
final class Plist {
    private Plist() {
    }

    /**
     * An agent that runs {@code arguments}; {@code extraKeys} are complete {@code <key>..</key><value/>}
     * lines (each already escaped).
     */
    static String agent(String label, List<String> arguments, List<String> extraKeys) {
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n")
                .append("<plist version=\"1.0\">\n<dict>\n")
                .append("  <key>Label</key>\n  <string>").append(Quoting.xml(label)).append("</string>\n")
                .append("  <key>ProgramArguments</key>\n  <array>\n");
        for (String argument : arguments) {
            xml.append("    <string>").append(Quoting.xml(argument)).append("</string>\n");
        }
        xml.append("  </array>\n");
        for (String line : extraKeys) {
            xml.append("  ").append(line).append('\n');
        }
        return xml.append("</dict>\n</plist>\n").toString();
    }
}
