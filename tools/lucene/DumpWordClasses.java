// Prints the character classes of Lucene 8's StandardTokenizer (its Unicode 9.0 word-break
// classes) as "start end class" lines, start/end in hex, one line per run of code points.
// Input of tools/lucene/gen-word-classes.ts, which writes src/tokenize/generated/word-class-runs.ts.
import java.lang.reflect.Field;

public class DumpWordClasses {
  public static void main(String[] args) throws Exception {
    Class<?> scanner = Class.forName("org.apache.lucene.analysis.standard.StandardTokenizerImpl");
    Field field = scanner.getDeclaredField("ZZ_CMAP");
    field.setAccessible(true);
    char[] classes = (char[]) field.get(null);
    StringBuilder out = new StringBuilder();
    int start = 0;
    for (int cp = 1; cp <= classes.length; cp++) {
      if (cp == classes.length || classes[cp] != classes[start]) {
        out.append(Integer.toHexString(start)).append(' ').append(Integer.toHexString(cp - 1))
            .append(' ').append((int) classes[start]).append('\n');
        start = cp;
      }
    }
    System.out.print(out);
  }
}
