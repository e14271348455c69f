using System.Text;
using GradGate.Results;

namespace GradGate.Reports.Sarif;

/// <summary>
/// Text as code scanning shows it: line breaks and tabs kept; other control characters (an ANSI colour code) and the
/// bidirectional controls written as their <c>\uXXXX</c> escapes, so a check's text cannot reorder or colour an alert;
/// a lone surrogate, which UTF-8 cannot hold, replaced by U+FFFD.
/// </summary>
internal static class SarifText
{
    public static string Clean(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                cleaned.Append('\uFFFD');
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }
            else if (c is '\n' or '\t')
            {
                cleaned.Append(c);
            }
            else if (char.IsControl(c) || BidiControls.Is(c))
            {
                cleaned.Append(BidiControls.Escape(c));
            }
            else
            {
                cleaned.Append(c);
            }
        }

        return cleaned.ToString();
    }
}
