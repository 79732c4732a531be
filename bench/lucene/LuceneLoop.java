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
 *
 * With "serve" in place of the run count, it warms up, prints {"ready":true}
 * and then times one run for each line read from standard input, printing
 * {"ms":…} after each, until the input ends: a benchmark can then run Java's
 * loop in turns with its own, in one warmed JVM.
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

  private static void serve(ArabicNormalizer normalizer, String text, char[] buffer, StringBuilder out, long sink) throws Exception {
    java.io.BufferedReader commands = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
    System.out.println("{\"ready\":true}");
    System.out.flush();
    while (commands.readLine() != null) {
      long start = System.nanoTime();
      sink += normalizeTokens(normalizer, text, buffer, out);
      System.out.println("{\"ms\":" + ((System.nanoTime() - start) / 1e6) + ",\"sink\":" + sink + "}");
      System.out.flush();
    }
  }

  public static void main(String[] args) throws Exception {
    byte[] bytes = Files.readAllBytes(Paths.get(args[0]));
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String text = new String(bytes, StandardCharsets.UTF_8);
    ArabicNormalizer normalizer = new ArabicNormalizer();
    char[] buffer = new char[text.length()];
    StringBuilder out = new StringBuilder(text.length());
    long sink = 0;
    for (int k = 0; k < warmups; k++) sink += normalizeTokens(normalizer, text, buffer, out);
    if (args.length > 2 && args[2].equals("serve")) {
      serve(normalizer, text, buffer, out, sink);
      return;
    }
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
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
