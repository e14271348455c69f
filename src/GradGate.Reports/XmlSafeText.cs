using System.Text;

namespace GradGate.Reports;

/// <summary>Makes any string safe for an XML 1.0 document.</summary>
internal static class XmlSafeText
{
    /// <summary>
    /// Drops what XML 1.0 cannot hold even as a character reference: control characters other than tab, line
    /// feed and carriage return (an ANSI colour code in an exception message, say), U+FFFE, U+FFFF and
    /// unpaired surrogates. Everything else is kept; the writer escapes markup characters itself.
    /// </summary>
    public static string Clean(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (IsXmlCharacter(c))
            {
                cleaned.Append(c);
            }
        }

        return cleaned.Length == text.Length ? text : cleaned.ToString();
    }

    // XML 1.0 production [2] Char, less the supplementary planes, which only a surrogate pair spells.
    private static bool IsXmlCharacter(char c)
        => c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
