// Prints, for every line read from standard input (UTF-8), the terms Lucene 8's ArabicAnalyzer
// (empty stop set) emits: one JSON array per line of [term, start, end, type], offsets in UTF-16
// units of that line. With --escaped, backslash-u-XXXX escapes and doubled backslashes in a line
// are decoded first, so lines can hold lone surrogates and line breaks. A comparison tool for
// khabar's tokenize(…, 'lucene'), not a package dependency. Build:
// javac -cp "$(bash tools/lucene/fetch-lucene.sh)" -d DIR tools/lucene/AnalyzeArabic.java
import java.io.*;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.*;

public class AnalyzeArabic {
  static void quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    out.append('"');
  }

  static String unescape(String line) {
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

  public static void main(String[] args) throws IOException {
    boolean escaped = args.length > 0 && args[0].equals("--escaped");
    ArabicAnalyzer analyzer = new ArabicAnalyzer(CharArraySet.EMPTY_SET);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, "UTF-8");
    StringBuilder line = new StringBuilder();
    for (String read; (read = in.readLine()) != null; ) {
      String text = escaped ? unescape(read) : read;
      line.setLength(0);
      line.append('[');
      try (TokenStream ts = analyzer.tokenStream("body", text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        TypeAttribute type = ts.addAttribute(TypeAttribute.class);
        ts.reset();
        boolean first = true;
        while (ts.incrementToken()) {
          if (!first) line.append(',');
          first = false;
          line.append('[');
          quote(line, term.toString());
          line.append(',').append(offset.startOffset()).append(',').append(offset.endOffset()).append(',');
          quote(line, type.type());
          line.append(']');
        }
        ts.end();
      }
      out.println(line.append(']'));
    }
    out.flush();
  }
}
