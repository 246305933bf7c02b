package dev.smhtoken.cli;

import dev.smhtoken.token.Printable;
import java.util.ArrayList;
import java.util.List;

/** Left-aligned columns two spaces apart; the last column is not padded, so lines have no trailing blanks. */
final class TextTable {
    private TextTable() {
    }

    /** Each cell is printed {@linkplain Printable#escaped escaped}: a value cannot clear the screen or forge a row. */
    static List<String> align(List<List<String>> raw) {
        List<List<String>> rows = raw.stream().map(row -> row.stream().map(Printable::escaped).toList()).toList();
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).codePointCount(0, row.get(i).length()));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                line.append(cell);
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - cell.codePointCount(0, cell.length()) + 2));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
