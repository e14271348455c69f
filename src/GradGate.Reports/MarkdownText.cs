using System.Text;
using GradGate.Results;

namespace GradGate.Reports;

/// <summary>Puts any string into Markdown as literal text.</summary>
internal static class MarkdownText
{
    // ASCII punctuation that Markdown or inline HTML could read as syntax: tables, code, emphasis, links, tags, entities, headings.
    private const string Syntax = "\\`*_[]<>|~&#";

    /// <summary>
    /// Text for one line of Markdown or one table cell: syntax characters backslash-escaped, line breaks as
    /// <c>&lt;br&gt;</c>, tabs as spaces, other control characters and unpaired surrogates dropped.
    /// </summary>
    public static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (c is '\r' or '\n')
            {
                escaped.Append("<br>");
            }
            else if (c == '\t')
            {
                escaped.Append(' ');
            }
            else if (Syntax.IndexOf(c) >= 0)
            {
                escaped.Append('\\').Append(c);
            }
            else if (BidiControls.Is(c))
            {
                escaped.Append(BidiControls.Escape(c));
            }
            else if (!char.IsControl(c) && !char.IsSurrogate(c))
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
