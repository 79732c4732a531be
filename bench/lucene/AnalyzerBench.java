// Times Lucene 8's ArabicAnalyzer (empty stop set) over the lines of a file, one tokenStream per
// line, as bench/tokenize.ts times tokenize(line, 'lucene'). Lines are escaped as for
// tools/lucene/AnalyzeArabic.java --escaped. Warm-up rounds let the JIT compile the loop, then
// each timed round's milliseconds are printed on one line: "ms <round> <millis> <terms>".
// Usage: java -cp LUCENE:CLASSES AnalyzerBench FILE WARMUP ROUNDS
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

public class AnalyzerBench {
  static String unescape(String line) {
    if (line.indexOf('\\') < 0) return line;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '\\') { out.append('\\'); i++; }
      else if (c == '\\' && i + 5 < line.length() && line.charAt(i + 1) == 'u') {
        out.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16)); i += 5;
      } else out.append(c);
    }
    return out.toString();
  }

  static long analyze(ArabicAnalyzer analyzer, List<String> lines) throws IOException {
    long terms = 0;
    for (String line : lines) {
      try (TokenStream stream = analyzer.tokenStream("body", line)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) terms += term.length() > 0 ? 1 : 0;
        stream.end();
      }
    }
    return terms;
  }

  public static void main(String[] args) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8)) lines.add(unescape(line));
    int warmUp = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    ArabicAnalyzer analyzer = new ArabicAnalyzer(CharArraySet.EMPTY_SET);
    for (int k = 0; k < warmUp; k++) analyze(analyzer, lines);
    for (int k = 0; k < rounds; k++) {
      long start = System.nanoTime();
      long terms = analyze(analyzer, lines);
      System.out.println("ms " + k + " " + (System.nanoTime() - start) / 1e6 + " " + terms);
    }
  }
}
