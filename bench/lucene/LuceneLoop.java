import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Lucene's own ArabicNormalizer, run as Lucene runs it: once per white-space
 * token, in place on a char buffer, the output appended to one builder (white
 * space copied as it is), the same loop as the JS port in bench/normalize.ts.
 * Prints the median MB/s (UTF-8 bytes of the input) of the timed runs after
 * the JIT has warmed up.
 *
 * Usage: java -cp lucene-core.jar:lucene-analyzers-common.jar:. LuceneLoop input.txt [warmups] [runs]
 */
public final class LuceneLoop {
  private static boolean isWhiteSpace(char c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0d) || c == 0xa0 || c == 0x2028 || c == 0x2029;
  }

  private static int normalizeTokens(ArabicNormalizer normalizer, String text, char[] buffer, StringBuilder out) {
    out.setLength(0);
    int n = text.length();
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && isWhiteSpace(text.charAt(j))) j++;
      out.append(text, i, j);
      i = j;
      while (j < n && !isWhiteSpace(text.charAt(j))) j++;
      if (j > i) {
        text.getChars(i, j, buffer, 0);
        int len = normalizer.normalize(buffer, j - i);
        out.append(buffer, 0, len);
      }
      i = j;
    }
    return out.toString().length();
  }

  public static void main(String[] args) throws Exception {
    byte[] bytes = Files.readAllBytes(Paths.get(args[0]));
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    String text = new String(bytes, StandardCharsets.UTF_8);
    ArabicNormalizer normalizer = new ArabicNormalizer();
    char[] buffer = new char[text.length()];
    StringBuilder out = new StringBuilder(text.length());
    long sink = 0;
    for (int k = 0; k < warmups; k++) sink += normalizeTokens(normalizer, text, buffer, out);
    double[] seconds = new double[runs];
    for (int k = 0; k < runs; k++) {
      long start = System.nanoTime();
      sink += normalizeTokens(normalizer, text, buffer, out);
      seconds[k] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    double median = seconds[runs / 2];
    System.out.println("{\"mbPerS\":" + (bytes.length / 1e6 / median) + ",\"sink\":" + sink + "}");
  }
}
