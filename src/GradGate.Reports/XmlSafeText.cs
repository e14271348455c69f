using System.Text;
using GradGate.Results;

namespace GradGate.Reports;

/// <summary>Makes any string safe for an XML 1.0 document.</summary>
internal static class XmlSafeText
{
    /// <summary>
    /// Drops what XML 1.0 cannot hold even as a character reference: control characters other than tab, line
    /// feed and carriage return (an ANSI colour code in an exception message, say), U+FFFE, U+FFFF and
    /// unpaired surrogates. Bidirectional controls, which XML could hold but a viewer would obey (reordering the text
    /// around them), become their visible <c>\uXXXX</c> escapes. Everything else is kept; the writer escapes markup
    /// characters itself.
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
            else if (BidiControls.Is(c))
            {
                cleaned.Append(BidiControls.Escape(c));
            }
            else if (IsXmlCharacter(c))
            {
                cleaned.Append(c);
            }
        }

        var result = cleaned.ToString();
        return result == text ? text : result;
    }

    // XML 1.0 production [2] Char, less the supplementary planes, which only a surrogate pair spells.
    private static bool IsXmlCharacter(char c)
        => c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
